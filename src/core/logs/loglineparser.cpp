// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/loglineparser.h"

#include "logs/bytescan.h"
#include "logs/textutil.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Mailroom {

namespace {
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int twoDigits(const char *s)
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

// The end of a program name at s[from] (the first '[', ':' or ' ', n if none), and in
// daemonStart the position after its last '/' (from if it has none), sixteen bytes at a time.
inline qsizetype programEnd(const char *s, qsizetype from, qsizetype n, qsizetype &daemonStart)
{
    qsizetype i = from;
    daemonStart = from;
#if defined(__SSE2__)
    const __m128i open = _mm_set1_epi8('[');
    const __m128i colon = _mm_set1_epi8(':');
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i slash = _mm_set1_epi8('/');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const unsigned stop = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, open), _mm_cmpeq_epi8(v, colon)), _mm_cmpeq_epi8(v, space))));
        unsigned slashes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, slash)));
        if (stop != 0) {
            slashes &= (stop & -stop) - 1; // those before the end
        }
        if (slashes != 0) {
            daemonStart = i + 32 - std::countl_zero(slashes);
        }
        if (stop != 0) {
            return i + std::countr_zero(stop);
        }
    }
#endif
    for (; i < n && s[i] != '[' && s[i] != ':' && s[i] != ' '; ++i) {
        if (s[i] == '/') {
            daemonStart = i + 1;
        }
    }
    return i;
}

inline bool digitsAt(const char *s, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!isDigit(s[i])) {
            return false;
        }
    }
    return true;
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}
} // namespace

LogLineParser::LogLineParser()
    : LogLineParser(QDate::currentDate())
{ }

LogLineParser::LogLineParser(QDate reference)
{
    setReferenceDate(reference);
}

void LogLineParser::setReferenceDate(QDate reference)
{
    m_reference = reference.isValid() ? reference : QDate::currentDate();
    m_referenceYear = m_reference.year();
    m_referenceMonth = m_reference.month();
}

qint64 LogLineParser::civilToSeconds(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
}

int LogLineParser::monthFromName(const char *s)
{
    switch (s[0]) {
    case 'J':
        if (s[1] == 'a' && s[2] == 'n') {
            return 1;
        }
        if (s[1] == 'u' && s[2] == 'n') {
            return 6;
        }
        if (s[1] == 'u' && s[2] == 'l') {
            return 7;
        }
        return 0;
    case 'F':
        return s[1] == 'e' && s[2] == 'b' ? 2 : 0;
    case 'M':
        if (s[1] == 'a' && s[2] == 'r') {
            return 3;
        }
        return s[1] == 'a' && s[2] == 'y' ? 5 : 0;
    case 'A':
        if (s[1] == 'p' && s[2] == 'r') {
            return 4;
        }
        return s[1] == 'u' && s[2] == 'g' ? 8 : 0;
    case 'S':
        return s[1] == 'e' && s[2] == 'p' ? 9 : 0;
    case 'O':
        return s[1] == 'c' && s[2] == 't' ? 10 : 0;
    case 'N':
        return s[1] == 'o' && s[2] == 'v' ? 11 : 0;
    case 'D':
        return s[1] == 'e' && s[2] == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

// Whether line starts with the timestamp p's date and time fields were last read from, by a parser
// with the same reference date (line has at least 20 bytes).
bool LogLineParser::sameStamp(const char *s, const ParsedLine &p) const
{
    if (p.stampLength == 0 || p.stampReference != stampReference()) {
        return false;
    }
    const quint64 a = qFromLittleEndian<quint64>(s);
    quint64 b = qFromLittleEndian<quint64>(s + 8);
    if (p.stampLength < 16) {
        b &= ~quint64(0) >> ((16 - p.stampLength) * 8);
    }
    if (a != p.stampText[0] || b != p.stampText[1]) {
        return false;
    }
    return p.stampLength <= 16 || qFromLittleEndian<quint32>(s + 15) == p.stampTail;
}

void LogLineParser::rememberStamp(const char *s, qsizetype length, ParsedLine &p) const
{
    p.stampText[0] = qFromLittleEndian<quint64>(s);
    p.stampText[1] = qFromLittleEndian<quint64>(s + 8);
    if (length < 16) {
        p.stampText[1] &= ~quint64(0) >> ((16 - length) * 8);
    }
    p.stampTail = length > 16 ? qFromLittleEndian<quint32>(s + 15) : 0;
    p.stampReference = stampReference();
    p.stampLength = quint8(length);
}

bool LogLineParser::parse(QByteArrayView line, ParsedLine &p) const
{
    const char *s = line.data();
    const qsizetype n = line.size();
    qsizetype i = 0;
    p.rfc3339 = false;
    p.pflogsummTimestamp = false;
    if (n < 20) {
        return false;
    }
    const bool rfc3339 = isDigit(s[0]);
    if (sameStamp(s, p)) {
        // Consecutive lines mostly share their second: the fields are already there.
        i = p.stampLength;
        p.pflogsummTimestamp = !rfc3339;
    } else if (rfc3339) {
        p.stampLength = 0;
        // 2024-03-25T11:21:48[.123456](Z|+01:00|+0100)
        if (!digitsAt(s, 4) || s[4] != '-' || !digitsAt(s + 5, 2) || s[7] != '-' || !digitsAt(s + 8, 2)
            || (s[10] != 'T' && s[10] != ' ') || !digitsAt(s + 11, 2) || s[13] != ':' || !digitsAt(s + 14, 2)
            || s[16] != ':' || !digitsAt(s + 17, 2)) {
            return false;
        }
        p.year = twoDigits(s) * 100 + twoDigits(s + 2);
        p.month = twoDigits(s + 5);
        p.day = twoDigits(s + 8);
        p.hour = twoDigits(s + 11);
        p.minute = twoDigits(s + 14);
        p.second = twoDigits(s + 17);
        i = 19;
    } else {
        p.stampLength = 0;
        // Mar 25 11:21:48 / Mar  5 11:21:48
        p.month = monthFromName(s);
        if (p.month == 0 || s[3] != ' ') {
            return false;
        }
        i = 4;
        if (s[i] == ' ') {
            ++i;
        }
        if (!isDigit(s[i])) {
            return false;
        }
        p.day = s[i++] - '0';
        if (isDigit(s[i])) {
            p.day = p.day * 10 + (s[i++] - '0');
        }
        if (i + 9 > n || s[i] != ' ' || !digitsAt(s + i + 1, 2) || s[i + 3] != ':' || !digitsAt(s + i + 4, 2)
            || s[i + 6] != ':' || !digitsAt(s + i + 7, 2)) {
            return false;
        }
        p.hour = twoDigits(s + i + 1);
        p.minute = twoDigits(s + i + 4);
        p.second = twoDigits(s + i + 7);
        i += 9;
        // Lines cannot be from the future: a month after the reference month is last year's.
        p.year = p.month > m_referenceMonth ? m_referenceYear - 1 : m_referenceYear;
        p.pflogsummTimestamp = true;
    }
    if (p.stampLength == 0) {
        if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.hour > 23 || p.minute > 59 || p.second > 60) {
            return false;
        }
        const qint64 seconds = civilToSeconds(p.year, p.month, p.day, p.hour, p.minute, p.second);
        p.time = seconds < 0 ? 0 : quint32(seconds);
        rememberStamp(s, i, p);
    }
    if (rfc3339) {
        // The fraction and the zone, after the seconds.
        if (i < n && s[i] == '.') {
            const qsizetype start = ++i;
            while (i < n && isDigit(s[i])) {
                ++i;
            }
            if (i == start) {
                return false;
            }
        }
        bool zoneWithColon = false;
        if (i < n && s[i] == 'Z') {
            ++i;
            zoneWithColon = true;
        } else if (i < n && (s[i] == '+' || s[i] == '-')) {
            if (i + 6 <= n && digitsAt(s + i + 1, 2) && s[i + 3] == ':' && digitsAt(s + i + 4, 2)) {
                i += 6;
                zoneWithColon = true;
            } else if (i + 5 <= n && digitsAt(s + i + 1, 4)) {
                i += 5; // journalctl -o short-iso writes +0100
            } else {
                return false;
            }
        }
        p.rfc3339 = true;
        p.pflogsummTimestamp = zoneWithColon && s[10] == 'T';
    }
    if (i >= n || s[i] != ' ') {
        return false;
    }
    ++i;
    const qsizetype hostStart = i;
    i = ByteScan::find(s, i, n, ' ');
    if (i == hostStart || i + 1 >= n) {
        return false;
    }
    p.host = QByteArrayView(s + hostStart, i - hostStart);
    ++i;
    p.remainder = QByteArrayView(s + i, n - i);

    // program[pid]: message
    const qsizetype programStart = i;
    qsizetype daemonStart = i;
    i = programEnd(s, i, n, daemonStart);
    p.pid = -1;
    p.hasProgram = false;
    p.program = QByteArrayView(s + programStart, i - programStart);
    if (i < n && s[i] == '[') {
        // A process id has at most 10 digits; more cannot be one (and would overflow).
        qsizetype j = i + 1;
        const qsizetype digitsEnd = std::min(n, i + 11);
        qint64 pid = 0;
        while (j < digitsEnd && isDigit(s[j])) {
            pid = pid * 10 + (s[j++] - '0');
        }
        if (j < n && s[j] == ']' && j > i + 1) {
            p.pid = pid;
            i = j + 1;
        }
    }
    if (i < n && s[i] == ':' && !p.program.isEmpty()) {
        p.hasProgram = true;
        ++i;
        if (i < n && s[i] == ' ') {
            ++i;
        }
        p.message = QByteArrayView(s + i, n - i);
    } else {
        p.message = p.remainder;
    }
    // The daemon: after the last '/' of the program.
    p.daemon = QByteArrayView(s + daemonStart, programStart + p.program.size() - daemonStart);
    return true;
}

bool LogLineParser::isPostfixDaemon(QByteArrayView d)
{
    static constexpr const char *daemons[] = {
        "smtpd",     "smtp",      "qmgr",     "cleanup",  "pickup",  "local",           "lmtp",
        "virtual",   "pipe",      "bounce",   "error",    "retry",   "discard",         "postscreen",
        "dnsblog",   "tlsproxy",  "anvil",    "scache",   "verify",  "trivial-rewrite", "master",
        "postsuper", "postqueue", "sendmail", "postdrop", "oqmgr",   "flush",           "showq",
        "tlsmgr",    "proxymap",  "spawn",    "postlog",  "postmap", "postfix-script",  "policy-spf",
    };
    for (const char *name : daemons) {
        if (d == QByteArrayView(name)) {
            return true;
        }
    }
    return false;
}

bool LogLineParser::isPostfix(const ParsedLine &line)
{
    if (!line.hasProgram) {
        return false;
    }
    const QByteArrayView prog = line.program;
    if (Text::startsWith(prog, "postfix")) {
        return prog.size() == 7 || prog[7] == '/' || prog[7] == '-';
    }
    return prog.size() != line.daemon.size() && isPostfixDaemon(line.daemon);
}

} // namespace Mailroom
