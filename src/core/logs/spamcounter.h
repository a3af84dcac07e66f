// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/linepreparser.h"
#include "logs/loglineparser.h"
#include "logs/spamtotals.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace Mailroom {

// SpamAssassin's work in a mail log that arrives piece by piece (the Dashboard's count of today,
// from JournalFeed), without building a LogIndex: memory stays bounded however long it runs.
//
// It counts by the rules of SpamTotals::of over JourneyBuilder's journeys, with their parts:
// LinePreparser for the lines, SpamdLine::parse and applyVerdict for spamd's verdicts,
// RejectLine::parse for the rejects, SpamTotals::ofJourney for what a message adds. It keeps only
// the newest JourneyBuilder::MessageIdWindow messages, the window in which JourneyBuilder joins
// spamd's lines to a message: a message whose lines come after that many newer messages (none
// does while spamd scans it in cleanup) is counted as a new one. Use from one thread.
class SpamCounter
{
public:
    SpamCounter();

    // Log text in any pieces: a line split between two calls is completed by the next one; a last
    // line without its end of line waits for it.
    void addText(QByteArrayView text);
    SpamTotals totals() const { return m_totals; }
    // Forgets everything (a new day).
    void clear();

private:
    // One journey as far as the counting needs it.
    struct Message
    {
        quint64 serial = 0; // 1, 2, … in the order the messages appeared; 0: free slot
        QByteArray queueKey; // host and queue id; empty for NOQUEUE rejects
        QByteArray messageId;
        quint16 flags = 0; // Journey::Flag
    };

    void addLine(QByteArrayView line);
    void addSpamdLine(const ParsedLine &p);
    Message &messageFor(QByteArrayView host, QByteArrayView queueId);
    Message &newMessage(const QByteArray &queueKey);
    Message *find(quint64 serial);
    Message *findByMessageId(QByteArrayView id);
    void setFlags(Message &m, quint16 flags);
    static QByteArray processKey(const ParsedLine &p);

    LogLineParser m_parser;
    PreparsedLine m_line;
    QByteArray m_partial; // the start of a line whose end has not arrived
    std::vector<Message> m_ring; // the newest messages, at (serial - 1) % MessageIdWindow
    quint64 m_nextSerial = 1;
    QHash<QByteArray, quint64> m_queue; // queue key → its message, while that is in m_ring
    QHash<QByteArray, quint64> m_spamdProcesses; // spamd child → the message it is scanning
    SpamTotals m_totals;
};

} // namespace Mailroom
