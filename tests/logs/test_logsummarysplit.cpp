// SPDX-License-Identifier: GPL-2.0-or-later
// The summary counted in ranges on several threads must be the summary of one pass: the same
// pflogsumm report and JSON wherever the log is split, including inside a message's lines, a
// queue id used again, a day change, and delays whose floating-point sums depend on their order.
#include "../bench/bench_logs_generator.h"
#include "logs/lineranges.h"
#include "logs/logfacts.h"
#include "logs/logsourceset.h"
#include "logs/logsummary.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace Mailroom;

namespace {
const QDate reference(2024, 3, 26);

// Everything the summary reports, as one text to compare.
QByteArray everything(const LogSummary &s)
{
    return s.pflogsummReport() + QJsonDocument(s.toJson(-1)).toJson();
}

QByteArray onePass(const QByteArray &log)
{
    LogSummary s;
    s.addText(log, reference);
    return everything(s);
}

// The log counted in ranges ending at the given offsets (line ends), merged in order.
QByteArray inRanges(const QByteArray &log, const QList<qsizetype> &cuts)
{
    LogSummary first;
    std::vector<std::unique_ptr<LogSummary>> later;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts[i] : log.size();
        LogSummary *s = &first;
        if (i > 0) {
            later.push_back(std::make_unique<LogSummary>());
            s = later.back().get();
            s->beginContinuation();
        }
        s->addText(QByteArrayView(log).sliced(from, to - from), reference);
        from = to;
    }
    for (const auto &s : later) {
        first.merge(*s);
    }
    return everything(first);
}

QList<qsizetype> lineEnds(const QByteArray &log)
{
    QList<qsizetype> ends;
    for (qsizetype i = log.indexOf('\n'); i >= 0; i = log.indexOf('\n', i + 1)) {
        ends.append(i + 1);
    }
    return ends;
}

QByteArray testLog(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("../data/logs/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray generatedLog(qint64 bytes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Bench::LogGeneratorOptions options;
    options.targetBytes = bytes;
    options.seed = 11;
    Bench::generateMailLog(&buffer, options);
    return buffer.data();
}

// Lines whose totals depend on what came before them: one message's lines far apart, a queue
// id used again after its size was taken, sizes missing, delays of decimal fractions summed per
// domain (0.1 + 0.2 is not 0.3 in binary), days changing and a day of the month repeating.
const QByteArray crafted
    = "Mar 25 08:01:11 mail postfix/smtpd[1201]: 4B1C22A0F3: client=mx.sender.example[198.51.100.7]\n"
      "Mar 25 08:01:11 mail postfix/pickup[90]: 7D00AA0001: uid=1000 from=<root>\n"
      "Mar 25 08:01:12 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@Sender.EXAMPLE>, size=2345, nrcpt=2 (queue "
      "active)\n"
      "Mar 25 08:01:12 mail postfix/qmgr[815]: 7D00AA0001: from=<root>, size=100, nrcpt=1 (queue active)\n"
      "Mar 25 08:01:13 mail postfix/smtp[1207]: 4B1C22A0F3: to=<Bob@Partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.1, delays=0.1/0/0/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 25 08:01:14 mail postfix/smtp[1208]: 4B1C22A0F3: to=<carol@partner.example>, relay=none, delay=0.2, "
      "delays=0/0/0.2/0, dsn=4.4.1, status=deferred (connect to partner.example[192.0.2.9]:25: Connection timed "
      "out)\n"
      "Mar 25 08:01:15 mail postfix/local[1209]: 7D00AA0001: to=<root@mail.example>, relay=local, delay=0.2, "
      "delays=0/0/0/0.2, dsn=2.0.0, status=sent (delivered to mailbox)\n"
      "Mar 25 23:59:59 mail postfix/smtp[1207]: 5E5E5E5E5E: to=<dave@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.3, delays=0/0/0/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 26 00:30:00 mail postfix/smtp[1208]: 4B1C22A0F3: to=<carol@partner.example>, relay=none, delay=1800.7, "
      "delays=1800/0/0.7/0, dsn=4.4.1, status=deferred (connect to partner.example[192.0.2.9]:25: Connection "
      "timed out)\n"
      "Mar 26 01:00:00 mail postfix/smtp[1208]: 4B1C22A0F3: to=<carol@partner.example>, relay=mx[192.0.2.9]:25, "
      "delay=3600.1, delays=3600/0/0.1/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 26 01:00:00 mail postfix/qmgr[815]: 4B1C22A0F3: removed\n"
      "Mar 26 02:00:00 mail postfix/smtpd[1301]: 4B1C22A0F3: client=other.example.net[203.0.113.5]\n"
      "Mar 26 02:00:01 mail postfix/qmgr[815]: 4B1C22A0F3: from=<eve@other.example.net>, size=999, nrcpt=1 (queue "
      "active)\n"
      "Mar 26 02:00:02 mail postfix/smtp[1310]: 4B1C22A0F3: to=<frank@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 26 02:00:03 mail postfix/smtp[1311]: 4B1C22A0F3: to=<frank@partner.example>, relay=none, delay=0.2, "
      "delays=0/0/0.2/0, dsn=4.4.1, status=deferred (lost connection with mx[192.0.2.1] while sending RCPT TO)\n"
      "Mar 26 02:10:00 mail postfix/smtpd[1401]: 9A9A9A9A9A: client=third.example.org[203.0.113.9]\n"
      "Mar 26 02:10:01 mail postfix/smtp[1402]: 9A9A9A9A9A: to=<gina@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.25, delays=0/0/0/0.25, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Mar 26 02:10:02 mail postfix/qmgr[815]: 9A9A9A9A9A: from=<gina@third.example.org>, size=0, nrcpt=1 (queue "
      "active)\n"
      "Mar 26 02:10:03 mail postfix/qmgr[815]: 9A9A9A9A9A: from=<gina@third.example.org>, size=512, nrcpt=1 (queue "
      "active)\n"
      "Mar 26 02:10:04 mail postfix/smtp[1402]: 9A9A9A9A9A: to=<hal@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=-1, delays=0/0/0/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n"
      "Apr 26 03:00:00 mail postfix/smtpd[1501]: NOQUEUE: reject: RCPT from unknown[192.0.2.77]: 554 5.7.1 "
      "<spam@example.com>: Relay access denied; from=<spam@example.com> to=<x@partner.example> proto=ESMTP "
      "helo=<bad>\n"
      "Apr 26 03:00:01 mail postfix/smtp[1502]: 4B1C22A0F3: to=<ivan@partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.7, delays=0/0/0/0.7, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
} // namespace

class TestLogSummarySplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitAnywhere_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::newRow("crafted") << crafted;
        QTest::newRow("basic") << testLog(QStringLiteral("basic/maillog"));
        QTest::newRow("rfc3339-multihost") << testLog(QStringLiteral("rfc3339-multihost/maillog"));
        QTest::newRow("spam") << testLog(QStringLiteral("spam/maillog"));
        QTest::newRow("logins") << testLog(QStringLiteral("logins/maillog"));
    }
    // Two ranges, split at every line end.
    void splitAnywhere()
    {
        QFETCH(QByteArray, log);
        QVERIFY(!log.isEmpty());
        const QByteArray expected = onePass(log);
        QVERIFY(expected.contains("Grand Totals"));
        for (const qsizetype cut : lineEnds(log)) {
            const QByteArray got = inRanges(log, {cut});
            QVERIFY2(got == expected, qPrintable(QStringLiteral("split at byte %1").arg(cut)));
        }
    }

    void threeRanges_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::newRow("crafted") << crafted;
        // Found by fuzz_logsummary: one queue id on two hosts (its size taken from the first;
        // the second host's from= line, with another size, ignored), and a size of 58 digits.
        QFile fuzzed(QFINDTESTDATA("../data/fuzz/logsummary/merge-with-58-digit-size"));
        QVERIFY(fuzzed.open(QIODevice::ReadOnly));
        const QByteArray log = fuzzed.readAll();
        QTest::newRow("fuzzed") << log;
        const qsizetype size = log.indexOf("size=907777");
        QVERIFY(size > 0);
        QTest::newRow("fuzzed, size 9077") << log.first(size) + "size=9077" + log.sliced(log.indexOf(',', size));
    }
    // Three ranges: every pair of line ends.
    void threeRanges()
    {
        QFETCH(QByteArray, log);
        const QByteArray expected = onePass(log);
        const QList<qsizetype> ends = lineEnds(log);
        for (qsizetype a = 0; a < ends.size(); ++a) {
            for (qsizetype b = a; b < ends.size(); ++b) {
                QVERIFY2(inRanges(log, {ends[a], ends[b]}) == expected,
                         qPrintable(QStringLiteral("split at bytes %1 and %2").arg(ends[a]).arg(ends[b])));
            }
        }
    }

    // Generated traffic (interleaved sessions, retries over hours, content filter hops) split at
    // many places, in two to four ranges.
    void generated()
    {
        const QByteArray log = generatedLog(2 * 1024 * 1024);
        const QByteArray expected = onePass(log);
        const QList<qsizetype> ends = lineEnds(log);
        QVERIFY(ends.size() > 5000);
        for (int i = 1; i < 24; ++i) {
            const qsizetype cut = ends[ends.size() * i / 24];
            QVERIFY2(inRanges(log, {cut}) == expected, qPrintable(QStringLiteral("split at byte %1").arg(cut)));
        }
        QVERIFY(inRanges(log, {ends[ends.size() / 3], ends[ends.size() * 2 / 3]}) == expected);
        QVERIFY(inRanges(log, {ends[1000], ends[1001], ends[ends.size() - 2]}) == expected);
    }

    // addTexts() on threads, over a log and its rotations (one range spans two files, each
    // with its own year reference).
    void threads()
    {
        const QByteArray log = generatedLog(3 * 1024 * 1024);
        const qsizetype middle = log.indexOf('\n', log.size() / 3) + 1;
        const QByteArrayView older = QByteArrayView(log).first(middle);
        const QByteArrayView newer = QByteArrayView(log).sliced(middle);
        LogSummary one;
        one.addText(older, QDate(2024, 3, 20));
        one.addText(newer, reference);
        const QByteArray expected = everything(one);
        for (const int threads : {1, 2, 3, 4}) {
            LogSummary split;
            split.addTexts({{older, QDate(2024, 3, 20)}, {newer, reference}}, threads, nullptr, 64 * 1024);
            QVERIFY2(everything(split) == expected, qPrintable(QStringLiteral("%1 threads").arg(threads)));
        }
    }

    // A range that spans two texts, the newer of which lies at a lower address (files are mapped
    // wherever the kernel chooses): a message received in the first range whose size line is at
    // the end of the older file and whose delivery is at the start of the newer one. The merge
    // replays those two lines in the order they were read, not in the order of their addresses.
    void threadsOverTextsInAnyMemoryOrder()
    {
        QByteArray padding;
        for (int i = 0; padding.size() < 64 * 1024; ++i) {
            padding += "Mar 25 08:00:00 mail postfix/smtpd[1201]: connect from host" + QByteArray::number(i)
                + ".example[192.0.2.1]\n";
        }
        const QByteArray older
            = "Mar 25 08:01:11 mail postfix/smtpd[1201]: 4B1C22A0F3: client=mx.sender.example[198.51.100.7]\n" + padding
            + "Mar 25 08:01:12 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@sender.example>, size=2345, nrcpt=1 "
              "(queue active)\n";
        const QByteArray newer
            = "Mar 25 08:01:13 mail postfix/smtp[1207]: 4B1C22A0F3: to=<bob@partner.example>, relay=mx[192.0.2.1]:25, "
              "delay=0.1, delays=0.1/0/0/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
        const QByteArray memory = newer + older; // the newer text first in memory
        const QByteArrayView newerView = QByteArrayView(memory).first(newer.size());
        const QByteArrayView olderView = QByteArrayView(memory).sliced(newer.size());
        QVERIFY(newerView.data() < olderView.data());

        LogSummary one;
        one.addText(older, reference);
        one.addText(newer, reference);
        const QByteArray expected = everything(one);
        QVERIFY(!expected.contains("no size"));
        QCOMPARE(one.bytesDelivered(), 2345.0);
        for (const int threads : {2, 3}) {
            LogSummary split;
            split.addTexts({{olderView, reference}, {newerView, reference}}, threads, nullptr, 1);
            QVERIFY2(everything(split) == expected, qPrintable(QStringLiteral("%1 threads").arg(threads)));
        }
    }

    // The ranges threads read: however the reads and the taking of halves interleave, every
    // byte is handed out once, each block ends at a line end, each range's blocks follow each
    // other, and the ranges ordered by their start cover the text without a gap. Interleavings
    // drawn from a fixed seed: the same ones on every run.
    void lineRangesHandOutEveryByteOnce()
    {
        const QByteArray text = generatedLog(256 * 1024);
        auto lineEnd = [&](qint64 at) -> qint64 {
            const qsizetype nl = text.indexOf('\n', at);
            return nl < 0 ? text.size() : nl + 1;
        };
        std::mt19937 random(7);
        int steals = 0;
        for (int round = 0; round < 40; ++round) {
            const int threads = 2 + round % 3;
            std::vector<qint64> cuts {0};
            for (int t = 1; t < threads; ++t) {
                cuts.push_back(lineEnd(text.size() * t / threads));
            }
            cuts.push_back(text.size());
            LineRanges ranges(cuts, 1000 + qint64(random() % 20000), lineEnd);
            std::vector<size_t> active; // ranges being read
            for (int t = 0; t < threads; ++t) {
                active.push_back(size_t(t));
            }
            std::map<qint64, qint64> blocks; // from → to, all ranges
            std::map<size_t, qint64> readUpTo; // range → where its last block ended
            while (!active.empty()) {
                // Mostly the first thread reads: the others fall behind, and it takes their halves.
                const size_t pick = random() % 4 == 0 ? random() % active.size() : 0;
                const size_t r = active[pick];
                qint64 from = 0, to = 0;
                if (ranges.next(r, &from, &to)) {
                    QVERIFY(from < to);
                    QVERIFY2(to == text.size() || text.at(to - 1) == '\n', "a block ends at a line end");
                    QVERIFY2(!readUpTo.contains(r) || readUpTo[r] == from, "a range's blocks follow each other");
                    QVERIFY2(readUpTo.contains(r) || from == ranges.begin(r), "a range starts at its beginning");
                    readUpTo[r] = to;
                    QVERIFY(blocks.emplace(from, to).second);
                    continue;
                }
                // This range is done: its thread takes half of another, or stops.
                const qint64 taken = ranges.steal();
                if (taken < 0) {
                    active.erase(active.begin() + qsizetype(pick));
                } else {
                    ++steals;
                    QCOMPARE(size_t(taken) + 1, ranges.count());
                    QVERIFY(ranges.begin(size_t(taken)) > 0 && text.at(ranges.begin(size_t(taken)) - 1) == '\n');
                    active[pick] = size_t(taken);
                }
            }
            qint64 covered = 0;
            for (const auto &[from, to] : blocks) {
                QCOMPARE(from, covered); // no gap, no byte twice
                covered = to;
            }
            QCOMPARE(covered, qint64(text.size()));
            // The ranges in order of their start, each up to the next one's start.
            std::vector<std::pair<qint64, qint64>> extents;
            for (size_t r = 0; r < ranges.count(); ++r) {
                extents.push_back({ranges.begin(r), ranges.begin(r) + ranges.bytes(r)});
            }
            std::sort(extents.begin(), extents.end());
            for (size_t i = 0; i + 1 < extents.size(); ++i) {
                QCOMPARE(extents[i].second, extents[i + 1].first);
            }
            QCOMPARE(extents.back().second, qint64(text.size()));
        }
        QVERIFY2(steals > 100,
                 qPrintable(QStringLiteral("the interleavings took halves of ranges %1 times").arg(steals)));
    }

    // addTexts() with small blocks, so that threads take the halves of each other's ranges (how
    // often depends on the scheduler; the totals never do): the same report as one pass, each
    // time, over several texts.
    void threadsTakingEachOthersRanges()
    {
        const QByteArray log = generatedLog(1024 * 1024);
        const qsizetype middle = log.indexOf('\n', log.size() / 2) + 1;
        const QByteArrayView older = QByteArrayView(log).first(middle);
        const QByteArrayView newer = QByteArrayView(log).sliced(middle);
        LogSummary one;
        one.setCollectFacts(true);
        one.addText(older, reference);
        one.addText(newer, reference);
        const QByteArray expected = everything(one);
        for (int run = 0; run < 12; ++run) {
            const int threads = 2 + run % 3;
            LogSummary split;
            split.setCollectFacts(true);
            split.addTexts({{older, reference}, {newer, reference}}, threads, nullptr, 16 * 1024);
            QVERIFY2(everything(split) == expected,
                     qPrintable(QStringLiteral("run %1, %2 threads").arg(run).arg(threads)));
            QCOMPARE(split.facts()->lines(), one.facts()->lines());
            QCOMPARE(split.facts()->logins().size(), one.facts()->logins().size());
            for (size_t i = 0; i < one.facts()->logins().size(); ++i) { // in order, numbered as one pass's
                QCOMPARE(split.facts()->logins()[i].line, one.facts()->logins()[i].line);
                QCOMPARE(split.facts()->logins()[i].time, one.facts()->logins()[i].time);
            }
        }
    }

    // Canceled before it starts: nothing counted, and it returns.
    void cancel()
    {
        const QByteArray log = generatedLog(1024 * 1024);
        const std::atomic_bool canceled = true;
        LogSummary s;
        s.addTexts({{log, reference}}, 2, &canceled, 64 * 1024);
        QCOMPARE(s.received(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLogSummarySplit)
#include "test_logsummarysplit.moc"
