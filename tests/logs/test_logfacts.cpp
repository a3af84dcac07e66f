// SPDX-License-Identifier: GPL-2.0-or-later
// LogFacts, gathered in the summary's pass, must say what the journey index says of the same log:
// the line counts, every login event (line, time, host, user, address, result), the same
// LoginAnalysis, and "no SpamAssassin" only for logs whose spam totals are all zero — in one
// pass and in ranges counted on several threads.
#include "../bench/bench_logs_generator.h"
#include "logs/journeybuilder.h"
#include "logs/logfacts.h"
#include "logs/loginanalysis.h"
#include "logs/logindex.h"
#include "logs/logsourceset.h"
#include "logs/logsummary.h"
#include "logs/spamtotals.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Mailroom;

namespace {
const QDate reference(2026, 12, 31);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray generatedLog(qint64 bytes, bool small)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Bench::LogGeneratorOptions options;
    options.targetBytes = bytes;
    options.seed = 7;
    options.smallMessages = small;
    Bench::generateMailLog(&buffer, options);
    return buffer.data();
}

std::shared_ptr<const LogIndex> indexOf(const QList<QByteArray> &texts)
{
    auto sources = std::make_shared<LogSourceSet>();
    for (const QByteArray &text : texts) {
        sources->addBuffer(QStringLiteral("maillog"), text);
    }
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.processAll();
    return builder.finish();
}

// The facts of the texts, counted in ranges of at least minRange bytes on up to `threads` threads.
std::unique_ptr<LogSummary> summaryOf(const QList<QByteArray> &texts, int threads, qint64 minRange)
{
    auto summary = std::make_unique<LogSummary>();
    summary->setCollectFacts(true);
    std::vector<LogSummary::TextPart> parts;
    for (const QByteArray &text : texts) {
        parts.push_back({text, reference});
    }
    summary->addTexts(parts, threads, nullptr, minRange);
    return summary;
}

QString describe(const LoginEvent &e, const std::function<QByteArrayView(TextRef)> &text)
{
    return QStringLiteral("line %1 time %2 host %3 service %4 result %5 attempts %6 user '%7' address '%8'")
        .arg(e.line)
        .arg(e.time)
        .arg(e.host)
        .arg(int(e.service))
        .arg(int(e.result))
        .arg(e.attempts)
        .arg(QString::fromUtf8(text(e.user)), QString::fromUtf8(text(e.address)));
}

void compare(const LogFacts &facts, const LogIndex &index)
{
    QCOMPARE(facts.lines(), quint64(index.lines().size()));
    QCOMPARE(facts.unparsedLines(), index.lineCount(LineKind::Unparsed));
    QCOMPARE(facts.logins().size(), index.logins().size());
    for (size_t i = 0; i < facts.logins().size(); ++i) {
        QCOMPARE(describe(facts.logins()[i], [&](TextRef r) { return facts.text(r); }),
                 describe(index.logins()[i], [&](TextRef r) { return index.text(r); }));
    }
    QCOMPARE(QJsonDocument(LoginAnalysis(facts).toJson()).toJson(),
             QJsonDocument(LoginAnalysis(index).toJson()).toJson());
    if (!facts.mentionsSpamAssassin()) {
        QVERIFY(SpamTotals::of(index).isEmpty());
    }
}
} // namespace

class TestLogFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsTheIndex_data()
    {
        QTest::addColumn<QList<QByteArray>>("texts");
        QTest::addColumn<bool>("spamAssassin");
        for (const char *name : {"basic", "logins", "rfc3339-multihost", "rotation", "spam"}) {
            const QString path = QFINDTESTDATA(QStringLiteral("../data/logs/%1/maillog").arg(QLatin1String(name)));
            QTest::newRow(name) << QList<QByteArray> {readFile(path)} << (QByteArrayView(name) == "spam");
        }
        // A log and its rotation, a last line without its end, an empty line and a line that is
        // no syslog line at all.
        const QString rotated = QFINDTESTDATA("../data/logs/rotation/maillog");
        QTest::newRow("two sources") << QList<QByteArray> {readFile(rotated), readFile(rotated).chopped(1)} << false;
        QTest::newRow("unparsed lines") << QList<QByteArray> {"\nnot a syslog line\n" + readFile(rotated) + "\r\n"}
                                        << false;
        QTest::newRow("generated") << QList<QByteArray> {generatedLog(1024 * 1024, false)} << false;
        QTest::newRow("generated, small messages") << QList<QByteArray> {generatedLog(512 * 1024, true)} << false;
    }
    void sameAsTheIndex()
    {
        QFETCH(QList<QByteArray>, texts);
        QFETCH(bool, spamAssassin);
        const auto index = indexOf(texts);
        for (int threads : {1, 2, 3, 4}) {
            const auto summary = summaryOf(texts, threads, 1);
            compare(*summary->facts(), *index);
            if (QTest::currentTestFailed()) {
                qWarning("with %d threads", threads);
                return;
            }
            QCOMPARE(summary->facts()->mentionsSpamAssassin(), spamAssassin);
        }
    }

    // The generated logs have logins (SASL submissions, Dovecot): the comparison is not empty.
    void generatedLogHasLogins()
    {
        const auto summary = summaryOf({generatedLog(1024 * 1024, false)}, 2, 1);
        QVERIFY(summary->facts()->logins().size() > 100);
    }

    // Only a spamd line or a reject naming SpamAssassin counts; a message that only mentions it does not.
    void spamAssassinTrace_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("trace");
        QTest::newRow("spamd") << QByteArray("Dec  6 10:00:00 mx1 spamd[812]: spamd: clean message (1.2/5.0) for "
                                             "bob:1000 in 0.8 seconds, 512 bytes.")
                               << true;
        QTest::newRow("milter reject") << QByteArray(
            "Dec  6 10:00:00 mx1 postfix/cleanup[901]: 4Kc9Dq0Sx5z9rxH: milter-reject: END-OF-MESSAGE from "
            "unknown[192.0.2.2]: 5.7.1 Blocked by SpamAssassin; from=<a@example.net> to=<bob@example.org>")
                                       << true;
        QTest::newRow("NOQUEUE reject") << QByteArray(
            "Dec  6 10:00:00 mx1 postfix/smtpd[901]: NOQUEUE: milter-reject: END-OF-MESSAGE from "
            "unknown[192.0.2.2]: 5.7.1 Blocked by SpamAssassin; from=<a@example.net> to=<bob@example.org>")
                                        << true;
        QTest::newRow("other reject") << QByteArray(
            "Dec  6 10:00:00 mx1 postfix/smtpd[901]: NOQUEUE: reject: RCPT from unknown[192.0.2.2]: 554 5.7.1 "
            "<bob@example.org>: Relay access denied; from=<a@example.net> to=<bob@example.org>")
                                      << false;
        QTest::newRow("mentioned") << QByteArray("Dec  6 10:00:00 mx1 postfix/qmgr[901]: 4Kc9Dq0Sx5z9rxH: "
                                                 "from=<SpamAssassin@example.net>, size=100, nrcpt=1 (queue active)")
                                   << false;
    }
    void spamAssassinTrace()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, trace);
        const auto summary = summaryOf({line + '\n'}, 1, 1);
        QCOMPARE(summary->facts()->mentionsSpamAssassin(), trace);
    }

    // Facts are off unless asked for.
    void offByDefault()
    {
        LogSummary summary;
        summary.addText("Dec  6 10:00:00 mx1 postfix/qmgr[901]: 4Kc9Dq0Sx5z9rxH: removed\n", reference);
        QVERIFY(!summary.facts());
    }
};

QTEST_GUILESS_MAIN(TestLogFacts)
#include "test_logfacts.moc"
