// SPDX-License-Identifier: GPL-2.0-or-later
// One Postfix delivery log line as a typed result: what the test mail follow-up, the Setup
// steps and mailroomctl testmail show instead of picking words out of the text.
#include "logs/deliveryline.h"

#include <QTest>

using Mailroom::DeliveryLine;
using Mailroom::DeliveryStatus;

class TestDeliveryLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void notADelivery_data();
    void notADelivery();
};

void TestDeliveryLine::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("queueId");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<float>("delay");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("final");

    QTest::newRow("local sent") << QStringLiteral(
        "4F1A2B3C4D: to=<bob@mydomain.com>, relay=local, delay=0.05, delays=0.02/0.01/0/0.02, "
        "dsn=2.0.0, status=sent (delivered to mailbox)")
                                << QStringLiteral("4F1A2B3C4D") << QStringLiteral("bob@mydomain.com")
                                << QStringLiteral("local") << QStringLiteral("2.0.0") << 0.05f
                                << int(DeliveryStatus::Sent) << QStringLiteral("delivered to mailbox") << true;
    QTest::newRow("relay sent, orig_to") << QStringLiteral(
        "9A8B7C6D5E: to=<carol@example.org>, orig_to=<carol>, relay=smtp.relay.test[192.0.2.7]:587, "
        "delay=1.2, delays=0.1/0/0.6/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Kc9Dq)")
                                         << QStringLiteral("9A8B7C6D5E") << QStringLiteral("carol@example.org")
                                         << QStringLiteral("smtp.relay.test[192.0.2.7]:587") << QStringLiteral("2.0.0")
                                         << 1.2f << int(DeliveryStatus::Sent)
                                         << QStringLiteral("250 2.0.0 Ok: queued as 4Kc9Dq") << true;
    QTest::newRow("deferred") << QStringLiteral(
        "1B2C3D4E5F: to=<x@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, "
        "status=deferred (connect to example.net[198.51.100.1]:25: Connection refused)")
                              << QStringLiteral("1B2C3D4E5F") << QStringLiteral("x@example.net")
                              << QStringLiteral("none") << QStringLiteral("4.4.1") << 30.0f
                              << int(DeliveryStatus::Deferred)
                              << QStringLiteral("connect to example.net[198.51.100.1]:25: Connection refused") << false;
    QTest::newRow("bounced, long queue id")
        << QStringLiteral("4Kc9Dq0Sx5z9rxH: to=<nobody@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=0.4, "
                          "delays=0.1/0/0.2/0.1, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: "
                          "550 5.1.1 <nobody@example.com>: Recipient address rejected (in reply to RCPT TO command))")
        << QStringLiteral("4Kc9Dq0Sx5z9rxH") << QStringLiteral("nobody@example.com")
        << QStringLiteral("mx.example.com[203.0.113.5]:25") << QStringLiteral("5.1.1") << 0.4f
        << int(DeliveryStatus::Bounced)
        << QStringLiteral("host mx.example.com[203.0.113.5] said: 550 5.1.1 <nobody@example.com>: Recipient address "
                          "rejected (in reply to RCPT TO command)")
        << true;
    QTest::newRow("expired") << QStringLiteral(
        "3F2A1C0B4D: from=<alice@mydomain.com>, status=expired, returned to sender")
                             << QStringLiteral("3F2A1C0B4D") << QString() << QString() << QString()
                             << Mailroom::Delivery::Unknown << int(DeliveryStatus::Expired)
                             << QStringLiteral("returned to sender") << true;
    QTest::newRow("whole syslog line") << QStringLiteral(
        "Mar 25 11:21:48 mx1 postfix/smtp[4711]: 3F2A1C0B4D: to=<a@b.example>, "
        "relay=b.example[192.0.2.9]:25, delay=2, dsn=4.7.0, status=deferred (host b.example said: "
        "421 try later)") << QStringLiteral("3F2A1C0B4D")
                                       << QStringLiteral("a@b.example") << QStringLiteral("b.example[192.0.2.9]:25")
                                       << QStringLiteral("4.7.0") << 2.0f << int(DeliveryStatus::Deferred)
                                       << QStringLiteral("host b.example said: 421 try later") << false;
    QTest::newRow("no dsn, no reason") << QStringLiteral("ABCDEF1234: to=<u@h.example>, relay=local, status=sent")
                                       << QStringLiteral("ABCDEF1234") << QStringLiteral("u@h.example")
                                       << QStringLiteral("local") << QString() << Mailroom::Delivery::Unknown
                                       << int(DeliveryStatus::Sent) << QString() << true;
}

void TestDeliveryLine::parse()
{
    QFETCH(QString, line);
    const std::optional<DeliveryLine> d = DeliveryLine::parse(line);
    QVERIFY(d);
    QTEST(d->queueId, "queueId");
    QTEST(d->recipient, "recipient");
    QTEST(d->relay, "relay");
    QTEST(d->dsn, "dsn");
    QTEST(d->delay, "delay");
    QTEST(int(d->status), "status");
    QTEST(d->reason, "reason");
    QTEST(d->isFinal(), "final");
}

void TestDeliveryLine::notADelivery_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("empty") << QString();
    QTest::newRow("qmgr from") << QStringLiteral(
        "3F2A1C0B4D: from=<alice@mydomain.com>, size=412, nrcpt=1 (queue active)");
    QTest::newRow("removed") << QStringLiteral("3F2A1C0B4D: removed");
    QTest::newRow("pickup") << QStringLiteral("3F2A1C0B4D: uid=1000 from=<alice>");
    QTest::newRow("no queue id") << QStringLiteral("to=<a@b>, relay=local, status=sent (ok)");
    QTest::newRow("connect") << QStringLiteral("connect from localhost[127.0.0.1]");
    QTest::newRow("unknown status") << QStringLiteral("3F2A1C0B4D: to=<a@b>, relay=local, status=weird (x)");
    QTest::newRow("unterminated") << QStringLiteral("3F2A1C0B4D: to=<a@b, relay=local, status=sent (x)");
}

void TestDeliveryLine::notADelivery()
{
    QFETCH(QString, line);
    QVERIFY(!DeliveryLine::parse(line));
}

QTEST_GUILESS_MAIN(TestDeliveryLine)
#include "test_deliveryline.moc"
