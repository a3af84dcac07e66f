// SPDX-License-Identifier: GPL-2.0-or-later
// bench_mail — how fast Mailroom lists a big mbox, compared with s-nail.
//
//   bench_mail [--messages N] [--megabytes M] [--file PATH] [--no-snail]
//
// Generates (once, deterministically) an mbox of N messages totalling about M MiB (default
// 100000 messages, 1024 MiB, /var/tmp/bench_mail.mbox), then in the same run measures:
//  * time to the first batch of rows through MailboxLoader (what the GUI shows first; target ≤150 ms);
//  * the full listing: index + decode + print every row like `mailroomctl mbox list` (to /dev/null);
//  * `s-nail -n -R -H -f FILE` (the header summary of every message, non-interactive, to /dev/null);
//  * index memory per message: MessageTable::memoryUsage() and the RssAnon growth, which
//    excludes the mapped file (target ≤400 bytes);
//  * the longest the calling (UI) thread goes without running its event loop while the loader
//    indexes and while a BodySearch reads every body (target ≤50 ms), measured with a 5 ms timer;
// and prints the ratio s-nail / Mailroom (target ≥10). Both runs read a warm page cache: the
// file is read once before timing.
#include "mail/bodysearch.h"
#include "mail/mailboxloader.h"
#include "mail/mboxindexer.h"
#include "mail/messagelistmodel.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace Mailroom;

namespace {
struct Rng
{
    quint64 s = 0x9e3779b97f4a7c15ULL;
    quint64 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return int(next() % quint64(n)); }
};

const char *const words[]
    = {"mail",     "server",  "postfix", "queue",   "relay",  "from",   "the",    "report", "status",
       "delivery", "message", "alice",   "bob",     "weekly", "update", "config", "log",    "daemon",
       "backup",   "disk",    "network", "latency", "quota",  "tls",    "dns",    "spam",   "filter"};
const char *const encodedSubjects[]
    = {"=?UTF-8?B?5pyN5Yqh5Zmo57u05oqk6YCa55+l?=", "=?GB2312?B?u+HS6bzN0qo=?= - weekly sync",
       "=?koi8-r?B?8NLJ18XU?= again", "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "=?big5?Q?=A7A=A6n?="};

QByteArray sentence(Rng &rng, int nwords)
{
    QByteArray s;
    for (int i = 0; i < nwords; ++i) {
        if (i) {
            s += ' ';
        }
        s += words[rng.below(int(std::size(words)))];
    }
    return s;
}

bool generate(const QString &path, int messages, qint64 bytes)
{
    QFile f(path + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    Rng rng;
    const qint64 average = bytes / messages;
    QByteArray buf;
    buf.reserve(4 << 20);
    for (int n = 0; n < messages; ++n) {
        const int day = 1 + n % 28;
        QByteArray m = "From user" + QByteArray::number(n % 97) + "@example.org  Mon Apr "
            + QByteArray::number(day).rightJustified(2, ' ') + " 10:" + QByteArray::number(10 + n % 50) + ":00 2024\n";
        m += "Return-Path: <user" + QByteArray::number(n % 97) + "@example.org>\n";
        m += "Received: from mx.example.org (mx.example.org [192.0.2.1])\n\tby demo-server.mydomain.com (Postfix) with "
             "ESMTP id "
            + QByteArray::number(rng.next() % 1000000000, 16).toUpper()
            + "\n\tfor <alice@demo-server.mydomain.com>; Mon, " + QByteArray::number(day)
            + " Apr 2024 10:00:00 +0000 (UTC)\n";
        m += n % 5 == 0
            ? QByteArray("From: =?UTF-8?B?5byg5LiJ?= <zhang" + QByteArray::number(n % 31) + "@example.cn>\n")
            : "From: User " + QByteArray::number(n % 97) + " <user" + QByteArray::number(n % 97) + "@example.org>\n";
        m += "To: Alice <alice@demo-server.mydomain.com>\n";
        m += "Subject: " + (n % 4 == 0 ? QByteArray(encodedSubjects[n % 5]) : sentence(rng, 3 + rng.below(6))) + "\n";
        m += "Date: Mon, " + QByteArray::number(day) + " Apr 2024 10:" + QByteArray::number(10 + n % 50)
            + ":00 +0800\n";
        m += "Message-ID: <" + QByteArray::number(n) + ".bench@example.org>\n";
        if (n % 3 == 1) {
            m += "In-Reply-To: <" + QByteArray::number(n - 1) + ".bench@example.org>\nReferences: <"
                + QByteArray::number(n - 1) + ".bench@example.org>\n";
        }
        m += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
        if (n % 2 == 0) {
            m += "Status: RO\n";
        }
        m += '\n';
        const qint64 target = std::max<qint64>(200, average / 2 + rng.below(int(std::max<qint64>(1, average))));
        while (m.size() < target) {
            if (rng.below(50) == 0) {
                m += ">From the archives: ";
            }
            m += sentence(rng, 10) + '\n';
        }
        m += '\n';
        buf += m;
        if (buf.size() > (4 << 20)) {
            if (f.write(buf) != buf.size()) {
                return false;
            }
            buf.clear();
        }
    }
    if (f.write(buf) != buf.size()) {
        return false;
    }
    f.close();
    return QFile::rename(path + QStringLiteral(".tmp"), path);
}

qint64 rssAnonKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("RssAnon:")) {
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void warm(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.read(8 << 20).isEmpty()) { }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int messages = 100000;
    qint64 megabytes = 1024;
    QString path = QStringLiteral("/var/tmp/bench_mail.mbox");
    bool snail = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages") && i + 1 < args.size()) {
            messages = args.at(++i).toInt();
        } else if (args.at(i) == QLatin1String("--megabytes") && i + 1 < args.size()) {
            megabytes = args.at(++i).toLongLong();
        } else if (args.at(i) == QLatin1String("--file") && i + 1 < args.size()) {
            path = args.at(++i);
        } else if (args.at(i) == QLatin1String("--no-snail")) {
            snail = false;
        } else {
            std::fprintf(stderr, "usage: bench_mail [--messages N] [--megabytes M] [--file PATH] [--no-snail]\n");
            return 2;
        }
    }
    const qint64 bytes = megabytes << 20;
    const QString stamp = path + QStringLiteral(".params");
    const QByteArray params = QByteArray::number(messages) + ' ' + QByteArray::number(bytes) + " v1";
    QFile stampFile(stamp);
    const bool fresh
        = !QFileInfo::exists(path) || !stampFile.open(QIODevice::ReadOnly) || stampFile.readAll() != params;
    stampFile.close();
    if (fresh) {
        QElapsedTimer t;
        t.start();
        std::printf("generating %d messages, ~%lld MiB in %s ...\n", messages, qint64(megabytes), qPrintable(path));
        std::fflush(stdout);
        if (!generate(path, messages, bytes)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        QFile s(stamp);
        if (s.open(QIODevice::WriteOnly)) {
            s.write(params);
        }
        std::printf("generated in %.1f s\n", t.elapsed() / 1000.0);
    }
    const qint64 fileSize = QFileInfo(path).size();
    warm(path);

    // 1. The full listing (first, so RssAnon growth is not hidden by memory the loader freed), as `mailroomctl mbox
    // list` prints it.
    const qint64 anonBefore = rssAnonKb();
    MessageTable table;
    QElapsedTimer t;
    t.start();
    MboxIndexer indexer(path);
    indexer.setBatchSizes(100000, 100000);
    if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
        std::fprintf(stderr, "%s\n", qPrintable(indexer.errorString()));
        return 1;
    }
    const qint64 indexMs = t.elapsed();
    const qint64 anonAfter = rssAnonKb();
    FILE *devnull = std::fopen("/dev/null", "w");
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QDateTime d = table.date(i);
        const QByteArray line
            = QStringLiteral("%1 %2 %3  %4  %5\n")
                  .arg(i + 1)
                  .arg(QLatin1Char(MessageStatus::letter(table.flags(i))))
                  .arg(d.toString(QStringLiteral("yyyy-MM-dd HH:mm")), table.fromDisplay(i), table.subject(i))
                  .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), devnull);
    }
    std::fclose(devnull);
    const qint64 listMs = t.elapsed();

    // The longest gap between two ticks of a 5 ms timer on this (the "UI") thread.
    QElapsedTimer tick;
    qint64 maxGapMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] { maxGapMs = std::max(maxGapMs, tick.restart()); });

    // 2. Time to first rows, through the loader as the GUI uses it.
    qint64 firstBatchMs = -1;
    qint64 firstBatchRows = 0;
    qint64 loaderTotalMs = -1;
    qint64 loaderMaxGapMs = 0;
    {
        MailboxLoader loader;
        MessageListModel model; // batches are applied on this thread, as in the GUI
        QElapsedTimer t;
        QObject::connect(&loader, &MailboxLoader::batchReady, &app,
                         [&](const MessageBatch &) { maxGapMs = std::max(maxGapMs, tick.restart()); });
        QObject::connect(&loader, &MailboxLoader::batchReady, &model, &MessageListModel::applyBatch);
        QObject::connect(&loader, &MailboxLoader::batchReady, &app, [&](const MessageBatch &b) {
            if (firstBatchMs < 0) {
                firstBatchMs = t.elapsed();
                firstBatchRows = b.entries.size();
            }
        });
        QObject::connect(&loader, &MailboxLoader::finished, &app, [&] {
            loaderTotalMs = t.elapsed();
            app.quit();
        });
        t.start();
        tick.start();
        maxGapMs = 0;
        ticker.start();
        loader.open(path);
        app.exec();
        ticker.stop();
        loaderMaxGapMs = maxGapMs;
    }

    // 3. A body search over every message, in its worker, as the GUI starts it.
    qint64 searchStartMs = -1;
    qint64 searchMs = -1;
    qint64 searchHits = -1;
    {
        BodySearch search;
        QElapsedTimer t;
        QObject::connect(&search, &BodySearch::finished, &app, [&](const QBitArray &hits) {
            searchMs = t.elapsed();
            searchHits = hits.count(true);
            app.quit();
        });
        t.start();
        tick.start();
        maxGapMs = 0;
        ticker.start();
        search.start(path, false, table, {QStringLiteral("zzyzx-not-there")});
        searchStartMs = t.elapsed();
        app.exec();
        ticker.stop();
    }

    std::printf("\nfile: %s, %lld bytes, %lld messages\n", qPrintable(path), fileSize, qint64(table.size()));
    std::printf("first batch of rows (MailboxLoader): %lld ms (%lld rows); whole load %lld ms   [target <= 150 ms]\n",
                firstBatchMs, firstBatchRows, loaderTotalMs);
    std::printf("mailroom index: %lld ms; index + full listing: %lld ms\n", indexMs, listMs);
    std::printf(
        "UI thread longest stall: %lld ms while indexing, %lld ms while searching all bodies   [target <= 50 ms]\n",
        loaderMaxGapMs, maxGapMs);
    std::printf("body search (worker): start() returned in %lld ms, all %lld bodies in %lld ms, %lld hits\n",
                searchStartMs, qint64(table.size()), searchMs, searchHits);
    const double perMessage = table.size() ? double(table.memoryUsage()) / double(table.size()) : 0;
    const double anonPerMessage = table.size() ? double(anonAfter - anonBefore) * 1024.0 / double(table.size()) : 0;
    std::printf(
        "index memory: %.0f bytes/message (structures), %.0f bytes/message (RssAnon growth)   [target <= 400]\n",
        perMessage, anonPerMessage);

    if (snail) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("MAILRC"), QStringLiteral("/dev/null"));
        p.setProcessEnvironment(env);
        QElapsedTimer st;
        st.start();
        p.start(QStringLiteral("s-nail"),
                {QStringLiteral("-n"), QStringLiteral("-R"), QStringLiteral("-H"), QStringLiteral("-f"), path});
        p.closeWriteChannel();
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
            std::printf("s-nail did not run\n");
            return 0;
        }
        const qint64 snailMs = st.elapsed();
        // Count its lines in a second run that keeps the output (not timed) to make sure it listed all.
        QProcess c;
        c.setProcessEnvironment(env);
        c.start(QStringLiteral("s-nail"),
                {QStringLiteral("-n"), QStringLiteral("-R"), QStringLiteral("-H"), QStringLiteral("-f"), path});
        c.closeWriteChannel();
        c.waitForFinished(-1);
        const qint64 snailLines = c.readAllStandardOutput().count('\n');
        std::printf("s-nail -n -R -H -f FILE: %lld ms (%lld header lines)\n", snailMs, snailLines);
        std::printf("ratio s-nail / mailroom listing: %.1fx   [target >= 10x]\n",
                    double(snailMs) / double(std::max<qint64>(1, listMs)));
    }
    return 0;
}
