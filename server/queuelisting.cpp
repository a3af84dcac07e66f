// SPDX-License-Identifier: GPL-2.0-or-later
#include "queuelisting.h"

#include "queue/queueid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace QueueListing {

namespace {
// A JSON number as a whole number; out of range (1e300, NaN) is clamped, never undefined.
qint64 wholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble();
    constexpr double limit = 9.2e18; // just inside qint64
    if (std::isnan(d)) {
        return 0;
    }
    return d >= limit ? qint64(limit) : d <= -limit ? -qint64(limit) : qint64(d);
}
} // namespace

Mailroom::QueueEntryList parse(const QByteArray &json)
{
    Mailroom::QueueEntryList list;
    for (const QByteArray &line : json.split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            continue;
        }
        Mailroom::QueueEntry e;
        e.queueName = o.value(QStringLiteral("queue_name")).toString();
        e.queueId = o.value(QStringLiteral("queue_id")).toString();
        e.sender = o.value(QStringLiteral("sender")).toString();
        e.arrivalTime = wholeNumber(o.value(QStringLiteral("arrival_time")));
        e.size = wholeNumber(o.value(QStringLiteral("message_size")));
        for (const auto &r : o.value(QStringLiteral("recipients")).toArray()) {
            const QJsonObject ro = r.toObject();
            e.recipients.append(
                {ro.value(QStringLiteral("address")).toString(), ro.value(QStringLiteral("delay_reason")).toString()});
        }
        list.append(e);
    }
    return list;
}

bool isValidQueueId(const QString &id)
{
    return Mailroom::QueueId::isValid(id);
}

} // namespace QueueListing
