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
        QTest::addColumn<QStringList>("queues");
        QTest::addColumn<QStringList>("firstAddresses");
        QTest::addColumn<QStringList>("firstReasons");

        // Shapes as Postfix 3.x prints them: one object a line, keys in this order.
        const QByteArray deferred
            = "{\"queue_name\": \"deferred\", \"queue_id\": \"4B3C2A1F0E\", \"arrival_time\": 1764950000, "
              "\"message_size\": 1234, \"forced_expire\": false, \"sender\": \"alice@demo-server.mydomain.com\", "
              "\"recipients\": [{\"address\": \"bob@example.com\", \"delay_reason\": \"connect to "
              "example.com[93.184.215.14]:25: "
              "Connection timed out\"}, {\"address\": \"carol@example.com\"}]}";
        const QByteArray active
            = "{\"queue_name\": \"active\", \"queue_id\": \"4XyZ1abcDEfg2h\", \"arrival_time\": 1764950001, "
              "\"message_size\": 99, \"sender\": \"\", \"recipients\": [{\"address\": \"root@localhost\"}]}";
        // Long queue id (enable_long_queue_ids), three recipients with their own reasons.
        const QByteArray several
            = "{\"queue_name\": \"deferred\", \"queue_id\": \"4dMvQk1Zt9z9rxHbp3Lq\", \"arrival_time\": "
              "1764950100, \"message_size\": 2048, \"forced_expire\": false, \"sender\": \"alice@mydomain.com\", "
              "\"recipients\": [{\"address\": \"a@example.net\", \"delay_reason\": \"host mx.example.net[192.0.2.7] "
              "said: 451 4.7.1 Try again later (in reply to RCPT TO command)\"}, {\"address\": \"b@example.net\", "
              "\"delay_reason\": \"delivery temporarily suspended: connect to relay.invalid[192.0.2.1]:587: "
              "Connection refused\"}, {\"address\": \"c@example.org\", \"delay_reason\": \"Host or domain name "
              "not found. Name service error for name=example.org type=MX: Host not found, try again\"}]}";
        const QByteArray held = "{\"queue_name\": \"hold\", \"queue_id\": \"7F21B3C0D4\", \"arrival_time\": "
                                "1764940000, \"message_size\": 512, \"forced_expire\": false, \"sender\": "
                                "\"bob@mydomain.com\", \"recipients\": [{\"address\": \"dave@example.com\"}]}";
        const QByteArray incoming = "{\"queue_name\": \"incoming\", \"queue_id\": \"9A8B7C6D5E\", "
                                    "\"arrival_time\": 1764950200, \"message_size\": 300, \"sender\": "
                                    "\"root@mydomain.com\", \"recipients\": [{\"address\": \"eve@example.com\"}]}";

        QTest::newRow("empty queue") << QByteArray() << QStringList() << QStringList() << QStringList()
                                     << QStringList();
        QTest::newRow("one deferred") << (deferred + '\n') << L({"4B3C2A1F0E"}) << L({"deferred"})
                                      << L({"bob@example.com", "carol@example.com"})
                                      << L({"connect to example.com[93.184.215.14]:25: Connection timed out", ""});
        QTest::newRow("two, no final newline")
            << (deferred + '\n' + active) << L({"4B3C2A1F0E", "4XyZ1abcDEfg2h"}) << L({"deferred", "active"})
            << L({"bob@example.com", "carol@example.com"})
            << L({"connect to example.com[93.184.215.14]:25: Connection timed out", ""});
        QTest::newRow("long id, several recipients")
            << (several + '\n') << L({"4dMvQk1Zt9z9rxHbp3Lq"}) << L({"deferred"})
            << L({"a@example.net", "b@example.net", "c@example.org"})
            << L({"host mx.example.net[192.0.2.7] said: 451 4.7.1 Try again later (in reply to RCPT TO command)",
                  "delivery temporarily suspended: connect to relay.invalid[192.0.2.1]:587: Connection refused",
                  "Host or domain name not found. Name service error for name=example.org type=MX: Host not found, "
                  "try again"});
        QTest::newRow("hold queue first")
            << (held + '\n' + deferred + '\n' + incoming + '\n') << L({"7F21B3C0D4", "4B3C2A1F0E", "9A8B7C6D5E"})
            << L({"hold", "deferred", "incoming"}) << L({"dave@example.com"}) << L({""});
        QTest::newRow("blank lines") << ("\n\n" + active + "\n\n") << L({"4XyZ1abcDEfg2h"}) << L({"active"})
                                     << L({"root@localhost"}) << L({""});
        QTest::newRow("a line that is not JSON")
            << ("postqueue: warning: Mail system is down\n" + active + "\n{\"queue_id\": \"trunc")
            << L({"4XyZ1abcDEfg2h"}) << L({"active"}) << L({"root@localhost"}) << L({""});
        QTest::newRow("json array is not a line object") << QByteArray("[1, 2]\n" + active) << L({"4XyZ1abcDEfg2h"})
                                                         << L({"active"}) << L({"root@localhost"}) << L({""});
        QTest::newRow("empty object skipped")
            << QByteArray("{}\n") << QStringList() << QStringList() << QStringList() << QStringList();
        QTest::newRow("no recipients") << QByteArray("{\"queue_name\": \"hold\", \"queue_id\": \"ABCDE\"}")
                                       << L({"ABCDE"}) << L({"hold"}) << QStringList() << QStringList();
    }
    void parse()
    {
        QFETCH(QByteArray, output);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, queues);
        QFETCH(QStringList, firstAddresses);
        QFETCH(QStringList, firstReasons);
        const QueueEntryList list = QueueListing::parse(output);
        QStringList gotIds, gotQueues;
        for (const auto &e : list) {
            gotIds += e.queueId;
            gotQueues += e.queueName;
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotQueues, queues);
        if (!list.isEmpty()) {
            QStringList addresses, reasons;
            for (const auto &r : list.first().recipients) {
                addresses += r.address;
                reasons += r.delayReason;
            }
            QCOMPARE(addresses, firstAddresses);
            QCOMPARE(reasons, firstReasons);
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

    // Found by fuzz_postqueue: numbers no message has (1e300, -1e300) are clamped, not converted
    // with undefined behaviour (on x86 both became the most negative qint64).
    void numbersOutOfRange()
    {
        const QueueEntryList list
            = QueueListing::parse("{\"queue_id\": \"ABCDEF\", \"arrival_time\": -1e300, \"message_size\": 1e300}");
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().size > 0);
        QVERIFY(list.first().arrivalTime < 0);
    }

    void isValidQueueId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short hex") << "4B3C2A1F0E" << true;
        QTest::newRow("long form") << "4XyZ1abcDEfg2h" << true;
        QTest::newRow("five") << "ABCDE" << true;
        QTest::newRow("long, 20") << "4dMvQk1Zt9z9rxHbp3Lq" << true;
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
