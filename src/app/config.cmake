# SPDX-License-Identifier: GPL-2.0-or-later
target_sources(mailroomwidgets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/configpage.cpp ${CMAKE_CURRENT_LIST_DIR}/configpage.h)
