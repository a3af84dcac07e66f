// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/linepreparser.h"
#include "logs/logindex.h"
#include "logs/loginline.h"
#include "logs/loglineparser.h"
#include "logs/rejectline.h"
#include "logs/shortkeymap.h"

#include <QDate>
#include <QHash>

#include <atomic>
#include <memory>
#include <thread>

namespace Mailroom {

class LogSummary;

// Reads log sources line by line and groups the Postfix lines into journeys: smtpd sessions
// (linked by process id from "connect from" to "client="), pickup, cleanup, qmgr, every
// delivery attempt, "removed"; NOQUEUE rejections become journeys of their own; "queued as"
// replies from content filters and "forwarded as" chain hops together; a queue id seen again
// after "removed" starts a new journey. Lines that fit nowhere are kept with their kind.
class JourneyBuilder
{
public:
    explicit JourneyBuilder(std::shared_ptr<const LogSourceSet> sources);
    ~JourneyBuilder();
    JourneyBuilder(const JourneyBuilder &) = delete;
    JourneyBuilder &operator=(const JourneyBuilder &) = delete;

    // Year inference for traditional timestamps: by default each file's modification date.
    void setReferenceDate(QDate date);
    // Also feed every line to a pflogsumm-compatible summary. With threaded, the summary reads
    // the same sources on a thread of its own while this builder groups journeys (the first
    // process() call starts it, finish() waits for it): the two share no state, so on two cores
    // both are done in the time of the slower one, with results identical to feeding it here.
    void setSummary(LogSummary *summary, bool threaded = false);
    // Counts the summary of every source now, before any journey is grouped, on up to `threads`
    // threads (LogSummary::addTexts()); sources added later (a followed log) are fed to it line
    // by line. On two cores this gives the totals sooner, and all of it in less time, than a
    // summary thread next to the grouping: each part has both cores in turn. Stops early when
    // *cancel (or cancel()) is set.
    void summarizeNow(int threads, const std::atomic_bool *cancel = nullptr);
    // Whether ranges of a megabyte or more are split and parsed on a second thread while this
    // one groups them (the default); the index is the same either way.
    void setParseThread(bool enabled) { m_parseThread = enabled; }
    // Remember chains whose hops are all removed, for takeCompletedChains().
    void setTrackCompleted(bool track) { m_trackCompleted = track; }

    // Parses source `source` from byte `from`, at most about maxBytes, ending on a line boundary.
    // Returns the offset to continue from (the source size when done).
    qint64 process(int source, qint64 from, qint64 maxBytes);
    void processAll();

    // Heads of chains finished since the last call (only with setTrackCompleted(true)).
    QList<quint32> takeCompletedChains();
    const LogIndex &index() const { return *m_index; }

    // For following a log that grows: the index this builder keeps extending (readers must be on
    // the thread that calls process()), the summary completed and from now on fed line by line,
    // line kinds counted so far, and the journeys whose lines or links changed since the last
    // call (only with setTrackChanges(true)), each once.
    const std::shared_ptr<LogIndex> &sharedIndex() const { return m_index; }
    void completeSummary();
    void countKinds();
    void setTrackChanges(bool track) { m_trackChanges = track; }
    QList<quint32> takeChangedJourneys();
    // The same, unsorted and possibly repeated (cheap enough to call after every chunk).
    void takeChangedJourneys(std::vector<quint32> &out)
    {
        out.clear();
        out.swap(m_changed);
    }

    // Completes the index (line kind counts) and the summary; the builder must not be used
    // afterwards.
    std::shared_ptr<LogIndex> finish();
    // Stops a summary thread early (finish() or the destructor still wait for it).
    void cancel();

    // spamd's lines name the message by its Message-ID: it is looked for among this many newest
    // journeys (the message is still in cleanup while it is scanned).
    static constexpr size_t MessageIdWindow = 4096;

    // See LinePreparser::queueIdLength().
    static qsizetype queueIdLength(QByteArrayView message) { return LinePreparser::queueIdLength(message); }

private:
    using QueueKey = ShortKey;
    struct Session
    {
        quint32 journey = Journey::None;
        quint32 pre[4] = {0, 0, 0, 0};
        quint8 preCount = 0;
    };

    void processLine(const PreparsedLine &line, quint64 offset);
    LineKind classify(const PreparsedLine &pre, quint32 line, quint8 host);
    void addLogin(const LoginLine::Fields &fields, quint32 line, quint32 time, quint8 host);
    void addSpamdLine(const ParsedLine &p, quint32 line, quint8 host);
    quint32 journeyByMessageId(QByteArrayView id) const;
    void handleQueueLine(quint32 j, const QueueKey &key, const PreparsedLine &pre, QByteArrayView rest, quint32 line,
                         quint8 host);
    void addDelivery(quint32 j, const PreparsedLine &pre, quint32 line, quint8 host);
    void appendDelivery(quint32 j, const Delivery &d); // to the end of j's deliveries
    void parseReject(quint32 j, QByteArrayView rest, quint32 line, bool cleanup);
    void addReject(quint32 j, const RejectLine::Fields &fields, quint32 line);
    quint32 journeyFor(const QueueKey &key, quint8 host, QByteArrayView qid, quint32 time);
    void retire(const QueueKey &key, quint32 journey);
    quint32 newJourney(quint8 host, TextRef queueId, quint32 time);
    void attach(quint32 journey, quint32 line);
    void link(quint32 upstream, quint32 downstream);
    void journeyRemoved(quint32 j);
    quint8 internHost(QByteArrayView host);
    QDate referenceDateFor(int source) const;
    void startSummaryThread();
    void waitForSummary();
    void reserveFor(qint64 bytes, qint64 sampleBytes, qint64 sampleLines);
    void changed(quint32 journey)
    {
        if (m_trackChanges) {
            m_changed.push_back(journey);
        }
    }
    quint64 processKey(const ParsedLine &p, quint8 host);
    // A process key as the key of m_sessions and m_clientProcesses.
    static ShortKey sessionKey(quint64 process)
    {
        ShortKey key;
        key.w[0] = process;
        key.w[2] = quint64(sizeof(process)) << 48; // a length: not the empty key
        return key;
    }
    static QueueKey makeKey(quint8 host, QByteArrayView qid);
    TextRef ref(QByteArrayView view) const
    {
        if (view.isEmpty()) {
            return {};
        }
        return TextRef(m_lineOffset + quint64(view.data() - m_lineBegin), quint64(view.size()));
    }

    std::shared_ptr<LogIndex> m_index;
    LogLineParser m_parser;
    QDate m_referenceOverride;
    int m_parserSource = -1;
    LogSummary *m_summary = nullptr;
    bool m_summaryThreaded = false;
    std::thread m_summaryThread;
    bool m_summaryStarted = false;
    int m_summarizedSources = 0; // sources summarizeNow() counted
    bool m_feedSummary = false; // lines of the source being processed go to the summary here
    std::atomic_bool m_cancel = false;
    bool m_reserved = false;
    bool m_parseThread = true;
    bool m_trackCompleted = false;
    bool m_trackChanges = false;
    std::vector<quint32> m_changed;
    size_t m_countedLines = 0; // lines whose kind is in the index's counts
    QList<quint32> m_completed;

    PreparsedLine m_preparsed; // for ranges read on one thread
    const char *m_lineBegin = nullptr;
    quint64 m_lineOffset = 0;
    quint32 m_lastTime = 0;

    ShortKeyMap<quint32> m_queue; // journey index + 1 (0: none)
    struct Retired
    {
        QueueKey key;
        quint32 journey = 0;
    };
    static constexpr size_t RetiredWindow = 8192;
    std::vector<Retired> m_retired; // removed messages still in m_queue, a ring once full
    size_t m_retiredNext = 0;
    QHash<QueueKey, quint32> m_pendingLinks; // "queued as X" seen before X appeared
    ShortKeyMap<Session> m_sessions; // smtpd processes (sessionKey())
    ShortKeyMap<Session> m_clientProcesses; // smtp/lmtp lines without a queue id yet
    QHash<quint64, quint32> m_spamdProcesses; // spamd child → the journey it is scanning
    QList<QByteArray> m_programs;
    qsizetype m_lastProgram = -1;
    QByteArray m_lastHost;
    quint8 m_lastHostIndex = 0;
};

} // namespace Mailroom
