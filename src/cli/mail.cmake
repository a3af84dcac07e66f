# SPDX-License-Identifier: GPL-2.0-or-later
# `mailroomctl mbox`: offline mailbox tools (src/core/mail).
target_sources(mailroomctl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/mboxcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/mboxcommand.h)
