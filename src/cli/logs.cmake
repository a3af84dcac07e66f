# SPDX-License-Identifier: GPL-2.0-or-later
# mailroomctl log summary|trace|journeys: offline mail log analysis.
target_sources(mailroomctl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/logcommand.cpp ${CMAKE_CURRENT_LIST_DIR}/logcommand.h)
