# SPDX-License-Identifier: GPL-2.0-or-later
# SMTP client logic for the relay login test: reply parsing, SASL responses, certificate summary,
# and the asynchronous STARTTLS/implicit-TLS login check. QtNetwork only, no widgets.
target_sources(mailroomcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/smtpreply.cpp ${CMAKE_CURRENT_LIST_DIR}/smtpreply.h
    ${CMAKE_CURRENT_LIST_DIR}/smtpreplyreader.cpp ${CMAKE_CURRENT_LIST_DIR}/smtpreplyreader.h
    ${CMAKE_CURRENT_LIST_DIR}/saslauth.cpp ${CMAKE_CURRENT_LIST_DIR}/saslauth.h
    ${CMAKE_CURRENT_LIST_DIR}/certificatesummary.cpp ${CMAKE_CURRENT_LIST_DIR}/certificatesummary.h
    ${CMAKE_CURRENT_LIST_DIR}/smtploginresult.cpp ${CMAKE_CURRENT_LIST_DIR}/smtploginresult.h
    ${CMAKE_CURRENT_LIST_DIR}/smtplogincheck.cpp ${CMAKE_CURRENT_LIST_DIR}/smtplogincheck.h
)
