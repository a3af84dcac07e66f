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
// Some writers leave the date out: old Netscape and Mozilla wrote "From -" (Thunderbird writes
// "From - <date>", an ordinary dated line), converters write "From alice@example.org" or
// "From alice"; editors may put a UTF-8 byte-order mark in front. s-nail and MimeKit read those
// files, and so do we. The first line decides how strict the rest of the file is read:
//  - a mailbox whose first From_ line has a date separates its messages only by dated From_
//    lines, as before: Postfix, procmail and mutt always write dates, so a body line such as
//    "From Bob" or "From -" after a blank line is text there, however it goes on;
//  - a mailbox whose first line is dateless also takes dateless separators, in the one shape
//    such writers produce: "From " and one word (the sender, or "-") alone on its line, and a
//    header field ("Name: ...") on the next line. Prose does not look like that: "From here we
//    go", "From - the editors" or "From Bob" followed by text or a blank line stay in the body.
// (s-nail splits a dated mailbox at such dateless lines too, warning that message boundaries may
// have been misdetected, and it does not skip a byte-order mark.)
namespace MboxFormat {
enum class Separators
{
    Dated, // "From sender date" only
    Dateless // also "From -" or "From sender" alone on the line, a header field after it
};
// Whether the line at `line` (up to its newline) is a plausible From_ line: "From ", a sender
// and a date with a time and a year. Rejects prose like "From now on, ..." after a blank line.
bool isFromLine(QByteArrayView line);
// Whether `data` starts with a dateless separator: "From " and one word ("-" or the sender)
// alone on the line but for trailing blanks, the next line a header field. "From now on, ...",
// "From - the editors" and "From Bob" followed by a blank line are not.
bool isDatelessFromLine(QByteArrayView data);
// The offset of the next message start strictly after `from`, or -1.
qint64 nextMessage(QByteArrayView data, qint64 from, Separators separators = Separators::Dated);
// The offset of the first message (0 normally; after a UTF-8 byte-order mark or leading blank
// lines), or -1 if the data does not look like an mbox (non-empty and no From_ line at the
// start). Sets *separators to what the first line allows for the rest of the data.
qint64 firstMessage(QByteArrayView data, Separators *separators = nullptr);
// All message starts in data (for verification under lock), by the rule its first line sets.
QList<qint64> messageStarts(QByteArrayView data);
// The same with the rule given: for part of a mailbox, which is read by its first line's rule.
QList<qint64> messageStarts(QByteArrayView data, Separators separators);
// The message as RFC 5322 text: From_ line removed, ">From " lines unquoted (mboxrd: one '>'
// removed from ">>From " too), the mbox separator blank line at the end dropped.
QByteArray toRfc5322(QByteArrayView stored);
} // namespace MboxFormat

} // namespace Mailroom
