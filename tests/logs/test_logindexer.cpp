// SPDX-License-Identifier: GPL-2.0-or-later
#include "../bench/bench_logs_generator.h"
#include "journeyrowtexts.h"
#include "logs/journeymodel.h"
#include "logs/logindex.h"
#include "logs/logindexer.h"
#include "logs/logsummary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Mailroom;

class TestLogIndexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexesOffTheCallingThreadInBatches()
    {
        LogIndexer indexer;
        indexer.setChunkSize(1024); // several progress steps and batches for a small file
        JourneyModel model;
        QThread *workerThread = nullptr;
        connect(&indexer, &LogIndexer::batchReady, &model,
                [&](const std::shared_ptr<const LogSourceSet> &sources, const QList<JourneyRow> &rows) {
                    QCOMPARE(QThread::currentThread(), qApp->thread());
                    model.appendRows(sources, rows);
                });
        connect(
            &indexer, &LogIndexer::progress, &indexer, [&] { workerThread = QThread::currentThread(); },
            Qt::DirectConnection);
        QSignalSpy progress(&indexer, &LogIndexer::progress);
        QSignalSpy batches(&indexer, &LogIndexer::batchReady);
        QSignalSpy finished(&indexer, &LogIndexer::finished);
        QVERIFY(indexer.start({QFINDTESTDATA("../data/logs/basic/maillog")}, QDate(2024, 3, 26)));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); // wait() would miss an emission before it
        QVERIFY(workerThread && workerThread != qApp->thread());
        QVERIFY(progress.count() > 3);
        QVERIFY(batches.count() > 1);
        const auto last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
        const auto index = finished.first().at(0).value<std::shared_ptr<const LogIndex>>();
        const auto summary = finished.first().at(1).value<std::shared_ptr<const LogSummary>>();
        QVERIFY(index && summary);
        // Every journey arrives exactly once across the batches. The spies record on the worker
        // thread; the rows reach the model queued on this one, maybe after finished() was seen.
        QTRY_COMPARE(model.rowCount(), int(index->chainHeads().size()));
        QCoreApplication::processEvents(); // (every batch was posted before finished: none is left)
        QCOMPARE(model.rowCount(), int(index->chainHeads().size()));
        QCOMPARE(summary->received(), 12.0);
    }

    // The rows handed over with finished() (batch rows reused unless their message changed later,
    // as a session's last lines after a NOQUEUE rejection change it) are the ones setIndex computes.
    void finalRowsEqualRowsComputedAnew()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        Bench::LogGeneratorOptions options;
        options.targetBytes = 3 * 1024 * 1024;
        options.seed = 5;
        QDate reference;
        QVERIFY(Bench::generateMailLog(&out, options, &reference) > 10000);
        out.close();
        LogIndexer indexer;
        indexer.setChunkSize(64 * 1024);
        QSignalSpy batches(&indexer, &LogIndexer::batchReady);
        QSignalSpy finished(&indexer, &LogIndexer::finished);
        QVERIFY(indexer.start({path}, reference));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(batches.count() > 10);
        const auto index = finished.first().at(0).value<std::shared_ptr<const LogIndex>>();
        const auto rows = finished.first().at(2).value<QList<JourneyRow>>();
        QVERIFY(rows.size() > 1000);
        JourneyModel handedOver, computed;
        handedOver.setIndex(index, rows);
        computed.setIndex(index);
        QCOMPARE(journeyRowTexts(handedOver), journeyRowTexts(computed));
    }

    // The summary tab's totals come before the journeys, complete: the summary handed over
    // first is the finished one, with the same report as one thread's count of the log.
    void summaryBeforeJourneys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        Bench::LogGeneratorOptions options;
        options.targetBytes = 9 * 1024 * 1024; // more than one range per thread of addTexts()
        QDate reference;
        QVERIFY(Bench::generateMailLog(&out, options, &reference) > 0);
        out.close();
        LogIndexer indexer;
        indexer.setChunkSize(256 * 1024);
        QStringList order;
        std::shared_ptr<const LogSummary> early;
        connect(
            &indexer, &LogIndexer::summaryReady, &indexer,
            [&](const std::shared_ptr<const LogSummary> &summary) {
                order << QStringLiteral("summary");
                early = summary;
            },
            Qt::DirectConnection);
        connect(
            &indexer, &LogIndexer::batchReady, &indexer, [&] { order << QStringLiteral("batch"); },
            Qt::DirectConnection);
        QSignalSpy finished(&indexer, &LogIndexer::finished);
        QVERIFY(indexer.start({path}, reference));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(order.size() > 2);
        QCOMPARE(order.first(), QStringLiteral("summary"));
        QCOMPARE(order.count(QStringLiteral("summary")), 1);
        const auto summary = finished.first().at(1).value<std::shared_ptr<const LogSummary>>();
        QCOMPARE(summary, early);
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        LogSummary one;
        one.addText(in.readAll(), reference);
        QVERIFY(one.received() > 1000);
        QCOMPARE(summary->pflogsummReport(), one.pflogsummReport());
    }

    void reportsUnreadableFiles()
    {
        LogIndexer indexer;
        QSignalSpy failed(&indexer, &LogIndexer::failed);
        QSignalSpy finished(&indexer, &LogIndexer::finished);
        QVERIFY(indexer.start({QStringLiteral("/nonexistent/maillog")}));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("/nonexistent/maillog")));
        QCOMPARE(finished.count(), 0);
    }

    void cancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: from=<a@b.example>, size=1, "
                                "nrcpt=1 (queue active)\n";
        for (int i = 0; i < 200000; ++i) {
            f.write(line);
        }
        f.close();
        LogIndexer indexer;
        indexer.setChunkSize(4096);
        QSignalSpy canceled(&indexer, &LogIndexer::canceled);
        QSignalSpy finished(&indexer, &LogIndexer::finished);
        // Cancel from the worker itself on its first progress step, so the test does not race it.
        connect(&indexer, &LogIndexer::progress, &indexer, [&] { indexer.cancel(); }, Qt::DirectConnection);
        QVERIFY(indexer.start({path}));
        QTRY_VERIFY_WITH_TIMEOUT(!canceled.isEmpty(), 10000);
        QVERIFY(indexer.wait(10000));
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogIndexer)
#include "test_logindexer.moc"
