// SPDX-License-Identifier: GPL-2.0-or-later
// The test mail followed through the mail log, as the Setup assistant and mailroomctl testmail
// --wait see it: which lines end the follow-up, and with what result.
#include "fakehelper.h"
#include "helpertypes.h"
#include "setup/testmailtracker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Mailroom::DeliveryStatus;
using Mailroom::LogEntry;
using Mailroom::LogEntryList;
using Mailroom::TestMailTracker;

namespace {
const QString QueueId = QStringLiteral("3F2A1C0B4D");

LogEntry entry(const char *identifier, const QString &message)
{
    return LogEntry {1000, QString::fromLatin1(identifier), 42, message};
}
LogEntry ours(const char *identifier, const char *rest)
{
    return entry(identifier, QueueId + QStringLiteral(": ") + QString::fromLatin1(rest));
}
} // namespace

using Batches = QList<LogEntryList>;
Q_DECLARE_METATYPE(Batches)

class TestTestMailTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void follow_data();
    void follow();
    void refused();
};

void TestTestMailTracker::follow_data()
{
    QTest::addColumn<Batches>("batches"); // what the log polls return, one after another
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("lines"); // lines reported as the message's
    QTest::addColumn<bool>("timedOut");

    const LogEntry pickup = ours("postfix/pickup", "uid=1000 from=<alice>");
    const LogEntry queued = ours("postfix/qmgr", "from=<alice@mydomain.com>, size=400, nrcpt=1 (queue active)");
    const LogEntry removed = ours("postfix/qmgr", "removed");

    QTest::newRow("delivered, then removed")
        << Batches {{pickup, queued},
                    {ours("postfix/local",
                          "to=<bob@mydomain.com>, relay=local, delay=0.1, dsn=2.0.0, "
                          "status=sent (delivered to mailbox)")},
                    {removed}}
        << int(DeliveryStatus::Sent) << QStringLiteral("local") << QStringLiteral("delivered to mailbox") << 4 << false;
    QTest::newRow("deferred: the first attempt is the answer")
        << Batches {{pickup, queued,
                     ours("postfix/smtp",
                          "to=<x@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred "
                          "(connect to example.net[198.51.100.1]:25: Connection refused)")}}
        << int(DeliveryStatus::Deferred) << QStringLiteral("none")
        << QStringLiteral("connect to example.net[198.51.100.1]:25: Connection refused") << 3 << false;
    QTest::newRow("bounced") << Batches {{pickup},
                                         {ours("postfix/smtp",
                                               "to=<n@example.com>, relay=mx.example.com[203.0.113.5]:25, dsn=5.1.1, "
                                               "status=bounced (host mx.example.com said: 550 5.1.1 unknown)"),
                                          removed}}
                             << int(DeliveryStatus::Bounced) << QStringLiteral("mx.example.com[203.0.113.5]:25")
                             << QStringLiteral("host mx.example.com said: 550 5.1.1 unknown") << 2 << false;
    // Returned to the sender: an answer at once, not "still in the queue".
    QTest::newRow("expired")
        << Batches {{queued, ours("postfix/qmgr", "from=<alice@mydomain.com>, status=expired, returned to sender")},
                    {removed}}
        << int(DeliveryStatus::Expired) << QString() << QStringLiteral("returned to sender") << 2 << false;
    QTest::newRow("other messages' results are not ours")
        << Batches {{entry("postfix/smtp",
                           QStringLiteral("ABCDEF0123: to=<z@example.org>, relay=none, "
                                          "status=bounced (nope)")),
                     pickup},
                    {ours("postfix/local", "to=<bob@mydomain.com>, relay=local, status=sent (delivered to mailbox)"),
                     removed}}
        << int(DeliveryStatus::Sent) << QStringLiteral("local") << QStringLiteral("delivered to mailbox") << 3 << false;
    QTest::newRow("no answer in time") << Batches {{pickup, queued}} << int(DeliveryStatus::Other) << QString()
                                       << QString() << 2 << true;
}

void TestTestMailTracker::follow()
{
    QFETCH(Batches, batches);
    FakeHelper helper;
    QVERIFY(helper.connectPeer());
    qsizetype next = 0;
    auto answer = [&](const QDBusMessage &call) {
        const LogEntryList batch = next < batches.size() ? batches.at(next++) : LogEntryList();
        const QString cursor = QStringLiteral("c%1").arg(next);
        // An empty poll comes back after a moment, as the helper's long poll does.
        QTimer::singleShot(batch.isEmpty() ? 20 : 0, &helper, [&helper, call, batch, cursor] {
            helper.reply(call, {QVariant::fromValue(batch), cursor});
        });
    };
    helper.on(QStringLiteral("SendTestMail"), [&](const QDBusMessage &call) {
        QCOMPARE(call.arguments().value(0).toString(), QStringLiteral("alice"));
        QCOMPARE(call.arguments().value(1).toString(), QStringLiteral("bob@mydomain.com"));
        helper.reply(call, {QueueId});
    });
    helper.on(QStringLiteral("GetMailLog"), answer);
    helper.on(QStringLiteral("WaitForMailLog"), answer);

    TestMailTracker tracker(helper.proxy());
    QFETCH(bool, timedOut);
    // Only the row about the time limit may ever reach it, however slow the machine.
    tracker.setTimeLimit(timedOut ? 300 : 120000);
    QSignalSpy queued(&tracker, &TestMailTracker::queued);
    QSignalSpy lines(&tracker, &TestMailTracker::logLine);
    QSignalSpy done(&tracker, &TestMailTracker::finished);
    tracker.send(QStringLiteral("alice"), QStringLiteral("bob@mydomain.com"), QStringLiteral("Test"));
    QVERIFY(tracker.isRunning());
    QVERIFY(done.wait(120000));
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).at(0).toString(), QueueId);
    QTEST(int(lines.size()), "lines");
    QCOMPARE(done.size(), 1);
    const auto result = done.at(0).at(0).value<Mailroom::DeliveryLine>();
    const QString error = done.at(0).at(1).toString();
    QTEST(int(result.status), "status");
    QTEST(result.relay, "relay");
    QTEST(result.reason, "reason");
    QCOMPARE(!error.isEmpty(), timedOut);
    if (result.status != DeliveryStatus::Other) {
        QCOMPARE(result.queueId, QueueId);
    }
    QVERIFY(!tracker.isRunning());
    QVERIFY(!tracker.helperError().isError());
}

void TestTestMailTracker::refused()
{
    FakeHelper helper;
    QVERIFY(helper.connectPeer());
    helper.on(QStringLiteral("SendTestMail"), [&](const QDBusMessage &call) {
        helper.replyError(call, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"), QStringLiteral("no"));
    });
    TestMailTracker tracker(helper.proxy());
    QSignalSpy done(&tracker, &TestMailTracker::finished);
    tracker.send(QStringLiteral("alice"), QStringLiteral("bob@mydomain.com"), QStringLiteral("Test"));
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).value<Mailroom::DeliveryLine>().status, DeliveryStatus::Other);
    QCOMPARE(done.at(0).at(1).toString(), tracker.helperError().userMessage());
    QCOMPARE(tracker.helperError().kind, Mailroom::HelperError::Kind::AccessDenied);
    QCOMPARE(helper.calls(), QStringList {QStringLiteral("SendTestMail")});
}

QTEST_GUILESS_MAIN(TestTestMailTracker)
#include "test_testmailtracker.moc"
