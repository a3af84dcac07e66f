// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Mailroom {

// The mbox file format as Postfix local(8), procmail and mail readers write it: each message
// starts with a "From sender date" line at the start of the file or after a blank line (LF or
// CRLF) and ends with a blank line; body lines starting with "From " are quoted as ">From ".
//
// Thunderbird, old Netscape and some converters write separators without a date ("From -",
// "From alice@example.org"); s-nail and MimeKit read those files. The first line decides: a
// mailbox whose first From_ line has a date separates its messages only by dated From_ lines
// (so a body line "From Bob" after a blank line stays in its message); one whose first line is
// dateless also accepts dateless separators of the same two shapes, and nothing looser.
namespace MboxFormat {
enum class Separators
{
    Dated, // "From sender date" only
    Dateless // also "From -…" and "From sender" with nothing after the sender
};
// Whether the line at `line` (up to its newline) is a plausible From_ line: "From ", a sender
// and a date with a time and a year. Rejects prose like "From now on, ..." after a blank line.
bool isFromLine(QByteArrayView line);
// Whether the line is a dateless separator: "From -" (anything after it) or "From " and one
// word (the sender) alone on the line. "From now on, ..." is neither.
bool isDatelessFromLine(QByteArrayView line);
// The offset of the next message start strictly after `from`, or -1.
qint64 nextMessage(QByteArrayView data, qint64 from, Separators separators = Separators::Dated);
// The offset of the first message (0 normally; after a UTF-8 byte-order mark or leading blank
// lines), or -1 if the data does not look like an mbox (non-empty and no From_ line at the
// start). Sets *separators to what the first line allows for the rest of the data.
qint64 firstMessage(QByteArrayView data, Separators *separators = nullptr);
// All message starts in data (for verification under lock).
QList<qint64> messageStarts(QByteArrayView data);
// The message as RFC 5322 text: From_ line removed, ">From " lines unquoted (mboxrd: one '>'
// removed from ">>From " too), the mbox separator blank line at the end dropped.
QByteArray toRfc5322(QByteArrayView stored);
} // namespace MboxFormat

} // namespace Mailroom
