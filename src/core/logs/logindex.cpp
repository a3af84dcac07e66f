// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logindex.h"

#include <QSet>

#include <algorithm>

namespace Mailroom {

LogIndex::LogIndex() = default;

QByteArrayView LogIndex::lineText(quint32 line) const
{
    const LogLine &l = m_lines.at(line);
    return m_sources->view(l.offset, l.length);
}

TextRef LogIndex::lineRef(quint32 line) const
{
    const LogLine &l = m_lines.at(line);
    return TextRef(l.offset, l.length);
}

QList<quint32> LogIndex::journeyLines(quint32 journey) const
{
    QList<quint32> result;
    result.reserve(m_journeys.at(journey).lineCount);
    for (quint32 p = m_links.at(journey).firstLine; p != Journey::None; p = m_linePairs[p].next) {
        result.append(m_linePairs[p].line);
    }
    return result;
}

QList<quint32> LogIndex::journeyDeliveries(quint32 journey) const
{
    QList<quint32> result;
    result.reserve(m_journeys.at(journey).deliveryCount);
    for (quint32 d = m_links.at(journey).firstDelivery; d != Journey::None; d = m_deliveryNext[d]) {
        result.append(d);
    }
    return result;
}

quint32 LogIndex::chainHead(quint32 journey) const
{
    quint32 j = journey;
    for (int guard = 0; m_journeys.at(j).previousHop != Journey::None && guard < 64; ++guard) {
        j = m_journeys[j].previousHop;
    }
    return j;
}

QList<quint32> LogIndex::chain(quint32 head) const
{
    QList<quint32> hops;
    for (quint32 j = head; j != Journey::None && hops.size() < 64; j = m_journeys.at(j).nextHop) {
        hops.append(j);
    }
    return hops;
}

QList<quint32> LogIndex::chainHeads() const
{
    QList<quint32> heads;
    for (quint32 j = 0; j < m_journeys.size(); ++j) {
        if (m_journeys[j].previousHop == Journey::None) {
            heads.append(j);
        }
    }
    return heads;
}

QList<quint32> LogIndex::chainLines(quint32 head) const
{
    return chainLinesOf(chain(head));
}

QList<quint32> LogIndex::chainLinesOf(const QList<quint32> &hops) const
{
    QList<quint32> lines;
    for (quint32 hop : hops) {
        lines += journeyLines(hop);
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

QList<quint32> LogIndex::finalDeliveries(quint32 head) const
{
    return finalDeliveriesOf(chain(head));
}

QList<quint32> LogIndex::finalDeliveriesOf(const QList<quint32> &hops) const
{
    QList<quint32> result;
    // Rejections anywhere in the chain are final for their recipient.
    for (quint32 hop : hops) {
        for (quint32 d : journeyDeliveries(hop)) {
            if (m_deliveries[d].status == DeliveryStatus::Rejected) {
                result.append(d);
            }
        }
    }
    // Of the last hop that tried to deliver, the last attempt per recipient.
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QList<quint32> attempts;
        for (quint32 d : journeyDeliveries(*it)) {
            if (m_deliveries[d].status != DeliveryStatus::Rejected) {
                attempts.append(d);
            }
        }
        if (attempts.isEmpty()) {
            continue;
        }
        QList<QByteArrayView> seen;
        for (auto a = attempts.crbegin(); a != attempts.crend(); ++a) {
            const QByteArrayView rcpt = text(m_deliveries[*a].recipient);
            if (!seen.contains(rcpt)) {
                seen.append(rcpt);
                result.append(*a);
            }
        }
        break;
    }
    std::sort(result.begin(), result.end());
    return result;
}

JourneyStatus LogIndex::chainStatus(quint32 head) const
{
    const QList<quint32> hops = chain(head);
    return chainStatusOf(head, hops, finalDeliveriesOf(hops));
}

JourneyStatus LogIndex::chainStatusOf(quint32 head, const QList<quint32> &hops, const QList<quint32> &finals) const
{
    const Journey &tail = m_journeys.at(hops.last());
    bool expired = false;
    bool contentRejected = false;
    bool removed = tail.has(Journey::Removed);
    for (quint32 hop : hops) {
        expired = expired || m_journeys[hop].has(Journey::Expired);
        contentRejected = contentRejected || m_journeys[hop].has(Journey::ContentRejected);
    }
    if (contentRejected) {
        return JourneyStatus::Rejected;
    }
    if (expired) {
        return JourneyStatus::Expired;
    }
    // Deliveries of an earlier hop only reached the content filter: the message goes on in the
    // next hop, so only look at the tail's attempts (and rejections anywhere).
    int sent = 0, deferred = 0, bounced = 0, rejected = 0;
    for (quint32 d : finals) {
        const Delivery &del = m_deliveries[d];
        if (del.journey != hops.last() && del.status != DeliveryStatus::Rejected) {
            continue;
        }
        switch (del.status) {
        case DeliveryStatus::Sent:
        case DeliveryStatus::Deliverable:
            ++sent;
            break;
        case DeliveryStatus::Deferred:
            ++deferred;
            break;
        case DeliveryStatus::Bounced:
        case DeliveryStatus::Undeliverable:
            ++bounced;
            break;
        case DeliveryStatus::Rejected:
            ++rejected;
            break;
        case DeliveryStatus::Expired:
            expired = true;
            break;
        case DeliveryStatus::Other:
            break;
        }
    }
    if (expired) {
        return JourneyStatus::Expired;
    }
    if (bounced) {
        return JourneyStatus::Bounced;
    }
    if (deferred && !removed) {
        return JourneyStatus::Deferred;
    }
    if (sent) {
        return JourneyStatus::Sent;
    }
    if (rejected || m_journeys[head].origin == JourneyOrigin::NoQueue) {
        return JourneyStatus::Rejected;
    }
    if (deferred) {
        return JourneyStatus::Deferred;
    }
    if (removed) {
        return JourneyStatus::Removed;
    }
    return JourneyStatus::InProgress;
}

JourneyRow LogIndex::row(quint32 head) const
{
    JourneyRow row;
    row.head = head;
    const QList<quint32> hops = chain(head);
    const Journey &first = m_journeys.at(head);
    row.firstTime = first.firstTime;
    row.lastTime = first.lastTime;
    for (quint32 hop : hops) {
        const Journey &j = m_journeys[hop];
        if (!j.queueId.isEmpty()) {
            row.queueIds.append(j.queueId);
        }
        if (row.messageId.isEmpty()) {
            row.messageId = j.messageId;
        }
        if (!row.hasSender && j.has(Journey::HasSender)) {
            row.sender = j.sender;
            row.hasSender = true;
        }
        if (row.client.isEmpty()) {
            row.client = j.client;
        }
        if (!row.hasSize && j.has(Journey::HasSize)) {
            row.size = j.size;
            row.hasSize = true;
        }
        row.firstTime = std::min(row.firstTime, j.firstTime);
        row.lastTime = std::max(row.lastTime, j.lastTime);
    }
    const QList<quint32> finals = finalDeliveriesOf(hops);
    row.status = chainStatusOf(head, hops, finals);
    // Recipients as the sender addressed them: the first hop that has any.
    for (quint32 hop : hops) {
        for (quint32 d : journeyDeliveries(hop)) {
            const TextRef r = m_deliveries[d].recipient;
            bool known = false;
            for (const TextRef &k : std::as_const(row.recipients)) {
                if (text(k) == text(r)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                row.recipients.append(r);
            }
        }
        if (!row.recipients.isEmpty()) {
            break;
        }
    }
    // The delivery that explains the status: the first problem, else the last success.
    quint32 deciding = Journey::None;
    auto pick = [&](DeliveryStatus s) {
        for (quint32 d : finals) {
            if (deciding == Journey::None && m_deliveries[d].status == s) {
                deciding = d;
            }
        }
    };
    switch (row.status) {
    case JourneyStatus::Bounced:
        pick(DeliveryStatus::Bounced);
        pick(DeliveryStatus::Undeliverable);
        break;
    case JourneyStatus::Deferred:
    case JourneyStatus::Expired:
        pick(DeliveryStatus::Deferred);
        break;
    case JourneyStatus::Rejected:
        pick(DeliveryStatus::Rejected);
        break;
    default:
        break;
    }
    if (deciding == Journey::None && !finals.isEmpty()) {
        deciding = finals.last();
    }
    if (deciding != Journey::None) {
        const Delivery &d = m_deliveries[deciding];
        row.relay = d.relay;
        row.statusText = d.text;
        row.dsn = d.dsn;
        if (d.delay >= 0) {
            // Time spent in earlier hops (content filters) comes on top of the last hop's delay.
            const quint32 hopStart = m_journeys[d.journey].firstTime;
            row.delay = d.delay + float(hopStart > row.firstTime ? hopStart - row.firstTime : 0);
        }
    }
    const QList<quint32> lines = chainLinesOf(hops);
    row.lines.reserve(lines.size());
    for (quint32 line : lines) {
        row.lines.append(lineRef(line));
    }
    return row;
}

QList<quint32> LogIndex::find(QByteArrayView key) const
{
    QList<quint32> heads;
    QByteArrayView id = key;
    if (id.size() > 2 && id.front() == '<' && id.back() == '>') {
        id = id.sliced(1, id.size() - 2);
    }
    for (quint32 j = 0; j < m_journeys.size(); ++j) {
        const Journey &journey = m_journeys[j];
        if (text(journey.queueId) == id || (!journey.messageId.isEmpty() && text(journey.messageId) == id)) {
            const quint32 head = chainHead(j);
            if (!heads.contains(head)) {
                heads.append(head);
            }
        }
    }
    return heads;
}

int LogIndex::lineSource(quint32 line) const
{
    return m_sources->sourceAt(m_lines.at(line).offset);
}

quint32 LogIndex::lineNumber(quint32 line) const
{
    const int source = m_sources->rootSource(lineSource(line)); // appended text numbers on
    const quint32 first = size_t(source) < m_sourceFirstLine.size() ? m_sourceFirstLine[size_t(source)] : 0;
    return line - first + 1;
}

const SpamScan *LogIndex::spamScan(quint32 journey) const
{
    if (journey >= m_journeys.size() || !m_journeys[journey].has(Journey::SpamChecked)) {
        return nullptr;
    }
    const auto it = m_spamScanOf.constFind(journey);
    return it == m_spamScanOf.constEnd() ? nullptr : &m_spamScans[it.value()];
}

qint64 LogIndex::memoryUsage() const
{
    qint64 bytes = sizeof(*this);
    bytes += qint64(m_lines.capacity() * sizeof(LogLine));
    bytes += qint64(m_journeys.capacity() * sizeof(Journey));
    bytes += qint64(m_links.capacity() * sizeof(JourneyLinks));
    bytes += qint64(m_deliveries.capacity() * sizeof(Delivery));
    bytes += qint64(m_deliveryNext.capacity() * sizeof(quint32));
    bytes += qint64(m_linePairs.capacity() * sizeof(LinePair));
    bytes += qint64(m_logins.capacity() * sizeof(LoginEvent));
    bytes += qint64(m_spamScans.capacity() * sizeof(SpamScan));
    bytes += qint64(m_spamScanOf.capacity()) * qint64(2 * sizeof(quint32) + sizeof(void *));
    for (const QByteArray &h : m_hosts) {
        bytes += h.capacity() + qint64(sizeof(QByteArray));
    }
    return bytes;
}

quint8 LogIndex::hostNumber(QList<QByteArray> &hosts, QByteArrayView host)
{
    const qsizetype index = hosts.indexOf(host);
    if (index >= 0) {
        return quint8(index);
    }
    if (hosts.size() >= MaxHosts) {
        return MaxHosts; // lines still parse; their queue ids share one namespace
    }
    hosts.append(host.toByteArray());
    return quint8(hosts.size() - 1);
}

} // namespace Mailroom
