// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Mailroom {

class MimePart;

// A plain-text message to hand to the local MTA (sendmail -i -t): RFC 5322 headers with
// RFC 2047-encoded subject and display names, UTF-8 8bit body. Replies and forwards are built
// from the message being read (In-Reply-To/References, quoted body).
struct OutgoingMessage
{
    QString to;
    QString cc;
    QString subject;
    QString body;
    QByteArray inReplyTo; // "<id@host>" or empty
    QByteArray references; // "<a@b> <c@d>" or empty

    // The bytes for sendmail -t (LF line endings, as sendmail expects on its standard input).
    QByteArray toRfc5322() const;

    static OutgoingMessage reply(const MimePart &original, bool all, const QString &ownAddress);
    static OutgoingMessage forward(const MimePart &original);

    // RFC 2047 B-encoding of text when it is not plain ASCII, split into words of at most
    // 75 characters on character boundaries.
    static QByteArray encodeWords(const QString &text);
    // An address list with non-ASCII display names encoded ("张三 <z@example.cn>").
    static QByteArray encodeAddressList(const QString &list);
};

} // namespace Mailroom
