// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/loginevent.h"
#include "logs/parsedline.h"

#include <QByteArray>
#include <QByteArrayList>

#include <array>
#include <vector>

namespace Mailroom {

// What `mailroomctl log summary` says about a log besides pflogsumm's totals, gathered in the
// summary's own pass over the lines (LogSummary::setCollectFacts) instead of from a LogIndex, so
// the summary never waits for journeys to be grouped:
// - the lines, and those without a syslog timestamp, as LogIndex counts them;
// - the logins, as the LoginEvents JourneyBuilder records (same lines, times, users, addresses,
//   hosts and line numbers), for LoginAnalysis;
// - whether SpamAssassin left a trace: a spamd line, or a Postfix reject JourneyBuilder reads
//   whose text names SpamAssassin. Without one, every spam total of the log is zero; with one,
//   the totals need the journeys (SpamTotals::of), which spamd's lines are joined to.
// Texts of the logins are copied (a few per message at most), so the facts outlive the log.
class LogFacts
{
public:
    void addUnparsedLine()
    {
        ++m_lines;
        ++m_unparsed;
    }
    // A line the LogLineParser read.
    void addLine(const ParsedLine &line);
    // Appends the facts of the lines right after this one's, as if one pass had read both.
    void merge(const LogFacts &later);

    quint64 lines() const { return m_lines; }
    quint64 unparsedLines() const { return m_unparsed; }
    bool mentionsSpamAssassin() const { return m_spamAssassin; }
    const std::vector<LoginEvent> &logins() const { return m_logins; }
    // The text of a login's user or address.
    QByteArrayView text(TextRef ref) const
    {
        return QByteArrayView(m_text).sliced(qsizetype(ref.offset()), ref.length());
    }

private:
    TextRef keep(QByteArrayView text);
    quint8 internHost(QByteArrayView host);

    quint64 m_lines = 0;
    quint64 m_unparsed = 0;
    bool m_spamAssassin = false;
    std::vector<LoginEvent> m_logins;
    QByteArray m_text;
    QByteArrayList m_hosts; // as JourneyBuilder numbers them: in order of appearance
    // The previous line's host (-1: none, or a name longer than the copy).
    quint8 m_lastHost = 0;
    qsizetype m_lastHostSize = -1;
    std::array<char, 64> m_lastHostText {};
};

} // namespace Mailroom
