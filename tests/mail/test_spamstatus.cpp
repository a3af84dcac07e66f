// SPDX-License-Identifier: GPL-2.0-or-later
// SpamAssassin's headers in the reader: the parser (all fields, for the message view), the
// header index's cheap path, and the list model's spam column with its sorting.
#include "mail/headerindex.h"
#include "mail/mailboxloader.h"
#include "mail/messagelistmodel.h"
#include "mail/spamstatus.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;
using namespace Qt::StringLiterals;

namespace {
QByteArray message(int n, const QByteArray &spamHeaders)
{
    return QByteArray("From sender@example.org  Mon Apr  1 10:00:00 2024\nFrom: s") + QByteArray::number(n)
        + "@example.org\nSubject: m" + QByteArray::number(n) + "\n" + spamHeaders + "\nbody\n\n";
}
} // namespace

class TestSpamStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("spam");
        QTest::addColumn<bool>("hasScore");
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("required");
        QTest::addColumn<QStringList>("tests");
        QTest::addColumn<int>("tenths");

        // As spamass-milter wrote it in the sandbox (SpamAssassin 4.0.1, GTUBE, tests folded).
        QTest::newRow("gtube folded") << QByteArray(
            "X-Spam-Flag: YES\nX-Spam-Status: Yes, score=1003.6 required=5.0 tests=GTUBE,RCVD_ILLEGAL_IP,\n"
            "\tRDNS_NONE,TVD_SPACE_RATIO,TVD_SPACE_RATIO_MINFP autolearn=no\n"
            "\tautolearn_force=no version=4.0.1\nX-Spam-Level: *****\n")
                                      << true << true << true << 1003.6 << 5.0
                                      << QStringList {u"GTUBE"_s, u"RCVD_ILLEGAL_IP"_s, u"RDNS_NONE"_s,
                                                      u"TVD_SPACE_RATIO"_s, u"TVD_SPACE_RATIO_MINFP"_s}
                                      << 10036;
        QTest::newRow("clean") << QByteArray(
            "X-Spam-Status: No, score=1.2 required=5.0 tests=MISSING_DATE,MISSING_MID\n"
            "\tautolearn=no autolearn_force=no version=4.0.1\n")
                               << true << false << true << 1.2 << 5.0
                               << QStringList {u"MISSING_DATE"_s, u"MISSING_MID"_s} << 12;
        QTest::newRow("negative score, tests none")
            << QByteArray("X-Spam-Status: No, score=-2.6 required=5.0 tests=none autolearn=ham\n") << true << false
            << true << -2.6 << 5.0 << QStringList() << -26;
        QTest::newRow("odd spacing and case")
            << QByteArray("x-spam-flag:yes\nX-SPAM-STATUS:   yes,score=7.5\t required=5.0   tests=A , B\n") << true
            << true << true << 7.5 << 5.0 << QStringList {u"A"_s} << 75;
        QTest::newRow("old hits=") << QByteArray("X-Spam-Status: Yes, hits=6.1 required=5.0 tests=FOO\n") << true
                                   << true << true << 6.1 << 5.0 << QStringList {u"FOO"_s} << 61;
        QTest::newRow("flag only") << QByteArray("X-Spam-Flag: YES\n") << true << true << false << 0.0 << 0.0
                                   << QStringList() << 0;
        QTest::newRow("flag NO") << QByteArray("X-Spam-Flag: NO\n") << true << false << false << 0.0 << 0.0
                                 << QStringList() << 0;
        QTest::newRow("missing") << QByteArray("X-Spam-Level: ***\nX-Spam-Checker-Version: x\n") << false << false
                                 << false << 0.0 << 0.0 << QStringList() << 0;
        QTest::newRow("garbage score") << QByteArray("X-Spam-Status: Yes, score=lots required=5.0\n") << true << true
                                       << false << 0.0 << 5.0 << QStringList() << 0;
        QTest::newRow("yesterday is not yes") << QByteArray("X-Spam-Status: Yesterday, score=1.0\n") << true << false
                                              << true << 1.0 << 0.0 << QStringList() << 10;
        QTest::newRow("huge score clamps") << QByteArray("X-Spam-Status: Yes, score=99999.9 required=5.0\n") << true
                                           << true << true << 99999.9 << 5.0 << QStringList() << 32767;
    }
    void parse()
    {
        QFETCH(QByteArray, headers);
        QFETCH(bool, present);
        QFETCH(bool, spam);
        QFETCH(bool, hasScore);
        QFETCH(double, score);
        QFETCH(double, required);
        QFETCH(QStringList, tests);
        QFETCH(int, tenths);

        const QByteArray block = "From: a@example.org\n" + headers + "Subject: x\n\nbody\n";
        const SpamStatus s = SpamStatus::parse(HeaderIndex::headerValue(block, "X-Spam-Flag"),
                                               HeaderIndex::headerValue(block, "X-Spam-Status"));
        QCOMPARE(s.present, present);
        QCOMPARE(s.spam, spam);
        QCOMPARE(s.hasScore, hasScore);
        QCOMPARE(s.score, score);
        QCOMPARE(s.required, required);
        QCOMPARE(s.tests, tests);

        // The index (every message of a mailbox) agrees, without the tests list.
        MessageEntry entry;
        QByteArray pool;
        bool complete = false;
        HeaderIndex::fill(block, &entry, pool, &complete);
        QVERIFY(complete);
        QCOMPARE(bool(entry.spam & SpamHeaders), present);
        QCOMPARE(bool(entry.spam & SpamFlagged), spam);
        QCOMPARE(bool(entry.spam & SpamScored), hasScore);
        QCOMPARE(int(entry.spamScore), tenths);
        QCOMPARE(HeaderIndex::string(pool, entry.subject), QByteArrayView("x"));
    }

    // The two messages spamass-milter delivered to bob in the sandbox (tests/data/mail/spam.mbox).
    void realMailbox()
    {
        MessageListModel model;
        MailboxLoader loader;
        QObject::connect(&loader, &MailboxLoader::batchReady, &model, &MessageListModel::applyBatch);
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.open(QFINDTESTDATA("../data/mail/spam.mbox"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MessageListModel::SpamColumn).data().toString(), u"2.6"_s);
        QCOMPARE(model.index(0, 0).data(MessageListModel::SpamRole).toInt(), int(SpamHeaders | SpamScored));
        QCOMPARE(model.index(1, MessageListModel::SpamColumn).data().toString(), u"1003.6"_s);
        QCOMPARE(model.index(1, 0).data(MessageListModel::SpamRole).toInt(),
                 int(SpamHeaders | SpamFlagged | SpamScored));
    }

    void modelColumnAndSorting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inbox"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(message(0, "X-Spam-Status: No, score=-2.6 required=5.0 tests=none\n"));
        f.write(message(1, {}));
        f.write(message(2, "X-Spam-Flag: YES\nX-Spam-Status: Yes, score=1000.0 required=5.0 tests=GTUBE\n"));
        f.write(message(3, "X-Spam-Status: No, score=1.2 required=5.0 tests=MISSING_DATE\n"));
        f.write(message(4, "X-Spam-Flag: YES\n"));
        f.close();

        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(MessageListModel::SpamColumn, Qt::Horizontal).toString(), u"Spam"_s);
        QVERIFY(!model.hasSpamHeaders());
        MailboxLoader loader;
        QObject::connect(&loader, &MailboxLoader::batchReady, &model, &MessageListModel::applyBatch);
        QSignalSpy finished(&loader, &MailboxLoader::finished);
        loader.open(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.hasSpamHeaders());

        auto text = [&](int row) {
            return model.index(row, MessageListModel::SpamColumn).data().toString();
        };
        QCOMPARE(text(0), u"-2.6"_s);
        QCOMPARE(text(1), QString()); // never seen by SpamAssassin
        QCOMPARE(text(2), u"1000.0"_s);
        QCOMPARE(text(4), u"spam"_s);
        QCOMPARE(model.index(2, MessageListModel::SpamColumn).data(Qt::ToolTipRole).toString(),
                 u"SpamAssassin: spam (score 1000.0)"_s);
        QCOMPARE(model.index(0, MessageListModel::SpamColumn).data(Qt::ToolTipRole).toString(),
                 u"SpamAssassin: not spam (score -2.6)"_s);
        QCOMPARE(model.index(2, 0).data(MessageListModel::SpamRole).toInt(),
                 int(SpamHeaders | SpamFlagged | SpamScored));
        QCOMPARE(model.index(1, 0).data(MessageListModel::SpamRole).toInt(), 0);

        auto subjects = [&] {
            QStringList s;
            for (int r = 0; r < model.rowCount(); ++r) {
                s << model.index(r, MessageListModel::SubjectColumn).data().toString();
            }
            return s;
        };
        model.sort(MessageListModel::SpamColumn, Qt::DescendingOrder);
        QCOMPARE(subjects(), (QStringList {u"m4"_s, u"m2"_s, u"m3"_s, u"m0"_s, u"m1"_s}));
        model.sort(MessageListModel::SpamColumn, Qt::AscendingOrder);
        QCOMPARE(subjects(), (QStringList {u"m1"_s, u"m0"_s, u"m3"_s, u"m2"_s, u"m4"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSpamStatus)
#include "test_spamstatus.moc"
