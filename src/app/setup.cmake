# SPDX-License-Identifier: GPL-2.0-or-later
target_sources(mailroomwidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/setup/setupstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/setupstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/packageoperation.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/packageoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/overviewstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/overviewstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/othermtastep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/othermtastep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/firewallstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/firewallstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/installstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/installstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/basicsstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/basicsstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/startstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/startstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/teststep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/teststep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/dnsstep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/dnsstep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/testmailtracker.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/testmailtracker.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/relaystep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/relaystep.h
    ${CMAKE_CURRENT_LIST_DIR}/setup/summarystep.cpp ${CMAKE_CURRENT_LIST_DIR}/setup/summarystep.h
)
