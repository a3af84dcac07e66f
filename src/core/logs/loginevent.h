// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/textref.h"

namespace Mailroom {

// Where a client logged in (or tried to).
enum class LoginService : quint8
{
    Auth, // Dovecot's auth process: the reason behind a failure some other line reports
    Smtp, // postfix/smtpd on port 25
    Submission, // postfix/submission/smtpd (587) or Dovecot's submission-login
    Submissions, // postfix/smtps or postfix/submissions (465)
    Imap,
    Imaps, // imap-login on port 993 (when Dovecot logs the local port)
    Pop3,
};

enum class LoginResult : quint8
{
    Ok,
    WrongPassword, // the server says only "authentication failed": usually the password
    UnknownUser,
    TlsRequired, // the client sent AUTH or mail before STARTTLS
    PlaintextRefused, // Dovecot: a password over an unencrypted connection
    RelayUnauthenticated, // submission: mail to another domain without logging in first
};

// One login, or one refused attempt, found in the log. 32 bytes, text stays in the sources.
struct LoginEvent
{
    TextRef user; // empty when the line does not say
    TextRef address; // the client's IP address
    quint32 line = 0; // index into LogIndex::lines()
    quint32 time = 0; // as LogLine::time
    quint16 attempts = 1; // Dovecot: "auth failed, 3 attempts"
    LoginService service = LoginService::Smtp;
    LoginResult result = LoginResult::Ok;
    quint8 host = 0;

    bool failed() const { return result != LoginResult::Ok; }
};

} // namespace Mailroom
