// SPDX-License-Identifier: GPL-2.0-or-later
#include "queue/queueaction.h"
#include "queue/queuefilterproxymodel.h"
#include "queue/queueid.h"
#include "queue/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Mailroom;

namespace {
// A fixed "now": the model never reads the clock, so neither does the test.
constexpr qint64 Now = 1764950000;

QueueEntry entry(const char *queue, const char *id, qint64 age, const char *sender,
                 QList<std::pair<const char *, const char *>> recipients, qint64 size = 1000)
{
    QueueEntry e;
    e.queueName = QString::fromLatin1(queue);
    e.queueId = QString::fromLatin1(id);
    e.arrivalTime = Now - age;
    e.sender = QString::fromUtf8(sender);
    e.size = size;
    for (const auto &[address, reason] : recipients) {
        e.recipients.append({QString::fromUtf8(address), QString::fromUtf8(reason)});
    }
    return e;
}

const char *const RelayDown = "connect to relay.invalid[192.0.2.1]:587: Connection refused";
const char *const Greylisted = "host mx.example.net[192.0.2.7] said: 451 4.7.1 Try again later";

QueueEntryList sample()
{
    return {entry("deferred", "4B3C2A1F0E", 3 * 3600 + 59, "alice@mydomain.com",
                  {{"bob@example.com", RelayDown}, {"carol@example.com", RelayDown}}, 2048),
            entry("hold", "7F21B3C0D4", 30 * 60, "bob@mydomain.com", {{"dave@example.com", ""}}, 512),
            entry("deferred", "4dMvQk1Zt9z9rxHbp3Lq", 2 * 86400, "root@mydomain.com",
                  {{"eve@example.net", Greylisted}, {"frank@example.org", RelayDown}}, 4096),
            entry("active", "9A8B7C6D5E", 5, "", {{"root@localhost", ""}}, 300)};
}

QStringList idsOf(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r) {
        ids.append(m.index(r, 0).data(QueueModel::QueueIdRole).toString());
    }
    return ids;
}
} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample(), Now);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, QueueModel::QueueColumn), QStringLiteral("deferred"));
        QCOMPARE(cell(0, QueueModel::IdColumn), QStringLiteral("4B3C2A1F0E"));
        QCOMPARE(cell(0, QueueModel::AgeColumn), QStringLiteral("3 h"));
        QCOMPARE(cell(0, QueueModel::SenderColumn), QStringLiteral("alice@mydomain.com"));
        QCOMPARE(cell(0, QueueModel::RecipientsColumn), QStringLiteral("bob@example.com, carol@example.com"));
        // The same reason for both recipients is said once; the tooltip has each in full.
        QCOMPARE(cell(0, QueueModel::ReasonColumn), QString::fromUtf8(RelayDown));
        QCOMPARE(model.index(0, QueueModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("bob@example.com: %1\ncarol@example.com: %1").arg(QString::fromUtf8(RelayDown)));
        QCOMPARE(cell(1, QueueModel::ReasonColumn), QString());
        QCOMPARE(cell(2, QueueModel::ReasonColumn),
                 QStringLiteral("%1; %2").arg(QString::fromUtf8(Greylisted), QString::fromUtf8(RelayDown)));
        QCOMPARE(cell(2, QueueModel::AgeColumn), QStringLiteral("2 d"));
        QCOMPARE(cell(3, QueueModel::SenderColumn), QStringLiteral("(mail system)"));
        QCOMPARE(model.index(2, 0).data(QueueModel::ReasonsRole).toStringList(),
                 QStringList({QString::fromUtf8(Greylisted), QString::fromUtf8(RelayDown)}));
        QCOMPARE(model.index(2, QueueModel::SizeColumn).data(QueueModel::SortRole).toLongLong(), qint64(4096));
        QCOMPARE(model.rowOfId(QStringLiteral("7F21B3C0D4")), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("NOTQUEUED1")), -1);
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        }
    }

    void refill()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample(), Now);
        model.setEntries({}, Now);
        QCOMPARE(model.rowCount(), 0);
        model.setEntries(sample().mid(1, 2), Now + 3600);
        QCOMPARE(idsOf(model), QStringList({QStringLiteral("7F21B3C0D4"), QStringLiteral("4dMvQk1Zt9z9rxHbp3Lq")}));
        QCOMPARE(model.index(0, QueueModel::AgeColumn).data().toString(), QStringLiteral("1 h"));
    }

    void ageText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("clock skew") << qint64(-5) << "0 s";
        QTest::newRow("0") << qint64(0) << "0 s";
        QTest::newRow("59 s") << qint64(59) << "59 s";
        QTest::newRow("1 min") << qint64(60) << "1 min";
        QTest::newRow("59 min") << qint64(3599) << "59 min";
        QTest::newRow("1 h") << qint64(3600) << "1 h";
        QTest::newRow("3 h") << qint64(3 * 3600 + 1799) << "3 h";
        QTest::newRow("23 h") << qint64(86399) << "23 h";
        QTest::newRow("1 d") << qint64(86400) << "1 d";
        QTest::newRow("5 d") << qint64(5 * 86400 + 7) << "5 d";
    }
    void ageText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(QueueModel::ageText(seconds), text);
    }

    void waitingLongerThanAnHour()
    {
        QueueModel model;
        model.setEntries(sample(), Now);
        QCOMPARE(model.countWaitingLongerThan(3600), 2);
        model.setEntries(sample(), Now + 3600); // the held message (30 min) and the active one pass the hour
        QCOMPARE(model.countWaitingLongerThan(3600), 4);
        model.setEntries({}, Now);
        QCOMPARE(model.countWaitingLongerThan(3600), 0);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("ids");
        const QString a = QStringLiteral("4B3C2A1F0E"), b = QStringLiteral("7F21B3C0D4"),
                      c = QStringLiteral("4dMvQk1Zt9z9rxHbp3Lq"), d = QStringLiteral("9A8B7C6D5E");
        QTest::newRow("none") << "" << "" << "" << "" << QStringList {a, b, c, d};
        QTest::newRow("deferred") << "deferred" << "" << "" << "" << QStringList {a, c};
        QTest::newRow("hold") << "hold" << "" << "" << "" << QStringList {b};
        QTest::newRow("incoming (none)") << "incoming" << "" << "" << "" << QStringList {};
        QTest::newRow("sender, any case") << "" << "ALICE" << "" << "" << QStringList {a};
        QTest::newRow("null sender by its words") << "" << "mail system" << "" << "" << QStringList {d};
        QTest::newRow("second recipient") << "" << "" << "carol" << "" << QStringList {a};
        QTest::newRow("recipient domain") << "" << "" << "example.org" << "" << QStringList {c};
        QTest::newRow("reason") << "" << "" << "" << "connection refused" << QStringList {a, c};
        QTest::newRow("reason of one recipient") << "" << "" << "" << "451 4.7.1" << QStringList {c};
        QTest::newRow("all must match") << "deferred" << "root" << "frank" << "refused" << QStringList {c};
        QTest::newRow("all must match, one does not") << "hold" << "root" << "" << "" << QStringList {};
        QTest::newRow("blank is no filter") << "" << "  " << "" << "" << QStringList {a, b, c, d};
    }
    void filter()
    {
        QFETCH(QString, queue);
        QFETCH(QString, sender);
        QFETCH(QString, recipient);
        QFETCH(QString, reason);
        QFETCH(QStringList, ids);
        QueueModel model;
        QueueFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample(), Now);
        proxy.setQueueName(queue);
        proxy.setSenderFilter(sender);
        proxy.setRecipientFilter(recipient);
        proxy.setReasonFilter(reason);
        QCOMPARE(idsOf(proxy), ids);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortByAge()
    {
        QueueModel model;
        QueueFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setEntries(sample(), Now);
        proxy.sort(QueueModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(proxy),
                 QStringList({QStringLiteral("4dMvQk1Zt9z9rxHbp3Lq"), QStringLiteral("4B3C2A1F0E"),
                              QStringLiteral("7F21B3C0D4"), QStringLiteral("9A8B7C6D5E")}));
    }

    void queueId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short hex") << "4B3C2A1F0E" << true;
        QTest::newRow("long form") << "4dMvQk1Zt9z9rxHbp3Lq" << true;
        QTest::newRow("four") << "ABCD" << false;
        QTest::newRow("option") << "-i" << false;
        QTest::newRow("ALL with option") << "-d ALL" << false;
        QTest::newRow("mailq hold marker") << "4B3C2A1F0E!" << false;
        QTest::newRow("mailq active marker") << "4B3C2A1F0E*" << false;
        QTest::newRow("path") << "../ABCDE" << false;
        QTest::newRow("empty") << "" << false;
    }
    void queueId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(QueueId::isValid(id), valid);
    }

    void doneText_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        // The source texts (no catalog is loaded here); mailroom_en.ts has "1 message", "2 messages".
        QTest::newRow("released 2") << int(QueueAction::Release) << 2 << "2 message(s) released";
        QTest::newRow("held") << int(QueueAction::Hold) << 2 << "2 message(s) put on hold";
        QTest::newRow("retried") << int(QueueAction::Retry) << 1 << "1 message(s) retried now";
        QTest::newRow("requeued") << int(QueueAction::Requeue) << 3 << "3 message(s) requeued";
        QTest::newRow("deleted") << int(QueueAction::Delete) << 1 << "1 message(s) deleted";
    }
    void doneText()
    {
        QFETCH(int, action);
        QFETCH(int, count);
        QFETCH(QString, text);
        QCOMPARE(QueueActions::doneText(QueueAction(action), count), text);
        QCOMPARE(QueueActions::isDestructive(QueueAction(action)), QueueAction(action) == QueueAction::Delete);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "test_queuemodel.moc"
