// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QList>

namespace Mailroom {

// Splits the bytes a server sends into complete replies. Multi-line replies ("250-…"
// continued until "250 …") come out as one SmtpReply; a line that is not a reply, or a
// continuation with another code, is a protocol error. Tolerates bare LF line ends.
class SmtpReplyReader
{
public:
    // Adds received bytes; returns false (and keeps the error) on a protocol error.
    bool feed(const QByteArray &bytes);
    // Complete replies in order, removed from the reader.
    QList<SmtpReply> takeReplies();
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes of an unfinished line or reply are waiting.
    bool hasPartial() const { return !m_buffer.isEmpty() || m_current.code != 0; }
    void clear();

    // A line longer than this (RFC 5321 allows 512 octets for replies) is an error, so a
    // misbehaving peer cannot make the client buffer without end.
    static constexpr int MaxLineLength = 4096;

private:
    bool handleLine(const QByteArray &line);

    QByteArray m_buffer;
    SmtpReply m_current;
    QList<SmtpReply> m_done;
    QString m_error;
};

} // namespace Mailroom
