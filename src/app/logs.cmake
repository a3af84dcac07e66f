# SPDX-License-Identifier: GPL-2.0-or-later
# The Logs section: journeys, raw lines, summary charts, diagnosis.
target_sources(mailroomwidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logs/journalfeed.cpp ${CMAKE_CURRENT_LIST_DIR}/logs/journalfeed.h
    ${CMAKE_CURRENT_LIST_DIR}/logs/journeyviewfilter.cpp ${CMAKE_CURRENT_LIST_DIR}/logs/journeyviewfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/logs/logsummaryview.cpp ${CMAKE_CURRENT_LIST_DIR}/logs/logsummaryview.h
)
