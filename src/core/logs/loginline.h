// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/loginevent.h"
#include "logs/parsedline.h"

#include <QByteArrayView>

namespace Mailroom {

// Recognises the lines that record a login or a refused one: Postfix smtpd's SASL failures,
// "client=…, sasl_username=" and the STARTTLS / relay refusals of its submission service, and
// Dovecot's imap-login, pop3-login, submission-login and auth (PAM) lines, 2.3 and 2.4 forms.
// Stateless; the views point into the line.
class LoginLine
{
public:
    struct Fields
    {
        LoginService service = LoginService::Smtp;
        LoginResult result = LoginResult::Ok;
        QByteArrayView user;
        QByteArrayView address;
        quint16 attempts = 1;
    };

    // A Postfix smtpd line (message after the Solaris tag; queueIdLength as LinePreparser found
    // it). Returns fast for the lines most smtpd processes write.
    static bool parsePostfix(const ParsedLine &line, QByteArrayView message, qsizetype queueIdLength, Fields &out);
    // A line whose program is dovecot (syslog identifier "dovecot", message "imap-login: …").
    static bool parseDovecot(QByteArrayView message, Fields &out);
    static bool isDovecot(const ParsedLine &line);
    // Either kind, for tests and callers that have only the parsed line.
    static bool parse(const ParsedLine &line, Fields &out);
};

} // namespace Mailroom
