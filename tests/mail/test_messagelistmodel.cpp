// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/bodysearch.h"
#include "mail/mailboxloader.h"
#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/messagefilterproxymodel.h"
#include "mail/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Mailroom;

namespace {
QByteArray message(int n, const QByteArray &subject, const QByteArray &extra = {})
{
    return QByteArray("From sender@example.org  Mon Apr  1 10:00:00 2024\nFrom: Sender ") + QByteArray::number(n)
        + " <s" + QByteArray::number(n) + "@example.org>\nSubject: " + subject + "\nDate: Mon, 0"
        + QByteArray::number(1 + n % 9) + " Apr 2024 10:00:00 +0000\nMessage-ID: <" + QByteArray::number(n) + "@x>\n"
        + extra + "\nbody " + QByteArray::number(n) + "\n\n";
}

// Loads a file through the loader into the model, as the GUI does.
bool load(MessageListModel *model, const QString &path, MailboxLoader *loader)
{
    QObject::connect(loader, &MailboxLoader::batchReady, model, &MessageListModel::applyBatch);
    QSignalSpy finished(loader, &MailboxLoader::finished);
    loader->open(path);
    return finished.wait(10000) && finished.at(0).at(0).toBool();
}
} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The loader keeps at most two batches waiting for the UI thread, yet one that waits for it
    // without an event loop (command-line use, shutdown) is not blocked by that, and every
    // batch still arrives, in order.
    void manyBatchesPacedAndWaitable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60; ++i) {
            f.write(message(i, "m" + QByteArray::number(i)));
        }
        f.close();
        MessageListModel model;
        MailboxLoader loader;
        loader.setBatchSizes(1, 1);
        QObject::connect(&loader, &MailboxLoader::batchReady, &model, &MessageListModel::applyBatch);
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.open(path);
        QVERIFY(loader.waitForFinished(10000));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.index(59, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("m59"));
        // Paced, with an event loop: the same.
        MessageListModel paced;
        MailboxLoader loader2;
        loader2.setBatchSizes(1, 1);
        QVERIFY(load(&paced, path, &loader2));
        QCOMPARE(paced.rowCount(), 60);
    }
    void loadsCharsetsMailbox()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MailboxLoader loader;
        QVERIFY(load(&model, QFINDTESTDATA("../data/mail/charsets.mbox"), &loader));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(1, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Re: 会议纪要"));
        QCOMPARE(model.index(1, MessageListModel::FromColumn).data().toString(), QStringLiteral("卡罗尔"));
        QCOMPARE(model.index(8, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("(no subject)"));
        QCOMPARE(model.index(0, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Read"));
        QCOMPARE(model.index(1, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Unread"));
        QCOMPARE(model.index(2, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(model.index(3, MessageListModel::StatusColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(9, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Deleted"));
        QCOMPARE(model.index(0, MessageListModel::FromColumn).data(MessageListModel::FromAddressRole).toString(),
                 QStringLiteral("alice@example.org"));
    }

    void threads()
    {
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, QFINDTESTDATA("../data/mail/charsets.mbox"), &loader));
        auto role = [&](int row, int r) {
            return model.index(row, 0).data(r).toInt();
        };
        // 1 starts a thread, 2 replies to 1, 3 references 1 and 2 (nearest: 2).
        QCOMPARE(role(0, MessageListModel::ThreadParentRole), -1);
        QCOMPARE(role(1, MessageListModel::ThreadParentRole), 0);
        QCOMPARE(role(2, MessageListModel::ThreadParentRole), 1);
        QCOMPARE(role(2, MessageListModel::ThreadRootRole), 0);
        QCOMPARE(role(2, MessageListModel::ThreadDepthRole), 2);
        QCOMPARE(role(3, MessageListModel::ThreadRootRole), 3);
    }

    void referenceCyclesAreCut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(message(1, "a", "In-Reply-To: <2@x>\n") + message(2, "b", "In-Reply-To: <1@x>\n"));
        f.close();
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, path, &loader));
        const int root0 = model.index(0, 0).data(MessageListModel::ThreadRootRole).toInt();
        const int root1 = model.index(1, 0).data(MessageListModel::ThreadRootRole).toInt();
        QCOMPARE(root0, root1);
        QVERIFY(model.index(0, 0).data(MessageListModel::ThreadDepthRole).toInt() < 2);
    }

    void sortingKeepsPersistentIndexes_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("subject asc, Re: ignored")
            << int(MessageListModel::SubjectColumn) << int(Qt::AscendingOrder)
            << QStringList {QStringLiteral("apple"), QStringLiteral("Re: banana"), QStringLiteral("cherry")};
        QTest::newRow("subject desc") << int(MessageListModel::SubjectColumn) << int(Qt::DescendingOrder)
                                      << QStringList {QStringLiteral("cherry"), QStringLiteral("Re: banana"),
                                                      QStringLiteral("apple")};
        QTest::newRow("date asc") << int(MessageListModel::DateColumn) << int(Qt::AscendingOrder)
                                  << QStringList {QStringLiteral("apple"), QStringLiteral("cherry"),
                                                  QStringLiteral("Re: banana")};
        QTest::newRow("from desc") << int(MessageListModel::FromColumn) << int(Qt::DescendingOrder)
                                   << QStringList {QStringLiteral("Re: banana"), QStringLiteral("cherry"),
                                                   QStringLiteral("apple")};
    }
    void sortingKeepsPersistentIndexes()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, subjects);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(message(3, "cherry") + message(1, "apple") + message(7, "Re: banana"));
        f.close();
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MailboxLoader loader;
        QVERIFY(load(&model, path, &loader));
        const QPersistentModelIndex cherry = model.index(0, MessageListModel::SubjectColumn);
        model.sort(column, Qt::SortOrder(order));
        QStringList got;
        for (int r = 0; r < model.rowCount(); ++r) {
            got << model.index(r, MessageListModel::SubjectColumn).data().toString();
        }
        QCOMPARE(got, subjects);
        QCOMPARE(cherry.data().toString(), QStringLiteral("cherry"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("rows");
        const int hdr = int(MessageFilterProxyModel::SubjectField | MessageFilterProxyModel::FromField
                            | MessageFilterProxyModel::ToField);
        QTest::newRow("empty shows all") << QString() << hdr << 10;
        QTest::newRow("decoded CJK subject") << QStringLiteral("会议") << hdr << 1;
        QTest::newRow("cyrillic, case-insensitive") << QStringLiteral("ПРИВЕТ") << hdr << 1;
        QTest::newRow("from address") << QStringLiteral("example.ru") << hdr << 2;
        QTest::newRow("to") << QStringLiteral("bob@example.org") << hdr << 1;
        QTest::newRow("all words must match") << QStringLiteral("example.ru Отчёт") << hdr << 1;
        QTest::newRow("subject only excludes from")
            << QStringLiteral("example.ru") << int(MessageFilterProxyModel::SubjectField) << 0;
        QTest::newRow("body") << QStringLiteral("deeper quoting") << int(MessageFilterProxyModel::BodyField) << 1;
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, fields);
        QFETCH(int, rows);
        MessageListModel model;
        MailboxLoader loader;
        const QString path = QFINDTESTDATA("../data/mail/charsets.mbox");
        QVERIFY(load(&model, path, &loader));
        MessageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFields(MessageFilterProxyModel::Fields(fields));
        proxy.setSearchText(text);
        if (fields & MessageFilterProxyModel::BodyField) {
            // Bodies are searched in a worker; the proxy only applies its verdict.
            QCOMPARE(proxy.rowCount(), 0);
            BodySearch search;
            QSignalSpy done(&search, &BodySearch::finished);
            search.start(path, false, model.table(), proxy.searchTerms());
            QVERIFY(search.isRunning());
            QVERIFY(done.wait(10000));
            proxy.setBodyMatches(done.at(0).at(0).value<QBitArray>(), done.at(0).at(1).toStringList());
        }
        QCOMPARE(proxy.rowCount(), rows);
    }

    void unreadFilterFollowsFlagChanges()
    {
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, QFINDTESTDATA("../data/mail/charsets.mbox"), &loader));
        MessageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setUnreadOnly(true);
        const int unread = proxy.rowCount();
        QCOMPARE(unread, 7); // all but the two read ones and the deleted one
        model.setFlags(3, MessageStatus::Read | MessageStatus::Old);
        QCOMPARE(proxy.rowCount(), unread - 1);
        QVERIFY(model.hasUnsavedChanges());
    }

    void loaderDeliversBatchesAndAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QByteArray data;
        for (int i = 0; i < 500; ++i) {
            data += message(i, "m" + QByteArray::number(i));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.flush();
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MailboxLoader loader;
        loader.setBatchSizes(20, 100);
        QSignalSpy batches(&loader, &MailboxLoader::batchReady);
        QSignalSpy progress(&loader, &MailboxLoader::progress);
        QVERIFY(load(&model, path, &loader));
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(batches.size(), 1 + 5); // 20, then 100 × 4, then the last 80
        QCOMPARE(batches.at(0).at(0).value<MessageBatch>().entries.size(), 20);
        QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
        model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);

        // New mail: refresh() reads only the tail; sorted rows stay sorted.
        f.write(message(900, "zzz new"));
        f.close();
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 501);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("zzz new"));
    }

    void loaderCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i) {
            f.write(message(i, "m"));
        }
        f.close();
        MessageListModel model;
        MailboxLoader loader;
        loader.setBatchSizes(1, 1);
        connect(&loader, &MailboxLoader::batchReady, &model, &MessageListModel::applyBatch);
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.open(path);
        loader.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(model.rowCount() < 20000);
    }

    void bodySearchCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i) {
            f.write(message(i, "m"));
        }
        f.close();
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, path, &loader));
        BodySearch search;
        QSignalSpy finished(&search, &BodySearch::finished);
        QSignalSpy cancelled(&search, &BodySearch::cancelled);
        search.start(path, false, model.table(), {QStringLiteral("body"), QStringLiteral("19999")});
        QVERIFY(search.isRunning());
        search.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(search.waitForFinished(10000));
        QCOMPARE(finished.size(), 0); // a cancelled run reports nothing
        // A new run replaces an old one: only the last one's result arrives.
        search.start(path, false, model.table(), {QStringLiteral("body 1")});
        search.start(path, false, model.table(), {QStringLiteral("19999")});
        QVERIFY(finished.wait(20000));
        QVERIFY(search.waitForFinished(10000));
        QCOMPARE(finished.size(), 1);
        const QBitArray hits = finished.at(0).at(0).value<QBitArray>();
        QCOMPARE(hits.size(), qsizetype(20000));
        QCOMPARE(hits.count(true), qsizetype(1));
        QVERIFY(hits.testBit(19999));
        QCOMPARE(finished.at(0).at(1).toStringList(), QStringList {QStringLiteral("19999")});
    }

    void maildirBodySearch()
    {
        QTemporaryDir dir;
        for (const char *sub : {"cur", "new", "tmp"}) {
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(sub)));
        }
        QFile f(dir.filePath(QStringLiteral("cur/1711900000.M1P1.host:2,S")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: a@x\nSubject: =?UTF-8?B?5Lya6K6u?=\nContent-Type: text/plain; charset=gb2312\n"
                "Content-Transfer-Encoding: base64\n\nt/7O8cb3zqy7pM2o1qo=\n");
        f.close();
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, dir.path(), &loader));
        BodySearch search;
        QSignalSpy finished(&search, &BodySearch::finished);
        search.start(dir.path(), true, model.table(), {QStringLiteral("服务器")}); // in the decoded GB2312 body
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<QBitArray>().count(true), qsizetype(1));
    }

    void maildirFlagsFromNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("flags");
        QTest::newRow("new, no info") << QStringLiteral("new/1711900000.M1P1.host") << 0;
        QTest::newRow("seen") << QStringLiteral("cur/1711900000.M1P1.host:2,S")
                              << int(MessageStatus::Read | MessageStatus::Old);
        QTest::newRow("replied flagged seen")
            << QStringLiteral("cur/1711900000.M1P1.host:2,FRS")
            << int(MessageStatus::Read | MessageStatus::Old | MessageStatus::Answered | MessageStatus::Flagged);
        QTest::newRow("trashed") << QStringLiteral("cur/1711900000.M1P1.host:2,T")
                                 << int(MessageStatus::Old | MessageStatus::Deleted);
        QTest::newRow("draft") << QStringLiteral("cur/1711900000.M1P1.host:2,D")
                               << int(MessageStatus::Old | MessageStatus::Draft);
        QTest::newRow("no-colon file systems")
            << QStringLiteral("cur/1711900000.M1P1.host!2,S") << int(MessageStatus::Read | MessageStatus::Old);
        QTest::newRow("cur without info is old")
            << QStringLiteral("cur/1711900000.M1P1.host") << int(MessageStatus::Old);
    }
    void maildirFlagsFromNames()
    {
        QFETCH(QString, name);
        QFETCH(int, flags);
        QByteArray pool;
        const MessageEntry e = MaildirStore::makeEntry(name.toUtf8(), "From: a@x\nSubject: s\n\n", 20, pool);
        QCOMPARE(int(e.flags & MessageStatus::persistentMask), flags & MessageStatus::persistentMask);
    }

    // Flag changes rename the very file (same inode: never a copy), moving it from new/ to cur/.
    void maildirMovesByRenameOnly()
    {
        QTemporaryDir dir;
        for (const char *sub : {"cur", "new", "tmp"}) {
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(sub)));
        }
        const QString original = dir.filePath(QStringLiteral("new/1711900100.M2P1.host"));
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: b@x\nSubject: new one\n\ny\n");
        f.close();
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(original).constData(), &before), 0);
        MaildirStore store(dir.path());
        QString error;
        const QByteArray key
            = store.setFlags("new/1711900100.M2P1.host", MessageStatus::Read | MessageStatus::Answered, &error);
        QCOMPARE(key, QByteArray("cur/1711900100.M2P1.host:2,RS"));
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(store.filePath(key)).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_dev, before.st_dev);
        QCOMPARE(after.st_nlink, before.st_nlink); // moved, not linked twice
        QVERIFY(!QFile::exists(original));
    }

    // New mail in a Maildir appears on refresh, without reopening.
    void maildirNewMailAppears()
    {
        QTemporaryDir dir;
        for (const char *sub : {"cur", "new", "tmp"}) {
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(sub)));
        }
        auto deliver = [&](const QString &name, const QByteArray &subject) {
            // As an MDA does: write in tmp/, then rename into new/.
            QFile f(dir.filePath(QStringLiteral("tmp/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("From: a@x\nSubject: " + subject + "\n\nbody\n");
            f.close();
            QVERIFY(QFile::rename(f.fileName(), dir.filePath(QStringLiteral("new/") + name)));
        };
        deliver(QStringLiteral("1711900000.M1P1.host"), "first");
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, dir.path(), &loader));
        QCOMPARE(model.rowCount(), 1);
        deliver(QStringLiteral("1711900100.M2P1.host"), "second");
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QStringList subjects;
        for (int r = 0; r < model.rowCount(); ++r) {
            subjects << model.index(r, MessageListModel::SubjectColumn).data().toString();
        }
        subjects.sort();
        QCOMPARE(subjects, (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
    }

    void maildirThroughTheLoader()
    {
        QTemporaryDir dir;
        for (const char *sub : {"cur", "new", "tmp"}) {
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(sub)));
        }
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("cur/1711900000.M1P1.host:2,RS"), "From: a@x\nSubject: read and replied\n\nx\n");
        write(QStringLiteral("new/1711900100.M2P1.host"), "From: b@x\nSubject: brand new\n\ny\n");
        write(QStringLiteral("cur/1711900050.M3P1.host:2,T"), "From: c@x\nSubject: trashed\n\nz\n");
        write(QStringLiteral("tmp/1711900200.M4P1.host"), "From: d@x\nSubject: still being delivered\n\n");
        MessageListModel model;
        MailboxLoader loader;
        QVERIFY(load(&model, dir.path(), &loader));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("read and replied"));
        QCOMPARE(model.index(0, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Answered"));
        QCOMPARE(model.index(1, MessageListModel::StatusColumn).data().toString(), QStringLiteral("Deleted"));
        QCOMPARE(model.index(2, MessageListModel::StatusColumn).data().toString(), QStringLiteral("New"));
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "test_messagelistmodel.moc"
