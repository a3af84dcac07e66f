// SPDX-License-Identifier: GPL-2.0-or-later
#include "queuelisting.h"

#include "queue/queueid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace QueueListing {

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
        e.arrivalTime = qint64(o.value(QStringLiteral("arrival_time")).toDouble());
        e.size = qint64(o.value(QStringLiteral("message_size")).toDouble());
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
