// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Mailroom {

// Formats seconds since the epoch as local "yyyy-MM-dd HH:mm", exactly as
// QDateTime::toLocalTime().toString() does, for listing many messages: the zone's UTC offset is
// looked up once per quarter of an hour of UTC (checked at both ends, so a quarter that holds a
// transition is looked up per call) and the digits are written without QDateTime. One instance
// per thread.
class LocalDateFormatter
{
public:
    // Appends the 16 characters for `secs` to `out`.
    void append(QString &out, qint64 secs);
    QString format(qint64 secs);

private:
    // The offset for every second of the quarter holding `secs`, or INT_MIN if it changes there.
    int quarterOffset(qint64 quarter);

    QHash<qint64, int> m_offsets;
};

} // namespace Mailroom
