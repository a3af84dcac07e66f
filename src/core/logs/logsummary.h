// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/flatstringmap.h"
#include "logs/parsedline.h"
#include "logs/shortkeymap.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QMutex>

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Mailroom {

class LogFacts;
class LogLineParser;

// Traffic totals with exactly pflogsumm's (1.1.5) counting rules, so that the numbers agree
// with the report admins already know: what counts as received (smtpd client= and pickup
// lines), delivered (status=sent unless "forwarded as"), deferred (messages and deferral
// lines), bounced, rejected (smtpd, postscreen and cleanup rejects; reject warnings, holds and
// discards separately), bytes, senders, recipients and their domains, per hour and per day, and
// the problem details. Quirks are kept on purpose (a content filter hop counts as delivered and
// received again; a queue id's size is taken once per file). Fed line by line by JourneyBuilder.
class LogSummary
{
public:
    enum Column
    {
        Received,
        Delivered,
        Deferred,
        Bounced,
        Rejected,
        ColumnCount
    };
    struct Traffic
    {
        double count = 0; // messages (sent for recipients)
        double size = 0; // bytes
        double defers = 0;
        double delaySum = 0; // of sent messages, for the average
        double delayMax = 0; // of sent and deferred messages
    };
    struct Day
    {
        std::array<double, ColumnCount> counts {};
        int columns = 0; // how many columns pflogsumm prints for this day
    };
    // type → reason → data → count, and the two-level variant.
    using Detail3 = QMap<QByteArray, QMap<QByteArray, QMap<QByteArray, qint64>>>;
    using Detail2 = QMap<QByteArray, QMap<QByteArray, qint64>>;
    // Delay distribution of delivered messages; the bucket holds delays up to the bound (seconds).
    static constexpr std::array<double, 7> DelayBounds {1, 5, 30, 300, 3600, 86400, 1e300};

    explicit LogSummary(const QByteArray &syslogName = QByteArrayLiteral("postfix"));
    ~LogSummary();
    LogSummary(const LogSummary &) = delete;
    LogSummary &operator=(const LogSummary &) = delete;

    void addLine(const ParsedLine &line);
    // Parses and adds every line of a text (what the builder feeds line by line), for reading
    // the totals on a thread of their own next to the journeys. Stops early when *cancel is set.
    void addText(QByteArrayView text, QDate referenceDate, const std::atomic_bool *cancel = nullptr);

    // One text of several read in order (a log and its rotations), with its year reference.
    struct TextPart
    {
        QByteArrayView text;
        QDate referenceDate;
    };
    // addText() of each part in turn, with the lines split into `threads` ranges of about equal
    // size counted at the same time, each on a thread of its own into a summary of its own, and
    // the later ranges merged in order (merge()): the totals are identical to one thread's. A
    // thread done with its range takes the later half of the range with most left (LineRanges),
    // as a range of its own, in blocks of a quarter of minRange. The texts must stay valid until
    // it returns; with *cancel set it stops early, leaving the totals incomplete. Ranges start at
    // minRange bytes or more (fewer threads for a small log).
    void addTexts(const std::vector<TextPart> &parts, int threads, const std::atomic_bool *cancel = nullptr,
                  qint64 minRange = 4 * 1024 * 1024);
    // The two halves of addTexts(), for counting ranges elsewhere: a summary that will count the
    // lines right after another's is told so before its first line (it then remembers what an
    // exact merge needs: the lines that touched each queue id, the order of delays per domain),
    // and fed with addText(); merge(later) then adds its totals to the earlier one's as if one
    // summary had read both ranges. The later summary's texts must still be valid (lines of a
    // queue id seen in both ranges are read again) and it is left unusable.
    void beginContinuation();
    void merge(LogSummary &later);
    // Sizes the tables for a log of about this many bytes (a hint: they grow as needed anyway).
    void reserveFor(qint64 logBytes);
    // Also gathers the LogFacts of every line added from now on (ranges of addTexts() included);
    // off by default, as it costs a little per line. Null while off.
    void setCollectFacts(bool collect);
    const LogFacts *facts() const { return m_facts.get(); }

    double received() const { return m_received; }
    double delivered() const { return m_delivered; }
    double forwarded() const { return m_forwarded; }
    double deferred() const { return m_deferredMessages; }
    double deferrals() const { return m_deferrals; }
    double bounced() const { return m_bounced; }
    double rejected() const { return m_rejected; }
    double rejectWarnings() const { return m_rejectWarnings; }
    double held() const { return m_held; }
    double discarded() const { return m_discarded; }
    double bytesReceived() const { return m_bytesReceived; }
    double bytesDelivered() const { return m_bytesDelivered; }
    qint64 senders() const { return m_senderCount; }
    qint64 sendingDomains() const { return m_sendingDomainCount; }
    qint64 recipients() const { return m_recipientCount; }
    qint64 recipientDomains() const { return m_recipientDomainCount; }
    int dayCount() const { return m_dayCount; }
    int rejectedPercent() const;
    int discardedPercent() const;
    const std::array<std::array<double, ColumnCount>, 24> &perHour() const { return m_perHour; }
    const std::map<int, Day> &perDay() const { return m_perDay; } // key yyyymmdd
    const std::array<qint64, DelayBounds.size()> &delayHistogram() const { return m_delayHistogram; }

    QMap<QByteArray, Traffic> senderTraffic() const;
    QMap<QByteArray, Traffic> sendingDomainTraffic() const;
    QMap<QByteArray, Traffic> recipientTraffic() const;
    QMap<QByteArray, Traffic> recipientDomainTraffic() const;
    // The problem details, sorted (built from the counters on first use after new lines).
    const Detail3 &rejectDetail() const { return details().rejects; }
    const Detail3 &rejectWarningDetail() const { return details().warns; }
    const Detail3 &holdDetail() const { return details().holds; }
    const Detail3 &discardDetail() const { return details().discards; }
    const Detail2 &deferralDetail() const { return details().deferralReasons; }
    const Detail2 &bounceDetail() const { return details().bounceReasons; }
    const Detail2 &smtpFailureDetail() const { return details().smtpFailures; }
    const Detail2 &warningDetail() const { return details().warnings; }
    const Detail2 &fatalDetail() const { return details().fatals; }
    const Detail2 &panicDetail() const { return details().panics; }
    const QMap<QByteArray, qint64> &masterMessages() const { return details().master; }
    const QMap<QByteArray, QByteArray> &messagesWithoutSize() const { return m_noSize; }

    // pflogsumm's default report, byte for byte (per-day dates use the inferred year, which is
    // correct where pflogsumm guesses from today's date).
    QByteArray pflogsummReport() const;
    QJsonObject toJson(int top = 10) const;

    // pflogsumm's gimme_domain(): "mail.example.com[192.0.2.1]" → "example.com".
    static QByteArray clientDomain(QByteArrayView client);

private:
    template<typename T> using StringMap = FlatStringMap<T>;
    // pflogsumm's %msgSizes and %msgDfrdFlgs for one queue id ($rcvdMsg is m_receivedFrom).
    struct QueueState
    {
        double size = 0;
        quint32 receivedFrom : 30 = 0; // $rcvdMsg{$qid} while true: interned client domain or "pickup"
        quint32 sizeSet : 1 = false; // $msgSizes{$qid} is true
        quint32 deferred : 1 = false; // $msgDfrdFlgs{$qid}
        quint32 lastLine = 0; // continuation only: the newest line in m_queueLines of this id + 1

        // Not as pflogsumm starts a queue id, so a later range's count of it may be wrong.
        bool isSet() const { return receivedFrom != 0 || sizeSet || deferred; }
    };
    // A continuation's line that read or wrote a queue id's state (a chain per queue id).
    struct QueueLine
    {
        const char *begin = nullptr;
        quint32 length = 0;
        quint32 previous = 0; // the same id's line before, + 1
    };
    // A continuation's delay of a delivery (sent) or deferral to a recipient domain, in order.
    struct DomainDelay
    {
        double delay = 0;
        quint32 domain = 0; // entry number in m_recipientDomains
        bool sent = false;
    };
    // A problem detail counter: its one to three key parts, length-prefixed into one string.
    using Counter = StringMap<qint64>;
    enum CounterId
    {
        Rejects,
        Warns,
        Holds,
        Discards,
        DeferralReasons,
        BounceReasons,
        SmtpFailures,
        Warnings,
        Fatals,
        Panics,
        Master,
        CounterCount
    };
    struct Details
    {
        Detail3 rejects, warns, holds, discards;
        Detail2 deferralReasons, bounceReasons, smtpFailures, warnings, fatals, panics;
        QMap<QByteArray, qint64> master;
    };

    // A counter's entry with its key split into its parts (unused parts empty).
    struct Row
    {
        std::array<std::string_view, 3> part;
        qint64 value = 0;
    };
    // The counter's entries in the order the detail maps keep their keys (bytes, then length).
    static std::vector<Row> sortedRows(const Counter &counter);
    // pflogsumm's listing of a detail with two or three levels of keys, from the counter itself
    // (what the maps of details() hold, without building them).
    QByteArray detailText(CounterId counter, int levels, const QByteArray &title) const;

    bool commandAndQueueId(QByteArrayView rem, QByteArrayView &cmd, QByteArrayView &qid) const;
    // The same for a parsed line, taking the parser's findings where they settle it: a line of
    // "postfix/DAEMON[pid]: ID…", nearly every line of a Postfix log.
    bool commandAndQueueId(const ParsedLine &line, QByteArrayView &cmd, QByteArrayView &qid) const;
    void process(const ParsedLine &line, QByteArrayView rem);
    // process() once the command and queue id are known.
    void processCommand(const ParsedLine &line, QByteArrayView rem, QByteArrayView cmd, QByteArrayView qid);
    void smtpdReject(QByteArrayView rem, CounterId detail, double &counter);
    void count(Column column);
    QueueState &queue(QByteArrayView qid);
    Traffic &recipientDomain(std::string_view domain, double delay, bool sent);
    quint32 intern(std::string_view text);
    void addRange(QByteArrayView text, const LogLineParser &parser, const std::atomic_bool *cancel);
    // merge() in three parts: the queue ids (which correct `later`'s totals that depend on them),
    // then those totals; the rest depends on no queue id and is merged meanwhile.
    void mergeQueues(LogSummary &later);
    void mergeTotals(const LogSummary &later);
    void mergeCounters(const LogSummary &later);
    void bump(CounterId counter, std::string_view a, std::string_view b = {}, std::string_view c = {});
    const Details &details() const;

    QByteArray m_syslogName;
    double m_received = 0, m_delivered = 0, m_forwarded = 0, m_deferredMessages = 0, m_deferrals = 0, m_bounced = 0,
           m_rejected = 0, m_rejectWarnings = 0, m_held = 0, m_discarded = 0, m_bytesReceived = 0, m_bytesDelivered = 0;
    qint64 m_senderCount = 0, m_sendingDomainCount = 0, m_recipientCount = 0, m_recipientDomainCount = 0;
    int m_dayCount = 0;
    int m_lastDay = 0;
    int m_firstDay = 0; // of the first counted line
    int m_firstDayKey = 0;
    Day m_firstDayCounts; // a continuation's counts until its first change of day
    int m_dayKey = 0;
    int m_hour = 0;
    Day *m_day = nullptr; // m_perDay[m_dayKey] once something was counted that day
    std::array<std::array<double, ColumnCount>, 24> m_perHour {};
    std::map<int, Day> m_perDay;
    std::array<qint64, DelayBounds.size()> m_delayHistogram {};
    ShortKeyMap<QueueState> m_queue; // queue ids of up to 22 bytes
    StringMap<QueueState> m_longQueue; // anything longer pflogsumm takes for a queue id
    // Texts of QueueState::receivedFrom (0: none).
    static constexpr quint32 PickupId = 1;
    StringMap<quint32> m_internIds; // text → index in m_interned + 1
    std::vector<std::string> m_interned;
    StringMap<Traffic> m_senders, m_sendingDomains, m_recipients, m_recipientDomains;
    std::array<Counter, CounterCount> m_counters;
    QMap<QByteArray, QByteArray> m_noSize;
    std::string m_scratch, m_key, m_text, m_text2;
    // A continuation's records for merge() (see beginContinuation()).
    bool m_continuation = false;
    const char *m_lineBegin = nullptr; // the line being added by addText()
    quint32 m_lineLength = 0;
    std::vector<QueueLine> m_queueLines;
    std::vector<DomainDelay> m_domainDelays;
    std::unique_ptr<LogFacts> m_facts;
    mutable QMutex m_detailsMutex;
    mutable std::unique_ptr<Details> m_details; // reset whenever a counter changes
};

} // namespace Mailroom
