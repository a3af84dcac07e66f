// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/maildate.h"

#include <QByteArray>

namespace Mailroom::MailDate {

namespace {
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: days since 1970-01-01 in the proleptic Gregorian calendar.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int monthFromName(QByteArrayView t)
{
    if (t.size() < 3) {
        return 0;
    }
    const char a = char(t[0] | 0x20), b = char(t[1] | 0x20), c = char(t[2] | 0x20);
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    for (int i = 0; i < 12; ++i) {
        if (names[i * 3] == a && names[i * 3 + 1] == b && names[i * 3 + 2] == c) {
            return i + 1;
        }
    }
    return 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Splits into tokens on whitespace and commas, dropping (comments).
int tokenize(QByteArrayView s, QByteArrayView *tokens, int max)
{
    int count = 0;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && count < max) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == '\r' || s[i] == '\n')) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        if (s[i] == '(') {
            while (i < n && s[i] != ')') {
                ++i;
            }
            ++i;
            continue;
        }
        const qsizetype b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != ',' && s[i] != '\r' && s[i] != '\n' && s[i] != '(') {
            ++i;
        }
        tokens[count++] = s.sliced(b, i - b);
    }
    return count;
}

bool parseTime(QByteArrayView t, int *h, int *m, int *sec)
{
    int parts[3] = {0, 0, 0};
    int p = 0;
    int digits = 0;
    for (char c : t) {
        if (isDigit(c)) {
            parts[p] = parts[p] * 10 + (c - '0');
            if (++digits > 2) {
                return false;
            }
        } else if (c == ':' && p < 2 && digits > 0) {
            ++p;
            digits = 0;
        } else {
            return false;
        }
    }
    if (p < 1 || digits == 0 || parts[0] > 23 || parts[1] > 59 || parts[2] > 60) {
        return false;
    }
    *h = parts[0];
    *m = parts[1];
    *sec = parts[2];
    return true;
}

bool parseNumber(QByteArrayView t, int *value)
{
    if (t.isEmpty() || t.size() > 9) {
        return false;
    }
    int v = 0;
    for (char c : t) {
        if (!isDigit(c)) {
            return false;
        }
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// Zone offset in seconds east of UTC; false when t is not a zone.
bool parseZone(QByteArrayView t, int *offset)
{
    if (t.size() == 5 && (t[0] == '+' || t[0] == '-')) {
        int v = 0;
        if (!parseNumber(t.sliced(1), &v)) {
            return false;
        }
        const int secs = (v / 100) * 3600 + (v % 100) * 60;
        *offset = t[0] == '-' ? -secs : secs;
        return true;
    }
    const QByteArray z = t.toByteArray().toUpper();
    struct Zone
    {
        const char *name;
        int hours;
    };
    static constexpr Zone zones[] = {{"UT", 0},   {"UTC", 0},  {"GMT", 0},  {"Z", 0},    {"EST", -5}, {"EDT", -4},
                                     {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (const Zone &zone : zones) {
        if (z == zone.name) {
            *offset = zone.hours * 3600;
            return true;
        }
    }
    return false;
}

qint64 assemble(int year, int month, int day, int h, int m, int s, int offset)
{
    if (year < 50) {
        year += 2000;
    } else if (year < 1000) {
        year += 1900;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 9999) {
        return 0;
    }
    const qint64 t = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + h * 3600 + m * 60 + s - offset;
    return t > 0 ? t : 0;
}
} // namespace

qint64 parseRfc5322(QByteArrayView value)
{
    QByteArrayView tok[10];
    const int n = tokenize(value, tok, 10);
    int i = 0;
    if (i < n && !tok[i].isEmpty() && !isDigit(tok[i][0])) {
        i++; // weekday (also tolerates "Tue," with the comma already split off)
    }
    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0, offset = 0;
    if (i + 3 > n) {
        return 0;
    }
    // "26 Mar 2024" or, from some broken mailers, "Mar 26 2024"
    if (parseNumber(tok[i], &day)) {
        month = monthFromName(tok[i + 1]);
    } else {
        month = monthFromName(tok[i]);
        if (!parseNumber(tok[i + 1], &day)) {
            return 0;
        }
    }
    if (!parseNumber(tok[i + 2], &year)) {
        return 0;
    }
    i += 3;
    if (i < n && parseTime(tok[i], &h, &m, &s)) {
        ++i;
    }
    if (i < n) {
        parseZone(tok[i], &offset);
    }
    return assemble(year, month, day, h, m, s, offset);
}

qint64 parseFromLine(QByteArrayView line)
{
    // "From sender Www Mmm dd hh:mm:ss [zone] yyyy [zone]": find the month token followed by a
    // day, a time and a year; the sender may contain spaces, so search from the end.
    QByteArrayView tok[24];
    const int n = tokenize(line, tok, 24);
    for (int i = n - 3; i >= 1; --i) {
        const int month = monthFromName(tok[i]);
        if (month == 0 || tok[i].size() != 3) {
            continue;
        }
        int day = 0, h = 0, m = 0, s = 0, year = 0, offset = 0;
        if (!parseNumber(tok[i + 1], &day) || !parseTime(tok[i + 2], &h, &m, &s)) {
            continue;
        }
        int j = i + 3;
        if (j < n && parseZone(tok[j], &offset)) {
            ++j;
        }
        if (j < n && parseNumber(tok[j], &year) && year >= 1970) {
            return assemble(year, month, day, h, m, s, 0);
        }
    }
    return 0;
}

} // namespace Mailroom::MailDate
