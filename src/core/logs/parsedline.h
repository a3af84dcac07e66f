// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

namespace Mailroom {

// The parts of one syslog line, as views into the line (nothing is copied).
//   Mar 25 11:21:48 mx1 postfix/submission/smtpd[4711]: 4Kc9Dq0Sx5z9rxH: client=…
//   2024-03-25T11:21:48.123456+01:00 mx1 postfix-out/qmgr[812]: 3F2A1C0B4D: removed
struct ParsedLine
{
    QByteArrayView host; // mx1
    QByteArrayView remainder; // everything after the host ("postfix/submission/smtpd[4711]: …")
    QByteArrayView program; // postfix/submission/smtpd
    QByteArrayView daemon; // smtpd: the last component of the program
    QByteArrayView message; // after "[pid]: "
    qint64 pid = -1;
    int year = 0;
    int month = 0; // 1-12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    quint32 time = 0; // wall-clock seconds since 1970 as written, no time zone applied
    bool rfc3339 = false;
    bool hasProgram = false; // "program[pid]: message" or "program: message" was found
    // pflogsumm accepts this timestamp (RFC 3339 needs a fraction-less or fractional time with a
    // Z or ±hh:mm zone); lines it does not accept must not enter its totals.
    bool pflogsummTimestamp = false;

    // LogLineParser::parse's memory of the timestamp the date and time fields above were read from:
    // its first stampLength bytes (up to the seconds) and the reference year and month that gave
    // the year. Consecutive lines mostly share it, and parsing into the same ParsedLine again
    // then only compares it. 0: nothing remembered (the fields may be half written).
    quint64 stampText[2] = {0, 0};
    quint32 stampTail = 0; // bytes 15-18 of an RFC 3339 stamp
    quint8 stampLength = 0;
    int stampReference = 0;
};

} // namespace Mailroom
