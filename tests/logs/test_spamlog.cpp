// SPDX-License-Identifier: GPL-2.0-or-later
// spamd and spamass-milter lines (captured from the sandbox: SpamAssassin 4.0.1, spamass-milter
// 0.4.0 with -r 15, Postfix 3.10; tests/data/logs/spam/maillog) in the journeys, the spam totals
// and the diagnosis. The pflogsumm totals of the same file are checked against pflogsumm by
// test_pflogsumm_compare, like every golden case.
#include "logs/diagnosis.h"
#include "logs/journeybuilder.h"
#include "logs/journeyjson.h"
#include "logs/logindex.h"
#include "logs/logsummary.h"
#include "logs/spamdline.h"
#include "logs/spamtotals.h"

#include <QJsonArray>
#include <QTest>

using namespace Mailroom;

namespace {
std::shared_ptr<LogIndex> build(LogSummary *summary = nullptr)
{
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(QFINDTESTDATA("../data/logs/spam/maillog"), &error)) {
        qWarning() << error;
        return {};
    }
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2026, 12, 6));
    if (summary) {
        builder.setSummary(summary);
    }
    builder.processAll();
    return builder.finish();
}

quint32 headByMessageId(const LogIndex &index, QByteArrayView id)
{
    const QList<quint32> heads = index.find(id);
    return heads.size() == 1 ? heads.first() : Journey::None;
}
} // namespace

class TestSpamLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("spam");
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("required");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QByteArray>("messageId");
        using K = SpamdLine::Kind;
        QTest::newRow("processing") << QByteArray("spamd: processing message <gtube-1@example.net> for bob:1001")
                                    << int(K::Processing) << false << 0.0 << 0.0 << 0.0
                                    << QByteArray("gtube-1@example.net");
        QTest::newRow("identified spam") << QByteArray(
            "spamd: identified spam (1002.6/5.0) for bob:1001 in 15.0 seconds, 567 bytes.")
                                         << int(K::Verdict) << true << 1002.6 << 5.0 << 15.0 << QByteArray();
        QTest::newRow("clean, negative") << QByteArray(
            "spamd: clean message (-0.1/5.0) for alice:1000 in 0.4 seconds, 2210 bytes.")
                                         << int(K::Verdict) << false << -0.1 << 5.0 << 0.4 << QByteArray();
        QTest::newRow("result Y") << QByteArray(
            "spamd: result: Y 1002 - GTUBE,RCVD_ILLEGAL_IP,RDNS_NONE scantime=15.0,size=567,user=bob,"
            "uid=1001,required_score=5.0,rhost=localhost,raddr=::1,rport=36824,mid=<gtube-1@example.net>,"
            "autolearn=no autolearn_force=no")
                                  << int(K::Result) << true << 1002.0 << 5.0 << 15.0
                                  << QByteArray("gtube-1@example.net");
        QTest::newRow("result clean") << QByteArray(
            "spamd: result: .  2 - RCVD_ILLEGAL_IP,RDNS_NONE scantime=15.1,size=530,user=bob,uid=1001,"
            "required_score=5.0,rhost=localhost,raddr=::1,rport=35226,mid=<clean-1@example.net>,"
            "autolearn=no autolearn_force=no")
                                      << int(K::Result) << false << 2.0 << 5.0 << 15.1
                                      << QByteArray("clean-1@example.net");
        QTest::newRow("child line") << QByteArray("spamd: setuid to bob succeeded") << int(K::None) << false << 0.0
                                    << 0.0 << 0.0 << QByteArray();
        QTest::newRow("broken verdict") << QByteArray("spamd: identified spam (lots) for bob") << int(K::None) << true
                                        << 0.0 << 0.0 << 0.0 << QByteArray();
    }
    void lines()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, kind);
        QFETCH(bool, spam);
        QFETCH(double, score);
        QFETCH(double, required);
        QFETCH(double, seconds);
        QFETCH(QByteArray, messageId);
        SpamdLine::Fields f;
        QCOMPARE(SpamdLine::parse(message, f), kind != int(SpamdLine::Kind::None));
        if (kind == int(SpamdLine::Kind::None)) {
            return;
        }
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.spam, spam);
        QCOMPARE(double(f.score), double(float(score)));
        QCOMPARE(double(f.required), double(float(required)));
        QCOMPARE(double(f.seconds), double(float(seconds)));
        QCOMPARE(f.messageId.toByteArray(), messageId);
    }

    // The verdict, score, threshold and time spamd took, on each of the three real messages.
    void journeys_data()
    {
        QTest::addColumn<QByteArray>("messageId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("clean, delivered") << QByteArray("clean-1@example.net") << int(JourneyStatus::Sent)
                                          << QStringLiteral("clean") << 2.6 << 15.1 << false;
        QTest::newRow("GTUBE, rejected (-r 15)") << QByteArray("gtube-1@example.net") << int(JourneyStatus::Rejected)
                                                 << QStringLiteral("spam") << 1002.6 << 15.0 << true;
        QTest::newRow("GTUBE, tagged (-r 2000)") << QByteArray("gtube-2@example.net") << int(JourneyStatus::Sent)
                                                 << QStringLiteral("spam") << 1003.6 << 15.0 << false;
    }
    void journeys()
    {
        QFETCH(QByteArray, messageId);
        QFETCH(int, status);
        QFETCH(QString, verdict);
        QFETCH(double, score);
        QFETCH(double, seconds);
        QFETCH(bool, rejected);
        const auto index = build();
        QVERIFY(index);
        const quint32 head = headByMessageId(*index, messageId);
        QVERIFY(head != Journey::None);
        QCOMPARE(int(index->chainStatus(head)), status);
        const SpamScan *scan = index->spamScan(head);
        QVERIFY(scan);
        QCOMPARE(scan->spam, verdict == QLatin1String("spam"));
        QCOMPARE(double(scan->score), double(float(score)));
        QCOMPARE(double(scan->required), 5.0);
        QCOMPARE(double(scan->seconds), double(float(seconds)));
        QVERIFY(index->lineText(scan->line)
                    .contains(verdict == QLatin1String("spam") ? "identified spam" : "clean message"));
        // spamd's processing, verdict and result lines are part of the message's journey.
        int spamdLines = 0;
        for (quint32 line : index->chainLines(head)) {
            spamdLines += index->lineText(line).contains(" spamd[") ? 1 : 0;
        }
        QCOMPARE(spamdLines, 3);

        const QJsonObject hop = JourneyJson::journey(*index, head).value(u"hops").toArray().first().toObject();
        const QJsonObject spam = hop.value(u"spam").toObject();
        QCOMPARE(spam.value(u"verdict").toString(), verdict);
        QCOMPARE(spam.value(u"score").toDouble(), score);
        QCOMPARE(spam.value(u"required").toDouble(), 5.0);
        QCOMPARE(spam.value(u"seconds").toDouble(), seconds);
        QCOMPARE(spam.value(u"rejected").toBool(), rejected);
    }

    void totals()
    {
        LogSummary summary;
        const auto index = build(&summary);
        QVERIFY(index);
        const SpamTotals t = SpamTotals::of(*index);
        QCOMPARE(t.scanned, 3);
        QCOMPARE(t.spam, 2);
        QCOMPARE(t.tagged, 1);
        QCOMPARE(t.rejected, 1);
        // pflogsumm's totals are untouched: the rejected spam is one reject among the others.
        QCOMPARE(summary.received(), 3.0); // pflogsumm counts client= lines, the refused one too
        QCOMPARE(summary.delivered(), 2.0);
        QCOMPARE(summary.rejected(), 1.0);
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(u"rejected").toInteger(), 1);
        QCOMPARE(json.value(u"tagged").toInteger(), 1);
    }

    void diagnosis()
    {
        const auto index = build();
        QVERIFY(index);
        const Diagnosis::Finding rejected
            = Diagnosis::diagnoseJourney(*index, headByMessageId(*index, "gtube-1@example.net"));
        QCOMPARE(int(rejected.problem), int(Diagnosis::Problem::RejectedAsSpam));
        QCOMPARE(rejected.explanation,
                 QStringLiteral("SpamAssassin gave this message 1002.6 points (5.0 or more counts as spam; it took "
                                "15.0 seconds to decide), so this server refused it while the sender's server was "
                                "still connected. Nothing was delivered; the sender's server got the reply and tells "
                                "its user."));
        QVERIFY(rejected.suggestion.contains(QLatin1String("raise the score")));
        // Delivered mail (clean, or spam only tagged) needs no explanation.
        QVERIFY(!Diagnosis::diagnoseJourney(*index, headByMessageId(*index, "gtube-2@example.net")).isValid());
        QVERIFY(!Diagnosis::diagnoseJourney(*index, headByMessageId(*index, "clean-1@example.net")).isValid());
        // The verdict in one sentence, for every scanned message.
        QCOMPARE(Diagnosis::spamVerdict(*index, headByMessageId(*index, "gtube-2@example.net")),
                 QStringLiteral("SpamAssassin: spam (score 1003.6; 5.0 or more is spam), decided in 15.0 seconds; "
                                "delivered with the spam headers, for the recipient's rules to sort."));
        QCOMPARE(Diagnosis::spamVerdict(*index, headByMessageId(*index, "clean-1@example.net")),
                 QStringLiteral("SpamAssassin: not spam (score 2.6; 5.0 or more is spam), decided in 15.1 seconds."));
        QCOMPARE(Diagnosis::spamVerdict(*index, headByMessageId(*index, "gtube-1@example.net")),
                 QStringLiteral("SpamAssassin: spam (score 1002.6; 5.0 or more is spam), decided in 15.0 seconds; "
                                "refused."));
        // The bare reject line, e.g. on the Problems list.
        QCOMPARE(int(Diagnosis::diagnose("milter-reject: END-OF-MESSAGE from unknown[192.0.2.2]: 5.7.1 Blocked by "
                                         "SpamAssassin; from=<spammer@example.net>",
                                         Diagnosis::Context::Line)
                         .problem),
                 int(Diagnosis::Problem::RejectedAsSpam));
    }
};

QTEST_GUILESS_MAIN(TestSpamLog)
#include "test_spamlog.moc"
