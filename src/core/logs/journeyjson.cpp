// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeyjson.h"

#include "logs/diagnosis.h"
#include "logs/logindex.h"
#include "logs/logsummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace Mailroom {

namespace {
QString iso(quint32 seconds)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::UTC);
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString originKey(JourneyOrigin o)
{
    switch (o) {
    case JourneyOrigin::Smtpd:
        return QStringLiteral("smtpd");
    case JourneyOrigin::Pickup:
        return QStringLiteral("pickup");
    case JourneyOrigin::Internal:
        return QStringLiteral("internal");
    case JourneyOrigin::NoQueue:
        return QStringLiteral("noqueue");
    case JourneyOrigin::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString targetKey(Diagnosis::FixTarget t)
{
    switch (t) {
    case Diagnosis::FixTarget::RelaySettings:
        return QStringLiteral("relay_settings");
    case Diagnosis::FixTarget::MyNetworks:
        return QStringLiteral("mynetworks");
    case Diagnosis::FixTarget::MyDestination:
        return QStringLiteral("mydestination");
    case Diagnosis::FixTarget::Dns:
        return QStringLiteral("dns");
    case Diagnosis::FixTarget::Firewall:
        return QStringLiteral("firewall");
    case Diagnosis::FixTarget::Credentials:
        return QStringLiteral("credentials");
    case Diagnosis::FixTarget::Tls:
        return QStringLiteral("tls");
    case Diagnosis::FixTarget::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

QString JourneyJson::statusKey(int status)
{
    switch (JourneyStatus(status)) {
    case JourneyStatus::InProgress:
        return QStringLiteral("in_queue");
    case JourneyStatus::Sent:
        return QStringLiteral("sent");
    case JourneyStatus::Deferred:
        return QStringLiteral("deferred");
    case JourneyStatus::Bounced:
        return QStringLiteral("bounced");
    case JourneyStatus::Expired:
        return QStringLiteral("expired");
    case JourneyStatus::Rejected:
        return QStringLiteral("rejected");
    case JourneyStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonObject JourneyJson::journey(const LogIndex &index, quint32 head)
{
    const JourneyRow row = index.row(head);
    QJsonArray hops;
    for (quint32 hop : index.chain(head)) {
        const Journey &j = index.journeys()[hop];
        QJsonArray deliveries;
        for (quint32 d : index.journeyDeliveries(hop)) {
            const Delivery &del = index.deliveries()[d];
            QJsonObject o {{QStringLiteral("to"), index.string(del.recipient)},
                           {QStringLiteral("status"), deliveryStatusWord(del.status)},
                           {QStringLiteral("text"), index.string(del.text)},
                           {QStringLiteral("line"), qint64(index.lineNumber(del.line))}};
            if (!del.originalRecipient.isEmpty()) {
                o.insert(QStringLiteral("orig_to"), index.string(del.originalRecipient));
            }
            if (!del.relay.isEmpty()) {
                o.insert(QStringLiteral("relay"), index.string(del.relay));
            }
            if (!del.dsn.isEmpty()) {
                o.insert(QStringLiteral("dsn"), index.string(del.dsn));
            }
            if (del.delay >= 0) {
                o.insert(QStringLiteral("delay"), double(del.delay));
            }
            if (del.delays[0] >= 0) {
                o.insert(QStringLiteral("delays"),
                         QJsonArray {double(del.delays[0]), double(del.delays[1]), double(del.delays[2]),
                                     double(del.delays[3])});
            }
            deliveries.append(o);
        }
        QJsonObject h {{QStringLiteral("queue_id"), index.string(j.queueId)},
                       {QStringLiteral("host"), QString::fromUtf8(index.hosts().value(j.host))},
                       {QStringLiteral("origin"), originKey(j.origin)},
                       {QStringLiteral("removed"), j.has(Journey::Removed)},
                       {QStringLiteral("lines"), qint64(j.lineCount)},
                       {QStringLiteral("deliveries"), deliveries}};
        if (j.has(Journey::HasSender)) {
            h.insert(QStringLiteral("from"), index.string(j.sender));
        }
        if (j.has(Journey::HasSize)) {
            h.insert(QStringLiteral("size"), qint64(j.size));
            h.insert(QStringLiteral("nrcpt"), qint64(j.nrcpt));
        }
        if (!j.messageId.isEmpty()) {
            h.insert(QStringLiteral("message_id"), index.string(j.messageId));
        }
        if (!j.client.isEmpty()) {
            h.insert(QStringLiteral("client"), index.string(j.client));
        }
        if (!j.saslUsername.isEmpty()) {
            h.insert(QStringLiteral("sasl_username"), index.string(j.saslUsername));
        }
        if (j.notificationOf != Journey::None) {
            h.insert(QStringLiteral("notification_of"), index.string(index.journeys()[j.notificationOf].queueId));
        }
        if (const SpamScan *scan = index.spamScan(hop)) {
            // SpamAssassin writes one decimal; floats would print 1002.5999755859375.
            auto tenth = [](float v) {
                return qRound(double(v) * 10) / 10.0;
            };
            QJsonObject spam {
                {QStringLiteral("verdict"), scan->spam ? QStringLiteral("spam") : QStringLiteral("clean")},
                {QStringLiteral("score"), tenth(scan->score)},
                {QStringLiteral("required"), tenth(scan->required)},
                {QStringLiteral("seconds"), tenth(scan->seconds)},
                {QStringLiteral("rejected"), j.has(Journey::SpamRejected)},
                {QStringLiteral("line"), qint64(index.lineNumber(scan->line))}};
            h.insert(QStringLiteral("spam"), spam);
        } else if (j.has(Journey::SpamRejected)) {
            h.insert(
                QStringLiteral("spam"),
                QJsonObject {{QStringLiteral("verdict"), QStringLiteral("spam")}, {QStringLiteral("rejected"), true}});
        }
        hops.append(h);
    }
    QJsonArray recipients;
    for (const TextRef &r : row.recipients) {
        recipients.append(index.string(r));
    }
    QJsonArray lines;
    for (quint32 line : index.chainLines(head)) {
        lines.append(QStringLiteral("%1:%2")
                         .arg(QFileInfo(index.sources()->path(index.lineSource(line))).fileName())
                         .arg(index.lineNumber(line)));
    }
    QJsonObject o {{QStringLiteral("status"), statusKey(int(row.status))},
                   {QStringLiteral("first_time"), iso(row.firstTime)},
                   {QStringLiteral("last_time"), iso(row.lastTime)},
                   {QStringLiteral("to"), recipients},
                   {QStringLiteral("hops"), hops},
                   {QStringLiteral("lines"), lines}};
    if (row.hasSender) {
        o.insert(QStringLiteral("from"), index.string(row.sender));
    }
    if (row.delay >= 0) {
        o.insert(QStringLiteral("delay"), qRound(double(row.delay) * 100) / 100.0);
    }
    if (!row.relay.isEmpty()) {
        o.insert(QStringLiteral("relay"), index.string(row.relay));
    }
    const Diagnosis::Finding finding = Diagnosis::diagnoseJourney(index, head);
    if (finding.isValid() && finding.target != Diagnosis::FixTarget::None) { // something here to change
        o.insert(QStringLiteral("fix"), targetKey(finding.target));
    }
    return o;
}

QJsonObject JourneyJson::report(const LogIndex &index, const LogSummary *summary)
{
    QJsonArray journeys;
    for (quint32 head : index.chainHeads()) {
        journeys.append(journey(index, head));
    }
    QJsonObject lines {{QStringLiteral("total"), qint64(index.lines().size())},
                       {QStringLiteral("unparsed"), qint64(index.lineCount(LineKind::Unparsed))},
                       {QStringLiteral("other_programs"), qint64(index.lineCount(LineKind::Foreign))},
                       {QStringLiteral("postfix_unassigned"), qint64(index.lineCount(LineKind::Postfix))},
                       {QStringLiteral("session"), qint64(index.lineCount(LineKind::Session))},
                       {QStringLiteral("message"), qint64(index.lineCount(LineKind::Message))}};
    QJsonObject o {{QStringLiteral("lines"), lines}, {QStringLiteral("journeys"), journeys}};
    if (summary) {
        o.insert(QStringLiteral("summary"), summary->toJson(-1));
    }
    return o;
}

} // namespace Mailroom
