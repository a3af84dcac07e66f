// SPDX-License-Identifier: GPL-2.0-or-later
#include "mboxcommand.h"

#include "mail/mboxindexer.h"
#include "mail/mboxrewriter.h"
#include "mail/messagetable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

using namespace Mailroom;

class TestMboxCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text()
    {
        MessageTable table;
        MboxIndexer indexer(QFINDTESTDATA("../data/mail/charsets.mbox"));
        QVERIFY(indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); }));
        const QList<QByteArray> lines = MboxCommand::formatText(table).split('\n');
        QCOMPARE(lines.size(), 11);
        // The sender column is 24 terminal columns wide; CJK characters take two each.
        QCOMPARE(lines.at(0), " 1 R 2024-03-25 13:36  Alice" + QByteArray(19, ' ') + "  服务器维护通知");
        QCOMPARE(lines.at(1), " 2 U 2024-03-26 01:00  卡罗尔" + QByteArray(18, ' ') + "  Re: 会议纪要");
        QCOMPARE(lines.at(3).left(5), QByteArray(" 4 N "));
        QCOMPARE(lines.at(9).left(5), QByteArray("10 D "));
    }

    // A long list is formatted in two halves on two threads: it reads as one, in order.
    void longListInOrder()
    {
        QFile small(QFINDTESTDATA("../data/mail/charsets.mbox"));
        QVERIFY(small.open(QIODevice::ReadOnly));
        const QByteArray one = small.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.mbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2500; ++i) {
            f.write(one);
        }
        f.close();
        MessageTable smallTable;
        MboxIndexer smallIndexer(small.fileName());
        QVERIFY(smallIndexer.update([&](MessageBatch &&b) { smallTable.apply(std::move(b)); }));
        const QList<QByteArray> expected = MboxCommand::formatText(smallTable).split('\n');
        MessageTable table;
        MboxIndexer indexer(path);
        QVERIFY(indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); }));
        QCOMPARE(table.size(), 25000);
        const QList<QByteArray> lines = MboxCommand::formatText(table).split('\n');
        QCOMPARE(lines.size(), 25001);
        // "number status date  from  subject", the number right-aligned to the widest.
        auto split = [](const QByteArray &line) {
            qsizetype a = 0;
            while (a < line.size() && line.at(a) == ' ') {
                ++a;
            }
            const qsizetype b = line.indexOf(' ', a);
            return std::pair(line.mid(a, b - a).toInt(), line.mid(b));
        };
        for (int i = 0; i < 25000; ++i) {
            const auto [number, rest] = split(lines.at(i));
            QCOMPARE(number, i + 1);
            QCOMPARE(rest, split(expected.at(i % 10)).second);
        }
        QCOMPARE(lines.at(0).left(6), QByteArray("    1 "));
    }

    void json()
    {
        MessageTable table;
        const QString path = QFINDTESTDATA("../data/mail/charsets.mbox");
        MboxIndexer indexer(path);
        QVERIFY(indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); }));
        const QJsonObject o = QJsonDocument::fromJson(MboxCommand::formatJson(path, table)).object();
        const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 10);
        const QJsonObject m = messages.at(4).toObject();
        QCOMPARE(m.value(QStringLiteral("number")).toInt(), 5);
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), QStringLiteral("会議のお知らせ"));
        QCOMPARE(m.value(QStringLiteral("from_name")).toString(), QStringLiteral("山田太郎"));
        QCOMPARE(m.value(QStringLiteral("from_address")).toString(), QStringLiteral("frank@example.jp"));
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-27T03:00:00Z"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("list") << QStringList {QStringLiteral("list"), QFINDTESTDATA("../data/mail/charsets.mbox")} << 0;
        QTest::newRow("json") << QStringList {QStringLiteral("list"), QFINDTESTDATA("../data/mail/empty.mbox"),
                                              QStringLiteral("--json")}
                              << 0;
        QTest::newRow("missing file") << QStringList {QStringLiteral("list"), QStringLiteral("/nonexistent/inbox")}
                                      << 1;
        QTest::newRow("not an mbox") << QStringList {QStringLiteral("list"), QFINDTESTDATA("../data/mail/notmbox.txt")}
                                     << 1;
        QTest::newRow("no file") << QStringList {QStringLiteral("list")} << 2;
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("frobnicate"), QStringLiteral("x")} << 2;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("list"), QStringLiteral("x"),
                                                        QStringLiteral("--bogus")}
                                        << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QProcess p;
        p.start(QStringLiteral(MAILROOMCTL), QStringList {QStringLiteral("mbox")} + args);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), exitCode);
        if (exitCode != 0) {
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
    }

    // mailroomctl mbox list opens what s-nail and MimeKit open (a byte-order mark, Thunderbird's
    // and dateless From_ lines) and lists each message once.
    void listsLenientMailboxes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("Thunderbird") << QFINDTESTDATA("../data/mail/thunderbird.mbox")
                                     << QStringList {QStringLiteral("Thunderbird keeps this folder"),
                                                     QStringLiteral("No Date header, the From_ line dates it"),
                                                     QStringLiteral("Re: Thunderbird keeps this folder")};
        QTest::newRow("dateless") << QFINDTESTDATA("../data/mail/dateless.mbox")
                                  << QStringList {QStringLiteral("Minutes"),
                                                  QStringLiteral("Undelivered Mail Returned to Sender"),
                                                  QStringLiteral("No date anywhere"),
                                                  QStringLiteral("Dated in between"),
                                                  QStringLiteral("Cron <root@demo> run-parts /etc/cron.daily"),
                                                  QStringLiteral("Last")};
        QTest::newRow("byte-order mark") << QFINDTESTDATA("../data/mail/bom.mbox")
                                         << QStringList {QStringLiteral("Saved by an editor"),
                                                         QStringLiteral("Re: Saved by an editor")};
    }
    void listsLenientMailboxes()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, subjects);
        QProcess p;
        p.start(QStringLiteral(MAILROOMCTL),
                {QStringLiteral("mbox"), QStringLiteral("list"), file, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray messages
            = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("messages")).toArray();
        QStringList got;
        for (const QJsonValue &m : messages) {
            got << m.toObject().value(QStringLiteral("subject")).toString();
        }
        QCOMPARE(got, subjects);
        // The text listing has one line per message too.
        p.start(QStringLiteral(MAILROOMCTL), {QStringLiteral("mbox"), QStringLiteral("list"), file});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), subjects.size());
        QVERIFY(lines.constLast().endsWith(subjects.constLast().toUtf8()));
    }

    // An in-place rewrite killed half-way through copying its tail (the rewriter's stop points,
    // MAILROOM_TEST_HOOKS): `mbox list` says where the recovery copy is and changes nothing;
    // `mbox recover` finishes the rewrite from it (the dead rewriter's lock proves nobody wrote
    // since) and removes it.
    void recoveryCopyIsReportedAndFinished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        const QString recoveryDir = dir.filePath(QStringLiteral("state/mailroom/recovery"));
        QByteArray box;
        QByteArray expected;
        for (int n = 1; n <= 12; ++n) {
            QByteArray m = "From sender@example.org  Mon Apr  1 10:00:00 2024\nSubject: message "
                + QByteArray::number(n) + "\n\n";
            for (int i = 0; i < 1500; ++i) {
                m += "line " + QByteArray::number(i) + " of message " + QByteArray::number(n) + ", a long body\n";
            }
            m += '\n';
            box += m;
            expected += n == 2 ? QByteArray() : m;
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(box);
        }
        const pid_t child = ::fork();
        if (child == 0) {
            ::setenv("MAILROOM_STOP_AT", "mboxrewriter.tail-copying#1", 1);
            MessageTable table;
            MboxIndexer indexer(path);
            indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); });
            table.setFlags(1, MessageStatus::Deleted);
            MboxRewriter w(path);
            w.setStrategy(MboxRewriter::Strategy::InPlace);
            w.setRecoveryDirectory(recoveryDir);
            w.apply(table, indexer.device(), indexer.inode(), true);
            ::_exit(0);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        if (!WIFSIGNALED(status)) {
            QSKIP("built without MAILROOM_TEST_HOOKS: the rewriter has no stop points to be killed at");
        }
        auto readBox = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray damaged = readBox();
        QVERIFY(damaged != box && damaged != expected);
        const QStringList copies = QDir(recoveryDir).entryList({QStringLiteral("*.mbox-tail")}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILROOMCTL), {QStringLiteral("mbox"), QStringLiteral("list"), path});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QString told = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(told.contains(copies.constFirst()) && told.contains(QStringLiteral("mailroomctl mbox recover")),
                 qPrintable(told));
        QCOMPARE(readBox(), damaged);

        p.start(QStringLiteral(MAILROOMCTL), {QStringLiteral("mbox"), QStringLiteral("recover"), path});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("no message was lost"));
        QCOMPARE(readBox(), expected);
        QCOMPARE(QDir(recoveryDir).entryList(QDir::Files), QStringList());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

        p.start(QStringLiteral(MAILROOMCTL), {QStringLiteral("mbox"), QStringLiteral("recover"), path});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("no interrupted rewrite"));
    }

    void unreadableFile()
    {
        if (::geteuid() == 0) {
            QSKIP("root can read any file");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        f.setPermissions(QFileDevice::Permissions());
        QProcess p;
        p.start(QStringLiteral(MAILROOMCTL), {QStringLiteral("mbox"), QStringLiteral("list"), path});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMboxCommand)
#include "test_mboxcommand.moc"
