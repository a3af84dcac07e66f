# SPDX-License-Identifier: GPL-2.0-or-later
# The Postfix configuration logic: main.cf model, validation, previews, relay and mynetworks helpers.
target_sources(mailroomcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/configchange.cpp ${CMAKE_CURRENT_LIST_DIR}/configchange.h
    ${CMAKE_CURRENT_LIST_DIR}/maincf.cpp ${CMAKE_CURRENT_LIST_DIR}/maincf.h
    ${CMAKE_CURRENT_LIST_DIR}/maincfvalidator.cpp ${CMAKE_CURRENT_LIST_DIR}/maincfvalidator.h
    ${CMAKE_CURRENT_LIST_DIR}/mynetworks.cpp ${CMAKE_CURRENT_LIST_DIR}/mynetworks.h
    ${CMAKE_CURRENT_LIST_DIR}/osrelease.cpp ${CMAKE_CURRENT_LIST_DIR}/osrelease.h
    ${CMAKE_CURRENT_LIST_DIR}/postfixsyntax.cpp ${CMAKE_CURRENT_LIST_DIR}/postfixsyntax.h
    ${CMAKE_CURRENT_LIST_DIR}/relayconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/relayconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.cpp ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.h
    ${CMAKE_CURRENT_LIST_DIR}/validationresult.h
)
