// SPDX-License-Identifier: GPL-2.0-or-later
// LogSummary as JSON (mailroomctl log summary --json); the counting is in logsummary.cpp.
#include "logs/logsummary.h"

#include <QJsonArray>
#include <QList>

#include <algorithm>

namespace Mailroom {

QJsonObject LogSummary::toJson(int top) const
{
    auto topList = [top](const QMap<QByteArray, Traffic> &map, bool withDelays) {
        QList<std::pair<QByteArray, Traffic>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            list.append({it.key(), it.value()});
        }
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            if (a.second.count != b.second.count) {
                return a.second.count > b.second.count;
            }
            if (a.second.size != b.second.size) {
                return a.second.size > b.second.size;
            }
            return a.first < b.first;
        });
        QJsonArray arr;
        for (const auto &[name, t] : list) {
            if (top >= 0 && arr.size() >= top) {
                break;
            }
            QJsonObject o {{QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("messages"), t.count},
                           {QStringLiteral("bytes"), t.size}};
            if (withDelays) {
                o.insert(QStringLiteral("deferrals"), t.defers);
                o.insert(QStringLiteral("average_delay"), t.count ? t.delaySum / t.count : 0.0);
                o.insert(QStringLiteral("max_delay"), t.delayMax);
            }
            arr.append(o);
        }
        return arr;
    };
    auto detail2 = [](const Detail2 &d) {
        QJsonObject o;
        for (auto it = d.cbegin(); it != d.cend(); ++it) {
            QJsonObject inner;
            for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
                inner.insert(QString::fromUtf8(r.key()), r.value());
            }
            o.insert(QString::fromUtf8(it.key()), inner);
        }
        return o;
    };
    auto detail3 = [](const Detail3 &d) {
        QJsonObject o;
        for (auto it = d.cbegin(); it != d.cend(); ++it) {
            QJsonObject reasons;
            for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
                qint64 total = 0;
                for (qint64 v : r.value()) {
                    total += v;
                }
                reasons.insert(QString::fromUtf8(r.key()), total);
            }
            o.insert(QString::fromUtf8(it.key()), reasons);
        }
        return o;
    };
    QJsonArray hours;
    for (const auto &h : m_perHour) {
        hours.append(QJsonArray {h[Received], h[Delivered], h[Deferred], h[Bounced], h[Rejected]});
    }
    QJsonArray days;
    for (const auto &[key, day] : m_perDay) {
        days.append(QJsonObject {
            {QStringLiteral("date"),
             QStringLiteral("%1-%2-%3")
                 .arg(key / 10000, 4, 10, QLatin1Char('0'))
                 .arg((key / 100) % 100, 2, 10, QLatin1Char('0'))
                 .arg(key % 100, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("received"), day.counts[Received]},
            {QStringLiteral("delivered"), day.counts[Delivered]},
            {QStringLiteral("deferred"), day.counts[Deferred]},
            {QStringLiteral("bounced"), day.counts[Bounced]},
            {QStringLiteral("rejected"), day.counts[Rejected]},
        });
    }
    QJsonArray delays;
    for (size_t i = 0; i < DelayBounds.size(); ++i) {
        QJsonObject bucket {{QStringLiteral("messages"), m_delayHistogram[i]}};
        if (i + 1 < DelayBounds.size()) {
            bucket.insert(QStringLiteral("up_to_seconds"), DelayBounds[i]);
        }
        delays.append(bucket);
    }
    return QJsonObject {
        {QStringLiteral("received"), m_received},
        {QStringLiteral("delivered"), m_delivered},
        {QStringLiteral("forwarded"), m_forwarded},
        {QStringLiteral("deferred"), m_deferredMessages},
        {QStringLiteral("deferrals"), m_deferrals},
        {QStringLiteral("bounced"), m_bounced},
        {QStringLiteral("rejected"), m_rejected},
        {QStringLiteral("rejected_percent"), rejectedPercent()},
        {QStringLiteral("reject_warnings"), m_rejectWarnings},
        {QStringLiteral("held"), m_held},
        {QStringLiteral("discarded"), m_discarded},
        {QStringLiteral("discarded_percent"), discardedPercent()},
        {QStringLiteral("bytes_received"), m_bytesReceived},
        {QStringLiteral("bytes_delivered"), m_bytesDelivered},
        {QStringLiteral("senders"), m_senderCount},
        {QStringLiteral("sending_domains"), m_sendingDomainCount},
        {QStringLiteral("recipients"), m_recipientCount},
        {QStringLiteral("recipient_domains"), m_recipientDomainCount},
        {QStringLiteral("days"), m_dayCount},
        {QStringLiteral("per_hour"), hours},
        {QStringLiteral("per_day"), days},
        {QStringLiteral("delivery_delays"), delays},
        {QStringLiteral("top_senders"), topList(senderTraffic(), false)},
        {QStringLiteral("top_sending_domains"), topList(sendingDomainTraffic(), false)},
        {QStringLiteral("top_recipients"), topList(recipientTraffic(), false)},
        {QStringLiteral("top_recipient_domains"), topList(recipientDomainTraffic(), true)},
        {QStringLiteral("reject_reasons"), detail3(rejectDetail())},
        {QStringLiteral("reject_warning_reasons"), detail3(rejectWarningDetail())},
        {QStringLiteral("deferral_reasons"), detail2(deferralDetail())},
        {QStringLiteral("bounce_reasons"), detail2(bounceDetail())},
    };
}

} // namespace Mailroom
