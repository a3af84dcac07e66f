# SPDX-License-Identifier: GPL-2.0-or-later
# The Mail section: message list, message view, compose (sections add files to mailroomwidgets).
target_sources(mailroomwidgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mail/composedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/mail/composedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/mail/messageitemdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/mail/messageitemdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/mail/messageview.cpp ${CMAKE_CURRENT_LIST_DIR}/mail/messageview.h
    ${CMAKE_CURRENT_LIST_DIR}/mail/outgoingmessage.cpp ${CMAKE_CURRENT_LIST_DIR}/mail/outgoingmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/mail/safetextbrowser.cpp ${CMAKE_CURRENT_LIST_DIR}/mail/safetextbrowser.h
)
