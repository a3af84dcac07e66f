// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QString>

namespace Mailroom {

// What a mail reader knows about a message: the mbox Status/X-Status letters or Maildir info flags.
namespace MessageStatus {
Q_NAMESPACE
enum Flag : quint16
{
    Read = 0x01, // Status: R / Maildir S
    Old = 0x02, // Status: O (seen by a reader, maybe unread) / Maildir cur/
    Answered = 0x04, // X-Status: A / Maildir R
    Flagged = 0x08, // X-Status: F / Maildir F
    Deleted = 0x10, // X-Status: D / Maildir T
    Draft = 0x20, // X-Status: T / Maildir D
    Incomplete = 0x100, // the last message of the file ends early (not written back)
};
Q_DECLARE_FLAGS(Flags, Flag)
Q_FLAG_NS(Flags)

constexpr quint16 persistentMask = Read | Old | Answered | Flagged | Deleted | Draft;

Flags fromStatusHeaders(QByteArrayView status, QByteArrayView xStatus);
QByteArray statusHeaderValue(Flags flags); // "RO", "O", or empty
QByteArray xStatusHeaderValue(Flags flags); // "AFD" style, or empty
Flags fromMaildirInfo(QByteArrayView info); // the letters after ":2,"
QByteArray maildirInfo(Flags flags); // sorted letters, e.g. "FRS"
// The one word a list shows: Deleted, Answered, New, Unread or Read (translated).
QString displayText(Flags flags);
// A one-letter code for terminals, like mailx: N new, U unread, R read, A answered, D deleted.
char letter(Flags flags);
} // namespace MessageStatus

} // namespace Mailroom

Q_DECLARE_OPERATORS_FOR_FLAGS(Mailroom::MessageStatus::Flags)
