// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace Mailroom {

// What the indexer made of one physical log line.
enum class LineKind : quint8
{
    Unparsed, // no syslog timestamp and host: kept, counted, shown raw
    Foreign, // a syslog line from another program (sshd, dovecot, kernel…)
    Postfix, // a Postfix line that belongs to no message (statistics, warnings, connects without mail)
    Session, // an smtpd session line attached to the messages of that session
    Message, // a line about one queued message (queue id or NOQUEUE)
    KindCount
};

// One line of a log source: where it is and when it was written. 16 bytes, no text copied.
struct LogLine
{
    quint64 offset : 40; // global offset in the LogSourceSet
    quint64 kind : 8; // LineKind
    quint64 host : 8; // index into LogIndex::hosts(), 255 = too many hosts
    quint64 rfc3339 : 1;
    quint64 spare : 7;
    quint32 length; // without the newline
    quint32 time; // wall-clock seconds since 1970 as written in the log (no time zone applied)
};
static_assert(sizeof(LogLine) == 16);

} // namespace Mailroom
