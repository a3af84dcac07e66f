// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace Mailroom {

// One SMTP reply (RFC 5321 4.2): a three-digit code and one or more text lines.
struct SmtpReply
{
    int code = 0;
    QStringList lines; // the text after "250-" / "250 ", one entry per line

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }
    // "535 5.7.8 Authentication credentials invalid" (lines joined as the server sent them).
    QString toString() const;
    // The keywords of an EHLO reply ("STARTTLS", "AUTH PLAIN LOGIN", …): every line but the greeting.
    QStringList extensions() const;
    // The arguments of one EHLO keyword, upper-cased ("AUTH" → {"PLAIN", "LOGIN"}); also reads
    // the old "AUTH=PLAIN" form. has() tells whether the keyword is there at all.
    QStringList extensionArguments(const QString &keyword) const;
    bool hasExtension(const QString &keyword) const;
};

} // namespace Mailroom
