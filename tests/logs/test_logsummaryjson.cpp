// SPDX-License-Identifier: GPL-2.0-or-later
// LogSummary::toJson() (mailroomctl log summary --json): the totals, their breakdowns and the
// top lists a script reads.
#include "logs/journeybuilder.h"
#include "logs/logsummary.h"

#include <QJsonArray>
#include <QTest>

using namespace Mailroom;

namespace {
std::unique_ptr<LogSummary> summarize(const QByteArray &text)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("inline"), text);
    auto summary = std::make_unique<LogSummary>();
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2024, 3, 26));
    builder.setSummary(summary.get());
    builder.processAll();
    builder.finish();
    return summary;
}

const QByteArray sampleLog
    = "Mar 25 08:01:11 mail postfix/smtpd[1201]: 4B1C22A0F3: client=mx.sender.example[198.51.100.7]\n"
      "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@sender.example>, size=2345, nrcpt=2 (queue "
      "active)\n"
      "Mar 25 08:01:12 mail postfix/smtp[1207]: 4B1C22A0F3: to=<bob@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 25 08:01:12 mail postfix/smtp[1207]: 4B1C22A0F3: to=<carol@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=40, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 25 09:30:01 mail postfix/smtpd[1310]: NOQUEUE: reject: RCPT from unknown[198.51.100.99]: 554 5.7.1 "
      "<v@e.example>: Relay access denied; from=<s@b.example> to=<v@e.example> proto=ESMTP helo=<b.example>\n";
} // namespace

class TestLogSummaryJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsAndBreakdowns()
    {
        const auto s = summarize(sampleLog);
        const QJsonObject json = s->toJson();
        QCOMPARE(json.value(QLatin1String("received")).toDouble(), s->received());
        QCOMPARE(json.value(QLatin1String("delivered")).toDouble(), 2.0);
        QCOMPARE(json.value(QLatin1String("rejected")).toDouble(), 1.0);
        QCOMPARE(json.value(QLatin1String("rejected_percent")).toInt(), s->rejectedPercent());
        QCOMPARE(json.value(QLatin1String("bytes_received")).toDouble(), s->bytesReceived());
        QCOMPARE(json.value(QLatin1String("per_hour")).toArray().size(), 24);
        const QJsonArray nine = json.value(QLatin1String("per_hour")).toArray().at(9).toArray();
        QCOMPARE(nine.size(), 5); // received, delivered, deferred, bounced, rejected
        QCOMPARE(nine.at(4).toDouble(), 1.0);
        const QJsonArray days = json.value(QLatin1String("per_day")).toArray();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2024-03-25"));

        // Delays: one bucket per bound, the last open.
        const QJsonArray delays = json.value(QLatin1String("delivery_delays")).toArray();
        QCOMPARE(delays.size(), int(LogSummary::DelayBounds.size()));
        QVERIFY(!delays.last().toObject().contains(QLatin1String("up_to_seconds")));
        double bucketed = 0;
        for (const QJsonValue &b : delays) {
            bucketed += b.toObject().value(QLatin1String("messages")).toDouble();
        }
        QCOMPARE(bucketed, 2.0);

        const QJsonArray domains = json.value(QLatin1String("top_recipient_domains")).toArray();
        QCOMPARE(domains.size(), 1);
        const QJsonObject partner = domains.at(0).toObject();
        QCOMPARE(partner.value(QLatin1String("name")).toString(), QStringLiteral("partner.example"));
        QCOMPARE(partner.value(QLatin1String("messages")).toDouble(), 2.0);
        QCOMPARE(partner.value(QLatin1String("max_delay")).toDouble(), 40.0);
        QVERIFY(
            !json.value(QLatin1String("top_senders")).toArray().at(0).toObject().contains(QLatin1String("max_delay")));

        const QJsonObject rejects = json.value(QLatin1String("reject_reasons")).toObject();
        QCOMPARE(rejects.value(QLatin1String("RCPT")).toObject().value(QLatin1String("Relay access denied")).toInt(),
                 1);
    }

    void topLimitsTheLists()
    {
        const auto s = summarize(sampleLog);
        QCOMPARE(s->toJson(1).value(QLatin1String("top_recipients")).toArray().size(), 1);
        QCOMPARE(s->toJson(-1).value(QLatin1String("top_recipients")).toArray().size(), 2);
        QCOMPARE(s->toJson(0).value(QLatin1String("top_recipients")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogSummaryJson)
#include "test_logsummaryjson.moc"
