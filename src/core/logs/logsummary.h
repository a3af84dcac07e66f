// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/parsedline.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Mailroom {

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
    const Detail3 &rejectDetail() const { return m_rejects; }
    const Detail3 &rejectWarningDetail() const { return m_warns; }
    const Detail3 &holdDetail() const { return m_holds; }
    const Detail3 &discardDetail() const { return m_discards; }
    const Detail2 &deferralDetail() const { return m_deferralReasons; }
    const Detail2 &bounceDetail() const { return m_bounceReasons; }
    const Detail2 &smtpFailureDetail() const { return m_smtpFailures; }
    const Detail2 &warningDetail() const { return m_warnings; }
    const Detail2 &fatalDetail() const { return m_fatals; }
    const Detail2 &panicDetail() const { return m_panics; }
    const QMap<QByteArray, qint64> &masterMessages() const { return m_master; }
    const QMap<QByteArray, QByteArray> &messagesWithoutSize() const { return m_noSize; }

    // pflogsumm's default report, byte for byte (per-day dates use the inferred year, which is
    // correct where pflogsumm guesses from today's date).
    QByteArray pflogsummReport() const;
    QJsonObject toJson(int top = 10) const;

    // pflogsumm's gimme_domain(): "mail.example.com[192.0.2.1]" → "example.com".
    static QByteArray clientDomain(QByteArrayView client);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
    };
    template<typename T> using StringMap = std::unordered_map<std::string, T, Hash, std::equal_to<>>;
    struct QueueState
    {
        double size = 0;
        bool sizeSet = false; // pflogsumm's $msgSizes{$qid} is true
        bool deferred = false; // $msgDfrdFlgs{$qid}
        bool received = false; // $rcvdMsg{$qid} is true
        std::string receivedFrom; // its value: client domain or "pickup"
    };

    bool commandAndQueueId(QByteArrayView rem, QByteArrayView &cmd, QByteArrayView &qid) const;
    void process(const ParsedLine &line, QByteArrayView rem);
    void smtpdReject(QByteArrayView rem, Detail3 &detail, double &counter);
    void count(Column column);
    QueueState &queue(QByteArrayView qid);

    QByteArray m_syslogName;
    double m_received = 0, m_delivered = 0, m_forwarded = 0, m_deferredMessages = 0, m_deferrals = 0, m_bounced = 0,
           m_rejected = 0, m_rejectWarnings = 0, m_held = 0, m_discarded = 0, m_bytesReceived = 0, m_bytesDelivered = 0;
    qint64 m_senderCount = 0, m_sendingDomainCount = 0, m_recipientCount = 0, m_recipientDomainCount = 0;
    int m_dayCount = 0;
    int m_lastDay = 0;
    int m_dayKey = 0;
    int m_hour = 0;
    std::array<std::array<double, ColumnCount>, 24> m_perHour {};
    std::map<int, Day> m_perDay;
    std::array<qint64, DelayBounds.size()> m_delayHistogram {};
    StringMap<QueueState> m_queue;
    StringMap<Traffic> m_senders, m_sendingDomains, m_recipients, m_recipientDomains;
    Detail3 m_rejects, m_warns, m_holds, m_discards;
    Detail2 m_deferralReasons, m_bounceReasons, m_smtpFailures, m_warnings, m_fatals, m_panics;
    QMap<QByteArray, qint64> m_master;
    QMap<QByteArray, QByteArray> m_noSize;
    std::string m_scratch;
};

} // namespace Mailroom
