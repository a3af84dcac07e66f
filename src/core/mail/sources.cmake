# SPDX-License-Identifier: GPL-2.0-or-later
# The local mailbox engine: mbox/Maildir indexing, MIME decoding, list model, safe rewriting.
target_sources(mailroomcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/charsets.cpp ${CMAKE_CURRENT_LIST_DIR}/charsets.h
    ${CMAKE_CURRENT_LIST_DIR}/transferencoding.cpp ${CMAKE_CURRENT_LIST_DIR}/transferencoding.h
    ${CMAKE_CURRENT_LIST_DIR}/mimeheader.cpp ${CMAKE_CURRENT_LIST_DIR}/mimeheader.h
    ${CMAKE_CURRENT_LIST_DIR}/mimepart.cpp ${CMAKE_CURRENT_LIST_DIR}/mimepart.h
    ${CMAKE_CURRENT_LIST_DIR}/htmlsanitizer.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlsanitizer.h
    ${CMAKE_CURRENT_LIST_DIR}/messagestatus.cpp ${CMAKE_CURRENT_LIST_DIR}/messagestatus.h
    ${CMAKE_CURRENT_LIST_DIR}/maildate.cpp ${CMAKE_CURRENT_LIST_DIR}/maildate.h
    ${CMAKE_CURRENT_LIST_DIR}/messageentry.h
    ${CMAKE_CURRENT_LIST_DIR}/headerindex.cpp ${CMAKE_CURRENT_LIST_DIR}/headerindex.h
    ${CMAKE_CURRENT_LIST_DIR}/mboxformat.cpp ${CMAKE_CURRENT_LIST_DIR}/mboxformat.h
    ${CMAKE_CURRENT_LIST_DIR}/mboxindexer.cpp ${CMAKE_CURRENT_LIST_DIR}/mboxindexer.h
    ${CMAKE_CURRENT_LIST_DIR}/messagetable.cpp ${CMAKE_CURRENT_LIST_DIR}/messagetable.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxaccess.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxaccess.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxlock.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxlock.h
    ${CMAKE_CURRENT_LIST_DIR}/mboxrewriter.cpp ${CMAKE_CURRENT_LIST_DIR}/mboxrewriter.h
    ${CMAKE_CURRENT_LIST_DIR}/maildirstore.cpp ${CMAKE_CURRENT_LIST_DIR}/maildirstore.h
    ${CMAKE_CURRENT_LIST_DIR}/mailspool.cpp ${CMAKE_CURRENT_LIST_DIR}/mailspool.h
    ${CMAKE_CURRENT_LIST_DIR}/postfixmailsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/postfixmailsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/messagelistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/messagelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/messagefilterproxymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/messagefilterproxymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxloader.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxloader.h
    ${CMAKE_CURRENT_LIST_DIR}/bodysearch.cpp ${CMAKE_CURRENT_LIST_DIR}/bodysearch.h
)
if(LOCKFILE_INCLUDE_DIR AND LOCKFILE_LIBRARY)
    target_include_directories(mailroomcore PRIVATE ${LOCKFILE_INCLUDE_DIR})
    target_link_libraries(mailroomcore PRIVATE ${LOCKFILE_LIBRARY})
    target_compile_definitions(mailroomcore PRIVATE MAILROOM_HAVE_LIBLOCKFILE)
endif()
