// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/parsedline.h"

#include <QDate>

namespace Mailroom {

// Splits syslog lines in both timestamp styles into their parts. Traditional timestamps have no
// year: it is inferred from a reference date (normally the file's modification time), so that
// "Dec 31" read in a file last written on "Jan 1" belongs to the previous year.
class LogLineParser
{
public:
    LogLineParser();
    explicit LogLineParser(QDate reference);

    void setReferenceDate(QDate reference);
    QDate referenceDate() const { return m_reference; }

    // Returns false when the line has no timestamp and host (out is then unspecified). Parsing
    // line after line into the same out is faster: a timestamp equal to the last one is not read
    // again.
    bool parse(QByteArrayView line, ParsedLine &out) const;

    // Whether the line comes from Postfix: postfix/…, postfix-<instance>/…, or a custom
    // syslog_name whose last component is a Postfix daemon (mx-out/smtp).
    static bool isPostfix(const ParsedLine &line);
    static bool isPostfixDaemon(QByteArrayView daemon);
    // Lets parse() into `to` skip the timestamp last read into `from`, when the next line has it.
    static void carryStamp(const ParsedLine &from, ParsedLine &to)
    {
        to.year = from.year;
        to.month = from.month;
        to.day = from.day;
        to.hour = from.hour;
        to.minute = from.minute;
        to.second = from.second;
        to.time = from.time;
        to.stampText[0] = from.stampText[0];
        to.stampText[1] = from.stampText[1];
        to.stampTail = from.stampTail;
        to.stampLength = from.stampLength;
        to.stampReference = from.stampReference;
    }

    // Seconds since 1970 for a civil date and time (no time zone).
    static qint64 civilToSeconds(int year, int month, int day, int hour, int minute, int second);
    static int monthFromName(const char *name); // "Mar" → 3, 0 if not a month

private:
    int stampReference() const { return m_referenceYear * 16 + m_referenceMonth; }
    bool sameStamp(const char *s, const ParsedLine &p) const;
    void rememberStamp(const char *s, qsizetype length, ParsedLine &p) const;

    QDate m_reference;
    int m_referenceYear = 0;
    int m_referenceMonth = 0;
};

} // namespace Mailroom
