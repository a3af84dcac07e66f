# SPDX-License-Identifier: GPL-2.0-or-later
# The mail log engine: parse Postfix logs, follow messages, pflogsumm-compatible totals.
target_sources(mailroomcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/textref.h
    ${CMAKE_CURRENT_LIST_DIR}/shortkeymap.h
    ${CMAKE_CURRENT_LIST_DIR}/flatstringmap.h
    ${CMAKE_CURRENT_LIST_DIR}/textutil.h
    ${CMAKE_CURRENT_LIST_DIR}/logline.h
    ${CMAKE_CURRENT_LIST_DIR}/parsedline.h
    ${CMAKE_CURRENT_LIST_DIR}/delivery.h
    ${CMAKE_CURRENT_LIST_DIR}/journey.h
    ${CMAKE_CURRENT_LIST_DIR}/journeyrow.h
    ${CMAKE_CURRENT_LIST_DIR}/logsourceset.cpp ${CMAKE_CURRENT_LIST_DIR}/logsourceset.h
    ${CMAKE_CURRENT_LIST_DIR}/loglineparser.cpp ${CMAKE_CURRENT_LIST_DIR}/loglineparser.h
    ${CMAKE_CURRENT_LIST_DIR}/logindex.cpp ${CMAKE_CURRENT_LIST_DIR}/logindex.h
    ${CMAKE_CURRENT_LIST_DIR}/journeybuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/journeybuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/logsummary.cpp ${CMAKE_CURRENT_LIST_DIR}/logsummary.h
    ${CMAKE_CURRENT_LIST_DIR}/diagnosis.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosis.h
    ${CMAKE_CURRENT_LIST_DIR}/journeymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/journeymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/journeyfilterproxymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/journeyfilterproxymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/logindexer.cpp ${CMAKE_CURRENT_LIST_DIR}/logindexer.h
    ${CMAKE_CURRENT_LIST_DIR}/logfollower.cpp ${CMAKE_CURRENT_LIST_DIR}/logfollower.h
    ${CMAKE_CURRENT_LIST_DIR}/journeyjson.cpp ${CMAKE_CURRENT_LIST_DIR}/journeyjson.h
)
# .gz rotations are decompressed with zlib. Plain paths, not the imported target: the static
# library's users in other directories do not see targets imported here.
find_package(ZLIB REQUIRED)
target_include_directories(mailroomcore PRIVATE ${ZLIB_INCLUDE_DIRS})
target_link_libraries(mailroomcore PUBLIC ${ZLIB_LIBRARIES})
