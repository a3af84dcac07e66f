// SPDX-License-Identifier: GPL-2.0-or-later
// SpamCounter, the Dashboard's count of today's spam, against SpamTotals::of over the LogIndex of
// the same text: the real spamd/spamass-milter/Postfix lines of tests/data/logs/spam/maillog (whole,
// in odd-sized pieces, and as JournalFeed writes journal entries), and generated logs with the
// cases the rules tell apart.
#include "logs/journalfeed.h"
#include "logs/journeybuilder.h"
#include "logs/logindex.h"
#include "logs/spamcounter.h"
#include "logs/spamtotals.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Mailroom;

namespace Mailroom {
// For QCOMPARE's message.
char *toString(const SpamTotals &t)
{
    return qstrdup(QByteArray("scanned " + QByteArray::number(t.scanned) + ", spam " + QByteArray::number(t.spam)
                              + ", tagged " + QByteArray::number(t.tagged) + ", rejected "
                              + QByteArray::number(t.rejected))
                       .constData());
}
} // namespace Mailroom

namespace {
QByteArray spamLog()
{
    QFile f(QFINDTESTDATA("../data/logs/spam/maillog"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SpamTotals indexTotals(const QByteArray &log)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), log, QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc()));
    JourneyBuilder builder(sources);
    builder.processAll();
    return SpamTotals::of(*builder.finish());
}

SpamTotals counted(const QByteArray &log, qsizetype piece)
{
    SpamCounter counter;
    for (qsizetype at = 0; at < log.size(); at += piece) {
        counter.addText(QByteArrayView(log).sliced(at, std::min(piece, log.size() - at)));
    }
    return counter.totals();
}

// The maillog's lines as JournalFeed formats the journal's entries ("Dec  6 11:31:16 host
// ident[pid]: message").
QByteArray asJournal(const QByteArray &log)
{
    QByteArray out;
    for (const QByteArray &line : log.split('\n')) {
        const qsizetype hostEnd = line.indexOf(' ', 26);
        const qsizetype open = line.indexOf('[', hostEnd);
        const qsizetype close = line.indexOf("]: ", open);
        if (line.isEmpty() || hostEnd < 0 || open < 0 || close < 0) {
            continue;
        }
        LogEntry e;
        e.timeUsec
            = quint64(QDateTime::fromString(QString::fromLatin1(line.first(25)), Qt::ISODate).toMSecsSinceEpoch())
            * 1000;
        e.identifier = QString::fromUtf8(line.sliced(hostEnd + 1, open - hostEnd - 1));
        e.pid = line.sliced(open + 1, close - open - 1).toUInt();
        e.message = QString::fromUtf8(line.sliced(close + 3));
        out += JournalFeed::formatEntry(e, "demo-server", QTimeZone::utc());
    }
    return out;
}

// A day of a busy filter: messages overlap (spamd still scans one while the next arrives), some are
// tagged, some rejected by the milter (or before queueing) naming SpamAssassin, some scanned twice
// with different verdicts, some with only spamd's result line; queue ids come back, and other
// lines come in between. Up to more messages than JourneyBuilder::MessageIdWindow.
QByteArray generatedLog(int messages, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    const auto line = [&out](int second, QByteArrayView program, int pid, QByteArrayView message) {
        out += "2026-12-06T" + QTime(0, 0).addSecs(second % 86400).toString(u"HH:mm:ss").toLatin1() + "+00:00 mx1 "
            + program.toByteArray() + '[' + QByteArray::number(pid) + "]: " + message.toByteArray() + '\n';
    };
    struct Pending
    {
        QByteArray qid;
        QByteArray mid;
        int child = 0;
        int fate = 0;
    };
    QList<Pending> open;
    int second = 0;
    const auto finish = [&](const Pending &m) {
        const bool spam = m.fate >= 5;
        const QByteArray score = spam ? "12.4/5.0" : "1.1/5.0";
        line(second, "spamd", m.child, "spamd: processing message <" + m.mid + "> for bob:1001");
        if (m.fate == 9 || m.fate == 3) { // scanned twice: the second verdict counts
            line(second, "spamd", m.child, "spamd: identified spam (7.0/5.0) for bob:1001 in 0.4 seconds, 900 bytes.");
        }
        if (m.fate != 4) { // 4: only the result line was logged
            line(second, "spamd", m.child,
                 (spam ? "spamd: identified spam (" : "spamd: clean message (") + score
                     + ") for bob:1001 in 0.5 seconds, 900 bytes.");
        }
        line(second, "spamd", m.child,
             QByteArray("spamd: result: ") + (spam ? "Y 12" : ".  1") + " - RDNS_NONE scantime=0.5,size=900,user=bob,"
                 + "uid=1001,required_score=5.0,rhost=localhost,raddr=::1,rport=40000,mid=<" + m.mid
                 + ">,autolearn=no autolearn_force=no");
        if (m.fate == 6 || m.fate == 7) {
            line(second, "postfix/cleanup", 500,
                 m.qid
                     + ": milter-reject: END-OF-MESSAGE from unknown[192.0.2.2]: 5.7.1 Blocked by SpamAssassin; "
                       "from=<s@example.net> to=<bob@example.org> proto=ESMTP helo=<x>");
        } else {
            line(second, "postfix/qmgr", 400, m.qid + ": from=<s@example.net>, size=900, nrcpt=1 (queue active)");
            line(second, "postfix/local", 600,
                 m.qid
                     + ": to=<bob@example.org>, relay=local, delay=1, delays=1/0/0/0, dsn=2.0.0, status=sent "
                       "(delivered to mailbox)");
            line(second, "postfix/qmgr", 400, m.qid + ": removed");
        }
    };
    for (int i = 0; i < messages; ++i) {
        second += int(random.bounded(3));
        if (random.bounded(20) == 0) {
            line(second, "postfix/smtpd", 300,
                 "NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.org>: Relay access denied; "
                 "from=<a@example.net> to=<x@example.org> proto=ESMTP helo=<y>");
        }
        if (random.bounded(50) == 0) {
            line(second, "postfix/smtpd", 300,
                 "NOQUEUE: milter-reject: END-OF-MESSAGE from unknown[192.0.2.9]: 5.7.1 Blocked by SpamAssassin; "
                 "from=<a@example.net> to=<x@example.org> proto=ESMTP helo=<y>");
        }
        Pending m;
        // A fifth of the queue ids come back, mostly after their message was removed.
        m.qid = QByteArray::number(i % 5 == 0 ? 0xF00000 + (i / 5) % 50 : 0xA00000 + i, 16).toUpper();
        m.mid = "m" + QByteArray::number(i) + "@example.net";
        m.child = 2000 + int(random.bounded(3));
        m.fate = int(random.bounded(10));
        line(second, "postfix/smtpd", 300, m.qid + ": client=unknown[192.0.2.2]");
        line(second, "postfix/cleanup", 500, m.qid + ": message-id=<" + m.mid + '>');
        line(second, "spamd", 1999, "prefork: child states: II");
        open.append(m);
        if (open.size() > 2 || i == messages - 1) {
            while (!open.isEmpty() && (open.size() > 1 || i == messages - 1)) {
                finish(open.takeFirst());
            }
        }
    }
    return out;
}
} // namespace

class TestSpamCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realLog_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("whole") << qsizetype(1 << 30);
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("2 bytes") << qsizetype(2);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("61 bytes") << qsizetype(61);
        QTest::newRow("1000 bytes") << qsizetype(1000);
        QTest::newRow("4093 bytes") << qsizetype(4093);
    }
    void realLog()
    {
        QFETCH(qsizetype, piece);
        const QByteArray log = spamLog();
        QVERIFY(!log.isEmpty());
        const SpamTotals expected = indexTotals(log);
        // The file's three messages: one clean, one GTUBE rejected, one GTUBE tagged.
        QCOMPARE(expected.scanned, 3);
        QCOMPARE(expected.rejected, 1);
        QCOMPARE(expected.tagged, 1);
        QCOMPARE(counted(log, piece), expected);
    }

    // What the Dashboard reads: the journal's entries as JournalFeed writes them.
    void journalLines()
    {
        const QByteArray log = asJournal(spamLog());
        QVERIFY(log.startsWith("Dec  6 11:31:16 demo-server postfix/smtpd[1466]: connect from unknown[192.0.2.2]\n"));
        const SpamTotals expected = indexTotals(spamLog());
        QCOMPARE(indexTotals(log), expected);
        QCOMPARE(counted(log, 333), expected);
    }

    void generated_data()
    {
        QTest::addColumn<int>("messages");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("small") << 40 << 1u;
        QTest::newRow("past the window") << 12000 << 2u;
    }
    void generated()
    {
        QFETCH(int, messages);
        QFETCH(quint32, seed);
        const QByteArray log = generatedLog(messages, seed);
        const SpamTotals expected = indexTotals(log);
        // Every rule is exercised.
        // (A queue id that comes back after a milter reject, never "removed", is the same journey.)
        QVERIFY2(expected.scanned > messages * 3 / 4, Mailroom::toString(expected));
        QVERIFY(expected.tagged > 0);
        QVERIFY(expected.rejected > 0);
        QVERIFY(expected.spam == expected.tagged + expected.rejected);
        QCOMPARE(counted(log, log.size()), expected);
        QCOMPARE(counted(log, 509), expected);
    }

    // A spamd line with nothing to join to, rejects that are not SpamAssassin's, and text that is
    // not a log add nothing; clear() starts from zero.
    void unrelated()
    {
        SpamCounter counter;
        counter.addText("2026-12-06T10:00:00+00:00 mx1 spamd[7]: spamd: identified spam (9.0/5.0) for bob:1001 in "
                        "0.1 seconds, 1 bytes.\n"
                        "2026-12-06T10:00:01+00:00 mx1 postfix/cleanup[8]: 1A2B3C4D: milter-reject: END-OF-MESSAGE "
                        "from unknown[192.0.2.2]: 5.7.1 Virus found; from=<a@b> to=<c@d> proto=ESMTP helo=<e>\n"
                        "no log line here\n\n\r\n");
        QCOMPARE(counter.totals(), SpamTotals());
        counter.addText("2026-12-06T10:00:02+00:00 mx1 postfix/smtpd[9]: NOQUEUE: milter-reject: END-OF-MESSAGE from "
                        "unknown[192.0.2.2]: 5.7.1 Blocked by SpamAssassin; from=<a@b> to=<c@d> proto=ESMTP "
                        "helo=<e>\n2026-12-06T10:00:03+00:00 mx1 postfix/smtpd[9]: NOQUEUE: milter-reject: "
                        "END-OF-MESSAGE from unknown[192.0.2.2]: 5.7.1 Blocked by SpamAssassin; from=<a@b> to=<c@d>");
        QCOMPARE(counter.totals().rejected, 1); // the second line has not ended yet
        counter.addText("\n");
        QCOMPARE(counter.totals().rejected, 2);
        QCOMPARE(counter.totals().spam, 2);
        counter.clear();
        QCOMPARE(counter.totals(), SpamTotals());
    }
};

QTEST_GUILESS_MAIN(TestSpamCounter)
#include "test_spamcounter.moc"
