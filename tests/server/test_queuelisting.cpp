// SPDX-License-Identifier: GPL-2.0-or-later
#include "queuelisting.h"

#include <QTest>

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *s : items) {
        list += QString::fromUtf8(s);
    }
    return list;
}
} // namespace

using namespace Mailroom;

class TestQueueListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("output"); // what `postqueue -j` printed
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("firstRecipients");

        const QByteArray deferred
            = "{\"queue_name\": \"deferred\", \"queue_id\": \"4B3C2A1F0E\", \"arrival_time\": 1764950000, "
              "\"message_size\": 1234, \"forced_expire\": false, \"sender\": \"alice@demo-server.mydomain.com\", "
              "\"recipients\": [{\"address\": \"bob@example.com\", \"delay_reason\": \"connect to "
              "example.com[93.184.215.14]:25: "
              "Connection timed out\"}, {\"address\": \"carol@example.com\"}]}";
        const QByteArray active
            = "{\"queue_name\": \"active\", \"queue_id\": \"4XyZ1abcDEfg2h\", \"arrival_time\": 1764950001, "
              "\"message_size\": 99, \"sender\": \"\", \"recipients\": [{\"address\": \"root@localhost\"}]}";

        QTest::newRow("empty queue") << QByteArray() << QStringList() << QStringList();
        QTest::newRow("one deferred")
            << (deferred + '\n') << L({"4B3C2A1F0E"})
            << L({"bob@example.com: connect to example.com[93.184.215.14]:25: Connection timed out",
                  "carol@example.com"});
        QTest::newRow("two, no final newline") << (deferred + '\n' + active) << L({"4B3C2A1F0E", "4XyZ1abcDEfg2h"})
                                               << L({"bob@example.com: connect to example.com[93.184.215.14]:25: "
                                                     "Connection timed out",
                                                     "carol@example.com"});
        QTest::newRow("blank lines") << ("\n\n" + active + "\n\n") << L({"4XyZ1abcDEfg2h"}) << L({"root@localhost"});
        QTest::newRow("malformed line skipped")
            << ("postqueue: warning: Mail system is down\n" + active + "\n{\"queue_id\": \"trunc")
            << L({"4XyZ1abcDEfg2h"}) << L({"root@localhost"});
        QTest::newRow("json array is not a line object")
            << QByteArray("[1, 2]\n" + active) << L({"4XyZ1abcDEfg2h"}) << L({"root@localhost"});
        QTest::newRow("empty object skipped") << QByteArray("{}\n") << QStringList() << QStringList();
        QTest::newRow("no recipients") << QByteArray("{\"queue_name\": \"hold\", \"queue_id\": \"ABCDE\"}")
                                       << L({"ABCDE"}) << QStringList();
    }
    void parse()
    {
        QFETCH(QByteArray, output);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, firstRecipients);
        const QueueEntryList list = QueueListing::parse(output);
        QStringList got;
        for (const auto &e : list) {
            got += e.queueId;
        }
        QCOMPARE(got, ids);
        if (!list.isEmpty()) {
            QCOMPARE(list.first().recipients, firstRecipients);
        }
    }

    void fields()
    {
        const QueueEntryList list = QueueListing::parse(
            "{\"queue_name\": \"deferred\", \"queue_id\": \"4B3C2A1F0E\", \"arrival_time\": 1764950000, "
            "\"message_size\": 1234, \"sender\": \"alice@example.com\", \"recipients\": []}");
        QCOMPARE(list.size(), 1);
        const QueueEntry &e = list.first();
        QCOMPARE(e.queueName, QStringLiteral("deferred"));
        QCOMPARE(e.sender, QStringLiteral("alice@example.com"));
        QCOMPARE(e.arrivalTime, qint64(1764950000));
        QCOMPARE(e.size, qint64(1234));
    }

    void isValidQueueId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short hex") << "4B3C2A1F0E" << true;
        QTest::newRow("long form") << "4XyZ1abcDEfg2h" << true;
        QTest::newRow("five") << "ABCDE" << true;
        QTest::newRow("four") << "ABCD" << false;
        QTest::newRow("33") << QString(33, QLatin1Char('A')) << false;
        QTest::newRow("option") << "-d ALL" << false;
        QTest::newRow("hold marker") << "4B3C2A1F0E!" << false;
        QTest::newRow("non-ASCII letter") << "4B3C2Ä1F0E" << false;
    }
    void isValidQueueId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(QueueListing::isValidQueueId(id), valid);
    }
};

QTEST_GUILESS_MAIN(TestQueueListing)
#include "test_queuelisting.moc"
