// SPDX-License-Identifier: GPL-2.0-or-later
// bench_logs_follow — how long a line appended to a followed mail log takes to reach the journeys
// table, on a big log (target ≤ 250 ms).
//
//   bench_logs_follow PATH [--size 256M] [--lines 40] [--reuse]
//
// Writes a generated Postfix log of the given size to PATH, indexes it the way the Logs page does
// (LogIndexer with a follower), fills a JourneyModel, then appends real lines to the file, one
// message at a time from another thread, and times each from the write to the moment the model
// shows the message's new row or new status. Polling happens every 100 ms as in the GUI.
#include "bench_logs_generator.h"
#include "logs/journeymodel.h"
#include "logs/logfollower.h"
#include "logs/logindex.h"
#include "logs/logindexer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Mailroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    qint64 size = 256LL * 1024 * 1024;
    int count = 40;
    bool reuse = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            QString t = args[++i].toUpper();
            qint64 factor = t.endsWith(QLatin1Char('G')) ? 1LL << 30 : t.endsWith(QLatin1Char('M')) ? 1LL << 20 : 1;
            if (factor != 1) {
                t.chop(1);
            }
            size = qint64(t.toDouble() * double(factor));
        } else if (a == QLatin1String("--lines") && i + 1 < args.size()) {
            count = std::max(1, args[++i].toInt());
        } else if (a == QLatin1String("--reuse")) {
            reuse = true;
        } else if (!a.startsWith(QLatin1String("--")) && path.isEmpty()) {
            path = a;
        } else {
            std::fprintf(stderr, "usage: bench_logs_follow PATH [--size 256M] [--lines 40] [--reuse]\n");
            return 2;
        }
    }
    if (path.isEmpty() || size <= 0) {
        std::fprintf(stderr, "usage: bench_logs_follow PATH [--size 256M] [--lines 40] [--reuse]\n");
        return 2;
    }
    if (!(reuse && QFile::exists(path))) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_logs_follow: cannot write %s\n", qPrintable(path));
            return 1;
        }
        Bench::LogGeneratorOptions options;
        options.targetBytes = size;
        Bench::generateMailLog(&out, options);
    }

    QElapsedTimer timer;
    timer.start();
    LogIndexer indexer;
    indexer.setFollowable(true);
    JourneyModel model;
    std::shared_ptr<LogFollower> follower;
    std::shared_ptr<const LogIndex> index;
    QObject::connect(&indexer, &LogIndexer::finished, &app,
                     [&](const std::shared_ptr<const LogIndex> &i, const auto &) { index = i; });
    QObject::connect(&indexer, &LogIndexer::followerReady, &app, [&](const std::shared_ptr<LogFollower> &f) {
        follower = f;
        app.quit();
    });
    indexer.start({path});
    app.exec();
    if (!follower || !index) {
        std::fprintf(stderr, "bench_logs_follow: indexing failed\n");
        return 1;
    }
    model.setIndex(index);
    std::printf("indexed     %.1f MiB, %lld lines, %d journeys in %.2f s (with the table's rows)\n",
                double(QFileInfo(path).size()) / 1048576.0, static_cast<long long>(index->lines().size()),
                model.rowCount(), double(timer.elapsed()) / 1000);
    QObject::connect(follower.get(), &LogFollower::journeysChanged, &model,
                     [&](const QList<quint32> &journeys) { model.updateJourneys(index, journeys); });
    follower->watchFile(path, QFileInfo(path).size(), 100); // as LogsPage does

    // Each round: a new message (pickup line) must appear as a new row, then its delivery must
    // turn the row to "sent". The writer is another thread, as syslog would be another process.
    std::vector<double> latencies;
    QFile log(path);
    if (!log.open(QIODevice::Append)) {
        std::fprintf(stderr, "bench_logs_follow: cannot append to %s\n", qPrintable(path));
        return 1;
    }
    const quint32 runTag = QRandomGenerator::global()->generate() & 0x7FFFFF;
    for (int round = 0; round < count; ++round) {
        // Queue ids new to the file: with --reuse it still holds the lines earlier runs appended,
        // whose rows must not count as this run's.
        const QByteArray qid
            = QByteArray::number((quint64(1) << 39) | (quint64(runTag) << 16) | quint64(round & 0xFFFF), 16).toUpper();
        const QByteArray lines[2] = {
            "Dec 31 23:59:00 mail postfix/pickup[820]: " + qid + ": uid=1000 from=<follow>\n",
            "Dec 31 23:59:01 mail postfix/local[830]: " + qid
                + ": to=<bob@mydomain.example>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent "
                  "(delivered to mailbox)\n",
        };
        for (int step = 0; step < 2; ++step) {
            auto seen = [&] {
                for (int r = model.rowCount() - 1; r >= std::max(0, model.rowCount() - 50); --r) {
                    const JourneyRow &row = model.row(r);
                    if (!row.queueIds.isEmpty() && model.text(row.queueIds.first()) == QString::fromLatin1(qid)) {
                        return step == 0 || row.status == JourneyStatus::Sent;
                    }
                }
                return false;
            };
            // Land between two polls at a random moment, like a line written by syslog.
            QThread::msleep(uint(37 * round % 100));
            QElapsedTimer t;
            QThread *writer = QThread::create([&] {
                log.write(lines[step]);
                log.flush();
                t.start();
            });
            writer->start();
            writer->wait();
            delete writer;
            while (!seen() && t.elapsed() < 5000) {
                app.processEvents(QEventLoop::WaitForMoreEvents, 5);
            }
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!seen()) {
                std::printf("round %d: the line did not reach the table within 5 s\n", round);
                return 1;
            }
            latencies.push_back(ms);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const double worst = latencies.back();
    std::printf("follow      %zu appended lines: new line to table median %.1f ms, 95th percentile %.1f ms, worst "
                "%.1f ms (target ≤ 250 ms): %s\n",
                latencies.size(), latencies[latencies.size() / 2], latencies[latencies.size() * 95 / 100], worst,
                worst <= 250 ? "MET" : "NOT MET");
    return worst <= 250 ? 0 : 1;
}
