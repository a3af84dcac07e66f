// SPDX-License-Identifier: GPL-2.0-or-later
#include "queuelisting.h"

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
            const QString address = ro.value(QStringLiteral("address")).toString();
            const QString reason = ro.value(QStringLiteral("delay_reason")).toString();
            e.recipients.append(reason.isEmpty() ? address : QStringLiteral("%1: %2").arg(address, reason));
        }
        list.append(e);
    }
    return list;
}

bool isValidQueueId(const QString &id)
{
    if (id.size() < 5 || id.size() > 32) {
        return false;
    }
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))) {
            return false;
        }
    }
    return true;
}

} // namespace QueueListing
