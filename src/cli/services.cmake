# SPDX-License-Identifier: GPL-2.0-or-later
target_sources(mailroomctl PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clisupport.cpp ${CMAKE_CURRENT_LIST_DIR}/clisupport.h
    ${CMAKE_CURRENT_LIST_DIR}/servicecommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/configcommands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relaytestcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/relaytestcommand.h)
