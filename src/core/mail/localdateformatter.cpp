// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/localdateformatter.h"

#include <QDateTime>
#include <QTimeZone>

#include <climits>

namespace Mailroom {

namespace {
constexpr qint64 quarterSeconds = 15 * 60;

int offsetAt(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC).toLocalTime().offsetFromUtc();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void appendDigits(QChar *p, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
}
} // namespace

int LocalDateFormatter::quarterOffset(qint64 quarter)
{
    if (const auto it = m_offsets.constFind(quarter); it != m_offsets.constEnd()) {
        return *it;
    }
    const qint64 start = quarter * quarterSeconds;
    const int first = offsetAt(start);
    const int offset = first == offsetAt(start + quarterSeconds - 1) ? first : INT_MIN;
    if (m_offsets.size() > 100000) {
        m_offsets.clear(); // a mailbox spanning centuries: keep memory bounded
    }
    m_offsets.insert(quarter, offset);
    return offset;
}

void LocalDateFormatter::append(QString &out, qint64 secs)
{
    int offset = quarterOffset(floorDiv(secs, quarterSeconds));
    if (offset == INT_MIN) {
        offset = offsetAt(secs);
    }
    const qint64 local = secs + offset;
    const qint64 days = floorDiv(local, 86400);
    const qint64 minuteOfDay = (local - days * 86400) / 60;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        out += QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC)
                   .toLocalTime()
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + 16);
    QChar *p = out.data() + at;
    appendDigits(p, int(year), 4);
    p[4] = QLatin1Char('-');
    appendDigits(p + 5, month, 2);
    p[7] = QLatin1Char('-');
    appendDigits(p + 8, day, 2);
    p[10] = QLatin1Char(' ');
    appendDigits(p + 11, int(minuteOfDay / 60), 2);
    p[13] = QLatin1Char(':');
    appendDigits(p + 14, int(minuteOfDay % 60), 2);
}

QString LocalDateFormatter::format(qint64 secs)
{
    QString out;
    append(out, secs);
    return out;
}

} // namespace Mailroom
