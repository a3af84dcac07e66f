// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/delivery.h"
#include "logs/journey.h"
#include "logs/journeyrow.h"
#include "logs/loginevent.h"
#include "logs/logline.h"
#include "logs/logsourceset.h"

#include <QHash>
#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace Mailroom {

class JourneyBuilder;

// SpamAssassin's verdict on one message (spamd's lines, joined by Message-ID).
struct SpamScan
{
    quint32 journey = Journey::None;
    quint32 line = Journey::None; // the verdict line
    float score = 0;
    float required = 0;
    float seconds = 0; // time spamd took
    bool spam = false;
};

// Everything the indexer learned from a set of log files: every line (kept, never dropped),
// the journeys of the messages, and their delivery attempts. Text stays in the sources.
class LogIndex
{
public:
    LogIndex();

    const std::shared_ptr<const LogSourceSet> &sources() const { return m_sources; }
    const std::vector<LogLine> &lines() const { return m_lines; }
    const std::vector<Journey> &journeys() const { return m_journeys; }
    const std::vector<Delivery> &deliveries() const { return m_deliveries; }
    // Host names in order of appearance; a line's host is its position. Beyond MaxHosts names,
    // the rest share the number MaxHosts.
    static constexpr quint8 MaxHosts = 255;
    // The number of a host name in such a list, appended when it is new (MaxHosts when full).
    static quint8 hostNumber(QList<QByteArray> &hosts, QByteArrayView host);
    const QList<QByteArray> &hosts() const { return m_hosts; }
    // Logins and refused login attempts (Postfix SASL, Dovecot), in log order; LoginAnalysis
    // explains them.
    const std::vector<LoginEvent> &logins() const { return m_logins; }
    // spamd's verdicts, in log order; spamScan() finds the one of a hop (nullptr when none).
    const std::vector<SpamScan> &spamScans() const { return m_spamScans; }
    const SpamScan *spamScan(quint32 journey) const;

    QByteArrayView lineText(quint32 line) const;
    TextRef lineRef(quint32 line) const;
    QByteArrayView text(TextRef ref) const { return m_sources->text(ref); }
    QString string(TextRef ref) const { return m_sources->string(ref); }
    quint64 lineCount(LineKind kind) const { return m_kindCounts[size_t(kind)]; }

    // The lines and delivery attempts of one hop, in log order.
    QList<quint32> journeyLines(quint32 journey) const;
    QList<quint32> journeyDeliveries(quint32 journey) const;

    // Chains of hops joined by content filters ("queued as") and forwarding.
    quint32 chainHead(quint32 journey) const;
    QList<quint32> chain(quint32 head) const;
    QList<quint32> chainHeads() const;
    QList<quint32> chainLines(quint32 head) const;
    // The last attempt per recipient of the chain's final hop, plus every rejection.
    QList<quint32> finalDeliveries(quint32 head) const;
    JourneyStatus chainStatus(quint32 head) const;
    JourneyRow row(quint32 head) const;

    // Chain heads whose queue id (any hop) or Message-ID matches.
    QList<quint32> find(QByteArrayView queueIdOrMessageId) const;

    // Which source a line is in and its 1-based line number there.
    int lineSource(quint32 line) const;
    quint32 lineNumber(quint32 line) const;

    // Bytes of memory held by the index itself (the mapped log text not counted).
    qint64 memoryUsage() const;

private:
    friend class JourneyBuilder;
    // The same for a chain already walked (row() needs all three).
    QList<quint32> finalDeliveriesOf(const QList<quint32> &hops) const;
    JourneyStatus chainStatusOf(quint32 head, const QList<quint32> &hops, const QList<quint32> &finals) const;
    QList<quint32> chainLinesOf(const QList<quint32> &hops) const;
    struct LinePair
    {
        quint32 line;
        quint32 next;
    };
    // Per journey: linked lists through m_linePairs and m_deliveryNext.
    struct JourneyLinks
    {
        quint32 firstLine = Journey::None;
        quint32 lastLine = Journey::None;
        quint32 firstDelivery = Journey::None;
        quint32 lastDelivery = Journey::None;
    };

    std::shared_ptr<const LogSourceSet> m_sources;
    std::vector<LogLine> m_lines;
    std::vector<Journey> m_journeys;
    std::vector<JourneyLinks> m_links;
    std::vector<Delivery> m_deliveries;
    std::vector<quint32> m_deliveryNext;
    std::vector<LinePair> m_linePairs;
    std::vector<LoginEvent> m_logins;
    std::vector<SpamScan> m_spamScans;
    QHash<quint32, quint32> m_spamScanOf; // journey → its newest scan in m_spamScans
    QList<QByteArray> m_hosts;
    std::vector<quint32> m_sourceFirstLine; // index of each source's first line
    std::array<quint64, size_t(LineKind::KindCount)> m_kindCounts {};
};

} // namespace Mailroom
