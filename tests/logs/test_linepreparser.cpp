// SPDX-License-Identifier: GPL-2.0-or-later
// The stateless half of reading a log (src/core/logs/linepreparser.h): line splitting, Postfix
// lines, queue ids and a delivery's fields.
#include "logs/linepreparser.h"
#include "logs/loglineparser.h"

#include <QTest>

using namespace Mailroom;

namespace {
QByteArray textOf(const QByteArray &line, quint64 lineOffset, TextRef ref)
{
    return line.mid(qsizetype(ref.offset() - lineOffset), ref.length());
}
} // namespace

class TestLinePreparser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsLines()
    {
        const QByteArray text = "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: removed\r\n"
                                "--- not a syslog line ---\n"
                                "Mar 25 08:01:12 mail sshd[9]: Accepted publickey\n"
                                "Mar 25 08:01:13 mail postfix/smtpd[1201]: NOQUEUE: reject: RCPT from x";
        const LogLineParser parser(QDate(2024, 3, 26));
        std::vector<PreparsedLine> lines(7); // reused storage, shrunk to what was read
        LinePreparser::preparse(parser, text.constData(), text.constData() + text.size(), 1000, lines);
        QCOMPARE(lines.size(), size_t(4));
        QCOMPARE(QByteArrayView(lines[0].begin, lines[0].length),
                 QByteArrayView("Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: removed")); // without \r
        QVERIFY(lines[0].parsed && lines[0].postfix);
        QCOMPARE(lines[0].queueIdLength, 10);
        QVERIFY(!lines[0].hasDelivery);
        QVERIFY(!lines[1].parsed);
        QVERIFY(lines[2].parsed && !lines[2].postfix);
        QVERIFY(lines[3].postfix);
        QCOMPARE(lines[3].queueIdLength, 0);
        QCOMPARE(lines[3].length, quint32(text.size() - (lines[3].begin - text.constData()))); // no final newline
    }

    void solarisTagSkipped()
    {
        const QByteArray line = "Mar 25 08:01:11 mail postfix/qmgr[815]: [ID 197553 mail.info] 4B1C22A0F3: removed";
        PreparsedLine out;
        LinePreparser::preparseLine(LogLineParser(QDate(2024, 3, 26)), line.constData(), line.size(), 0, out);
        QCOMPARE(out.message, QByteArrayView("4B1C22A0F3: removed"));
        QCOMPARE(out.queueIdLength, 10);
    }

    void deliveryFields_data()
    {
        QTest::addColumn<QByteArray>("rest");
        QTest::addColumn<QByteArray>("recipient");
        QTest::addColumn<QByteArray>("originalRecipient");
        QTest::addColumn<QByteArray>("relay");
        QTest::addColumn<float>("delay");
        QTest::addColumn<QByteArray>("dsn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("next");
        QTest::newRow("sent to a remote server")
            << QByteArray("to=<dave@partner.example>, relay=mx1.partner.example[192.0.2.10]:25, delay=1.4, "
                          "delays=0.05/0.01/0.8/0.54, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7F3E21C0A9)")
            << QByteArray("dave@partner.example") << QByteArray() << QByteArray("mx1.partner.example[192.0.2.10]:25")
            << 1.4f << QByteArray("2.0.0") << int(DeliveryStatus::Sent)
            << QByteArray("250 2.0.0 Ok: queued as 7F3E21C0A9")
            << QByteArray(); // a remote server's queue id is not ours
        QTest::newRow("through a local content filter")
            << QByteArray("to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.3, dsn=2.0.0, "
                          "status=sent (250 2.0.0 Ok: queued as 1A2B3C4D5E)")
            << QByteArray("bob@example.org") << QByteArray() << QByteArray("127.0.0.1[127.0.0.1]:10024") << 0.3f
            << QByteArray("2.0.0") << int(DeliveryStatus::Sent) << QByteArray("250 2.0.0 Ok: queued as 1A2B3C4D5E")
            << QByteArray("1A2B3C4D5E");
        QTest::newRow("local with orig_to")
            << QByteArray("to=<bob@mail.mydomain.example>, orig_to=<bob@mydomain.example>, relay=local, "
                          "delay=0.21, delays=0.1/0.01/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)")
            << QByteArray("bob@mail.mydomain.example") << QByteArray("bob@mydomain.example") << QByteArray("local")
            << 0.21f << QByteArray("2.0.0") << int(DeliveryStatus::Sent) << QByteArray("delivered to mailbox")
            << QByteArray();
        QTest::newRow("deferred") << QByteArray(
            "to=<heidi@faraway.example>, relay=none, delay=30, delays=0.02/0.01/30/0, dsn=4.4.1, "
            "status=deferred (connect to mx.faraway.example[203.0.113.80]:25: Connection timed out)")
                                  << QByteArray("heidi@faraway.example") << QByteArray() << QByteArray("none") << 30.0f
                                  << QByteArray("4.4.1") << int(DeliveryStatus::Deferred)
                                  << QByteArray("connect to mx.faraway.example[203.0.113.80]:25: Connection timed out")
                                  << QByteArray();
        QTest::newRow("bounced, no delays")
            << QByteArray("to=<x@y.example>, relay=none, delay=1, dsn=5.4.4, status=bounced (Host or domain name not "
                          "found)")
            << QByteArray("x@y.example") << QByteArray() << QByteArray("none") << 1.0f << QByteArray("5.4.4")
            << int(DeliveryStatus::Bounced) << QByteArray("Host or domain name not found") << QByteArray();
        QTest::newRow("unknown status word")
            << QByteArray("to=<x@y.example>, status=weird") << QByteArray("x@y.example") << QByteArray() << QByteArray()
            << Delivery::Unknown << QByteArray() << int(DeliveryStatus::Other) << QByteArray() << QByteArray();
    }
    void deliveryFields()
    {
        QFETCH(QByteArray, rest);
        QFETCH(QByteArray, recipient);
        QFETCH(QByteArray, originalRecipient);
        QFETCH(QByteArray, relay);
        QFETCH(float, delay);
        QFETCH(QByteArray, dsn);
        QFETCH(int, status);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, next);
        // TextRefs are offsets in the whole log: put the line somewhere inside it.
        const QByteArray line = "Mar 25 08:01:12 mail postfix/smtp[1207]: 4B1C22A0F3: " + rest;
        const quint64 lineOffset = 5000;
        const QByteArrayView restView = QByteArrayView(line).sliced(line.indexOf("to=<"));
        Delivery d;
        QByteArrayView nextId;
        QVERIFY(LinePreparser::parseDeliveryFields(restView, line.constData(), lineOffset, d, nextId));
        QCOMPARE(textOf(line, lineOffset, d.recipient), recipient);
        QCOMPARE(textOf(line, lineOffset, d.originalRecipient), originalRecipient);
        QCOMPARE(textOf(line, lineOffset, d.relay), relay);
        QCOMPARE(d.delay, delay);
        QCOMPARE(textOf(line, lineOffset, d.dsn), dsn);
        QCOMPARE(int(d.status), status);
        QCOMPARE(textOf(line, lineOffset, d.text), text);
        QCOMPARE(nextId.toByteArray(), next);
    }

    void notADelivery()
    {
        const QByteArray rest = "to=<unterminated";
        Delivery d;
        QByteArrayView next;
        QVERIFY(!LinePreparser::parseDeliveryFields(rest, rest.constData(), 0, d, next));
    }
};

QTEST_GUILESS_MAIN(TestLinePreparser)
#include "test_linepreparser.moc"
