// SPDX-License-Identifier: GPL-2.0-or-later
// The Mail page's write job: flags saved and deleted messages expunged in a worker thread for an
// mbox, at once for a Maildir, with the sentence the status line shows.
#include "mail/mailboxwriter.h"
#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/messagetable.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

namespace {
QByteArray message(int n)
{
    return QByteArray("From sender@example.org  Mon Apr  1 10:00:00 2024\nFrom: Sender <sender@example.org>\n"
                      "Subject: message ")
        + QByteArray::number(n) + "\nMessage-ID: <" + QByteArray::number(n) + "@example.org>\n\nbody "
        + QByteArray::number(n) + "\n\n";
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

class TestMailboxWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mboxExpunge();
    void mboxNothingToDo();
    void busyWhileWriting();
    void maildirExpunge();
    void describe();
};

void TestMailboxWriter::mboxExpunge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mbox"));
    QVERIFY(writeFile(path, message(1) + message(2) + message(3)));
    MessageTable table;
    MboxIndexer indexer(path);
    indexer.update([&table](MessageBatch &&b) { table.apply(std::move(b)); });
    QCOMPARE(table.size(), 3);
    table.setFlags(1, table.flags(1) | MessageStatus::Deleted);

    MailboxWriter writer;
    QSignalSpy done(&writer, &MailboxWriter::finished);
    QVERIFY(writer.write(path, false, table, indexer.device(), indexer.inode(), true));
    QVERIFY(writer.isRunning());
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(done.size(), 1);
    const auto result = done.at(0).at(0).value<MboxRewriter::Result>();
    QCOMPARE(result.outcome, MboxRewriter::Outcome::Written);
    QCOMPARE(result.removed, 1);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("1 message(s) removed."));
    QVERIFY(!writer.isRunning());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray after = f.readAll();
    QVERIFY(after.contains("Subject: message 1"));
    QVERIFY(!after.contains("Subject: message 2"));
    QVERIFY(after.contains("Subject: message 3"));
}

void TestMailboxWriter::mboxNothingToDo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mbox"));
    QVERIFY(writeFile(path, message(1)));
    MessageTable table;
    MboxIndexer indexer(path);
    indexer.update([&table](MessageBatch &&b) { table.apply(std::move(b)); });
    MailboxWriter writer;
    QSignalSpy done(&writer, &MailboxWriter::finished);
    QVERIFY(writer.write(path, false, table, indexer.device(), indexer.inode(), false));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).value<MboxRewriter::Result>().outcome, MboxRewriter::Outcome::NothingToDo);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("Nothing to write."));
}

void TestMailboxWriter::busyWhileWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mbox"));
    QVERIFY(writeFile(path, message(1) + message(2)));
    MessageTable table;
    MboxIndexer indexer(path);
    indexer.update([&table](MessageBatch &&b) { table.apply(std::move(b)); });
    table.setFlags(0, table.flags(0) | MessageStatus::Read);
    MailboxWriter writer;
    QSignalSpy done(&writer, &MailboxWriter::finished);
    QVERIFY(writer.write(path, false, table, indexer.device(), indexer.inode(), false));
    // A second write before the first has reported is refused, not queued or interleaved.
    QVERIFY(!writer.write(path, false, table, indexer.device(), indexer.inode(), false));
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("Changes saved."));
}

void TestMailboxWriter::maildirExpunge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"}) {
        QVERIFY(QDir().mkpath(path + QLatin1Char('/') + QLatin1String(sub)));
    }
    QVERIFY(writeFile(path + QStringLiteral("/cur/1700000001.M1P1.host:2,S"),
                      message(1).mid(message(1).indexOf('\n') + 1)));
    QVERIFY(writeFile(path + QStringLiteral("/cur/1700000002.M2P1.host:2,S"),
                      message(2).mid(message(2).indexOf('\n') + 1)));
    MessageTable table;
    MaildirStore store(path);
    QVERIFY(store.load([&table](MessageBatch &&b) { table.apply(std::move(b)); }));
    QCOMPARE(table.size(), 2);
    table.setFlags(0, table.flags(0) | MessageStatus::Deleted);

    MailboxWriter writer;
    QSignalSpy done(&writer, &MailboxWriter::finished);
    QVERIFY(writer.write(path, true, table, 0, 0, true));
    QCOMPARE(done.size(), 1); // at once
    QVERIFY(!writer.isRunning());
    QCOMPARE(done.at(0).at(0).value<MboxRewriter::Result>().outcome, MboxRewriter::Outcome::Written);
    QCOMPARE(done.at(0).at(1).toString(), QStringLiteral("1 message(s) removed."));
    QCOMPARE(QDir(path + QStringLiteral("/cur")).entryList(QDir::Files).size(), 1);
}

void TestMailboxWriter::describe()
{
    MboxRewriter::Result r;
    r.outcome = MboxRewriter::Outcome::Written;
    r.arrived = 2;
    QCOMPARE(MailboxWriter::describe(r, false),
             QStringLiteral("Changes saved. 2 new message(s) arrived meanwhile and were kept."));
    r = {};
    r.outcome = MboxRewriter::Outcome::Failed;
    r.error = QStringLiteral("Disk full.");
    r.recoveryPath = QStringLiteral("/tmp/recovery");
    QCOMPARE(MailboxWriter::describe(r, true),
             QStringLiteral("Disk full. A copy of the old mailbox was kept at /tmp/recovery."));
}

QTEST_GUILESS_MAIN(TestMailboxWriter)
#include "test_mailboxwriter.moc"
