// SPDX-License-Identifier: GPL-2.0-or-later
// Following a growing log: lines appended in pieces of any size (cut anywhere, even inside a
// line) end up in the same journeys, totals, line numbers and table rows as reading the whole
// log at once.
#include "../bench/bench_logs_generator.h"
#include "journeyrowtexts.h"
#include "logs/journeybuilder.h"
#include "logs/journeyjson.h"
#include "logs/journeymodel.h"
#include "logs/logfollower.h"
#include "logs/logindex.h"
#include "logs/logindexer.h"
#include "logs/logsummary.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

using namespace Mailroom;

namespace {
QByteArray readAll(const QStringList &files)
{
    LogSourceSet sources;
    QByteArray all;
    for (const QString &file : files) {
        QString error;
        if (!sources.addFile(file, &error)) {
            qWarning() << error;
            return {};
        }
        all += sources.data(sources.count() - 1).toByteArray();
    }
    return all;
}

QJsonObject wholeReport(const QByteArray &text, QDate reference)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), text);
    LogSummary summary;
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.setSummary(&summary);
    builder.processAll();
    return JourneyJson::report(*builder.finish(), &summary);
}

// Rows as text, sorted: the followed table and one built anew list the same rows, not
// necessarily in the same order.
QStringList sortedRowTexts(const JourneyModel &model)
{
    QStringList rows = journeyRowTexts(model);
    rows.sort();
    return rows;
}
} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsReadingAtOnce_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("seed");
        const QString data = QFINDTESTDATA("../data/logs");
        for (int seed : {1, 2, 3}) {
            QTest::addRow("basic-%d", seed)
                << QStringList {data + QStringLiteral("/basic/maillog")} << QDate(2024, 3, 26) << seed;
            QTest::addRow("multihost-%d", seed)
                << QStringList {data + QStringLiteral("/rfc3339-multihost/maillog")} << QDate(2024, 3, 26) << seed;
            QTest::addRow("rotation-%d", seed)
                << LogSourceSet::withRotations(data + QStringLiteral("/rotation/maillog")) << QDate(2025, 1, 2) << seed;
        }
    }
    void sameAsReadingAtOnce()
    {
        QFETCH(QStringList, files);
        QFETCH(QDate, reference);
        QFETCH(int, seed);
        const QByteArray all = readAll(files);
        QVERIFY(all.size() > 1000);
        std::mt19937 rng(seed);
        // The first part ends after a whole line, as a log writer leaves it; the rest comes in
        // pieces cut anywhere.
        const qsizetype cut = all.indexOf('\n', std::uniform_int_distribution<qsizetype>(0, all.size() / 2)(rng)) + 1;
        auto sources = std::make_shared<LogSourceSet>();
        sources->addBuffer(QStringLiteral("maillog"), all.first(cut));
        auto summary = std::make_shared<LogSummary>();
        auto builder = std::make_unique<JourneyBuilder>(sources);
        builder->setReferenceDate(reference);
        builder->setSummary(summary.get(), true);
        builder->processAll();
        LogFollower follower(sources, std::move(builder), summary);

        JourneyModel model;
        QAbstractItemModelTester tester(&model);
        model.setIndex(follower.index());
        connect(&follower, &LogFollower::journeysChanged, &model,
                [&](const QList<quint32> &journeys) { model.updateJourneys(follower.index(), journeys); });
        QSignalSpy changed(&follower, &LogFollower::journeysChanged);
        for (qsizetype at = cut; at < all.size();) {
            const qsizetype piece
                = std::min<qsizetype>(all.size() - at, std::uniform_int_distribution<int>(1, 300)(rng));
            follower.append(QByteArrayView(all).sliced(at, piece));
            at += piece;
        }
        QVERIFY(!changed.isEmpty());

        const QJsonObject expected = wholeReport(all, reference);
        const QJsonObject actual = JourneyJson::report(*follower.index(), follower.summary().get());
        if (actual != expected) {
            QFile out(QDir::temp().filePath(
                QStringLiteral("follower-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()))));
            if (out.open(QIODevice::WriteOnly)) {
                out.write(QJsonDocument(actual).toJson());
            }
            QFAIL(qPrintable(QStringLiteral("reports differ; ours is in %1").arg(out.fileName())));
        }
        QCOMPARE(follower.summary()->pflogsummReport(), [&] {
            auto s = std::make_shared<LogSourceSet>();
            s->addBuffer(QStringLiteral("maillog"), all);
            LogSummary whole;
            JourneyBuilder b(s);
            b.setReferenceDate(reference);
            b.setSummary(&whole);
            b.processAll();
            return whole.pflogsummReport();
        }());

        // The table kept up to date row by row equals one built from the final index.
        JourneyModel fresh;
        fresh.setIndex(follower.index());
        QCOMPARE(sortedRowTexts(model), sortedRowTexts(fresh));
    }

    // Big ranges are split and parsed on a second thread while this one groups: the index must
    // be the one that reading the same bytes line by line on one thread gives.
    void pipelinedReadEqualsLineByLine()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        Bench::LogGeneratorOptions options;
        options.targetBytes = 6 * 1024 * 1024;
        options.seed = 11;
        QDate reference;
        QVERIFY(Bench::generateMailLog(&buffer, options, &reference) > 10000);
        QByteArray all = buffer.data();
        // Lines without a timestamp and CRLF endings at places the blocks may be cut.
        for (qsizetype at = 100000; at < all.size(); at += 250007) {
            const qsizetype nl = all.indexOf('\n', at);
            if (nl < 0) {
                break;
            }
            all.insert(nl + 1, "  continuation without a timestamp\r\n");
        }
        all.append("Mar  9 10:00:00 mx1 postfix/qmgr[1]: 1A2B3C4D5E: removed"); // no final newline
        auto sources = std::make_shared<LogSourceSet>();
        sources->addBuffer(QStringLiteral("maillog"), all);

        LogSummary wholeSummary;
        JourneyBuilder whole(sources);
        whole.setReferenceDate(reference);
        whole.setSummary(&wholeSummary, true);
        whole.processAll();
        const auto pipelined = whole.finish();

        LogSummary pieceSummary;
        JourneyBuilder pieces(sources);
        pieces.setReferenceDate(reference);
        pieces.setSummary(&pieceSummary);
        for (qint64 at = 0; at < all.size();) {
            const qint64 next = pieces.process(0, at, 40000); // each piece below the pipeline's size
            QVERIFY(next > at);
            at = next;
        }
        const auto lineByLine = pieces.finish();

        QCOMPARE(pipelined->lines().size(), lineByLine->lines().size());
        for (size_t i = 0; i < pipelined->lines().size(); ++i) {
            const LogLine &a = pipelined->lines()[i];
            const LogLine &b = lineByLine->lines()[i];
            if (a.offset != b.offset || a.length != b.length || a.kind != b.kind || a.host != b.host
                || a.time != b.time) {
                QFAIL(qPrintable(QStringLiteral("line %1 differs").arg(i)));
            }
        }
        QVERIFY(pipelined->lineCount(LineKind::Unparsed) > 10);
        QVERIFY(pipelined->journeys().size() > 1000);
        QCOMPARE(pipelined->journeys().size(), lineByLine->journeys().size());
        QCOMPARE(JourneyJson::report(*pipelined, &wholeSummary), JourneyJson::report(*lineByLine, &pieceSummary));
        QCOMPARE(wholeSummary.pflogsummReport(), pieceSummary.pflogsummReport());
    }

    void watchesAFileAndHandsOverFromTheIndexer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Mar 25 08:01:11 mail postfix/pickup[820]: 4B1C22A0F3: uid=1000 from=<alice>\n");
        f.close();
        LogIndexer indexer;
        indexer.setFollowable(true);
        QSignalSpy ready(&indexer, &LogIndexer::followerReady);
        QVERIFY(indexer.start({path}, QDate(2024, 3, 26)));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        const auto follower = ready.first().at(0).value<std::shared_ptr<LogFollower>>();
        QVERIFY(follower);
        QCOMPARE(follower->thread(), QThread::currentThread());
        QCOMPARE(follower->index()->lines().size(), size_t(1));
        QSignalSpy changed(follower.get(), &LogFollower::journeysChanged);
        QSignalSpy replaced(follower.get(), &LogFollower::fileReplaced);
        follower->watchFile(path, QFileInfo(path).size(), 10);
        QVERIFY(f.open(QIODevice::Append));
        f.write("Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@mail.example>, size=300, nrcpt=1 "
                "(queue active)\nMar 25 08:01:12 mail postfix/local[830]: 4B1C22A0F3: to=<bob@mail.example>, ");
        f.flush();
        // A line without its end waits; the first one is read.
        QTRY_COMPARE_WITH_TIMEOUT(follower->index()->lines().size(), size_t(2), 5000);
        f.write("relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)\n");
        f.flush();
        QTRY_COMPARE_WITH_TIMEOUT(follower->index()->lines().size(), size_t(3), 5000);
        QCOMPARE(follower->index()->lineNumber(2), 3u);
        QCOMPARE(follower->index()->chainStatus(0), JourneyStatus::Sent);
        QVERIFY(!changed.isEmpty());
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // rotated: start over
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(!replaced.isEmpty(), 5000);
        QVERIFY(!follower->isWatching());
    }
};

QTEST_GUILESS_MAIN(TestLogFollower)
#include "test_logfollower.moc"
