// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeybuilder.h"
#include "logs/loglineparser.h"
#include "logs/logsummary.h"

#include <QTest>

using namespace Mailroom;

namespace {
std::unique_ptr<LogSummary> summarize(const QByteArray &text)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("inline"), text);
    auto summary = std::make_unique<LogSummary>();
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2024, 3, 26));
    builder.setSummary(summary.get());
    builder.processAll();
    builder.finish();
    return summary;
}

const QByteArray received
    = "Mar 25 08:01:11 mail postfix/smtpd[1201]: 4B1C22A0F3: client=mx.sender.example[198.51.100.7]\n"
      "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@Sender.EXAMPLE>, size=2345, nrcpt=1 (queue "
      "active)\n";
const QByteArray sent
    = "Mar 25 08:01:12 mail postfix/smtp[1207]: 4B1C22A0F3: to=<Bob@Partner.example>, relay=mx[192.0.2.1]:25, "
      "delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n";
} // namespace

class TestLogSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each row: log lines and pflogsumm's grand totals for them.
    void totals_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QList<double>>(
            "expected"); // received delivered forwarded deferred deferrals bounced rejected bytesIn bytesOut
        QTest::newRow("received and delivered") << received + sent << QList<double> {1, 1, 0, 0, 0, 0, 0, 2345, 2345};
        QTest::newRow("size counted once per queue id per file")
            << received + sent + received + sent << QList<double> {2, 2, 0, 0, 0, 0, 0, 2345, 4690};
        QTest::newRow("forwarded is not delivered") << received
                + "Mar 25 08:01:12 mail postfix/local[1207]: 4B1C22A0F3: to=<root@mail.example>, relay=local, "
                  "delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (forwarded as 5C6D7E8F90)\n"
                                                    << QList<double> {1, 0, 1, 0, 0, 0, 0, 2345, 0};
        QTest::newRow("deferrals and deferred messages") << received
                + "Mar 25 08:02:00 mail postfix/smtp[1]: 4B1C22A0F3: to=<a@b.example>, relay=none, delay=30, "
                  "delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to b.example[192.0.2.9]:25: Connection timed "
                  "out)\n"
                  "Mar 25 08:32:00 mail postfix/smtp[1]: 4B1C22A0F3: to=<a@b.example>, relay=none, delay=1830, "
                  "delays=1800/0/30/0, dsn=4.4.1, status=deferred (connect to b.example[192.0.2.9]:25: Connection "
                  "timed out)\n" << QList<double> {1, 0, 0, 1, 2, 0, 0, 2345, 0};
        QTest::newRow("bounced") << received
                + "Mar 25 08:02:00 mail postfix/smtp[1]: 4B1C22A0F3: to=<x@b.example>, relay=mx[192.0.2.1]:25, "
                  "delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx[192.0.2.1] said: 550 5.1.1 no such "
                  "user (in reply to RCPT TO command))\n"
                                 << QList<double> {1, 0, 0, 0, 0, 1, 0, 2345, 0};
        QTest::newRow("smtpd, postscreen and cleanup rejects") << QByteArray(
            "Mar 25 09:30:01 mail postfix/smtpd[1310]: NOQUEUE: reject: RCPT from unknown[198.51.100.99]: 554 5.7.1 "
            "<v@e.example>: Relay access denied; from=<s@b.example> to=<v@e.example> proto=ESMTP helo=<b.example>\n"
            "Mar 25 17:00:07 mail postfix/postscreen[1480]: NOQUEUE: reject: RCPT from [203.0.113.200]:51234: 550 "
            "5.7.1 Service unavailable; client [203.0.113.200] blocked using zen.spamhaus.org; from=<x@s.example>, "
            "to=<b@m.example>, proto=ESMTP, helo=<s.example>\n"
            "Mar 25 16:30:01 mail postfix/cleanup[1472]: 7B8C9DAEBF: reject: header Subject: WON from "
            "unknown[198.51.100.77]; from=<w@l.example> to=<b@m.example> proto=ESMTP helo=<l.example>: 5.7.1 Message "
            "content rejected\n") << QList<double> {0, 0, 0, 0, 0, 0, 3, 0, 0};
        QTest::newRow("pickup counts as received")
            << QByteArray("Mar 25 10:00:00 mail postfix/pickup[820]: 5D0E9A1B22: uid=1000 from=<grace>\n"
                          "Mar 25 10:00:00 mail postfix/qmgr[815]: 5D0E9A1B22: from=<grace@mydomain.example>, "
                          "size=512, nrcpt=1 (queue active)\n")
            << QList<double> {1, 0, 0, 0, 0, 0, 0, 512, 0};
        QTest::newRow("other instances are not counted (like pflogsumm without --syslog-name)")
            << QByteArray("Mar 25 11:30:00 out1 postfix-out/smtpd[3301]: 3Pv1Jn0nQqz9sMn: client=a[10.0.0.1]\n")
            << QList<double> {0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
    void totals()
    {
        QFETCH(QByteArray, log);
        QFETCH(QList<double>, expected);
        const auto s = summarize(log);
        const QList<double> actual {s->received(), s->delivered(),     s->forwarded(),
                                    s->deferred(), s->deferrals(),     s->bounced(),
                                    s->rejected(), s->bytesReceived(), s->bytesDelivered()};
        QCOMPARE(actual, expected);
    }

    void sendersAndDomainsAreLowercasedAfterTheAt()
    {
        const auto s = summarize(received + sent);
        QCOMPARE(s->senderTraffic().keys(), QList<QByteArray> {"alice@sender.example"});
        QCOMPARE(s->recipientTraffic().keys(), QList<QByteArray> {"Bob@partner.example"});
        QCOMPARE(s->recipientDomainTraffic().value("partner.example").delayMax, 0.5);
        QCOMPARE(s->perHour()[8][LogSummary::Received], 1.0);
        QCOMPARE(s->perHour()[8][LogSummary::Delivered], 1.0);
    }

    void rejectReasons()
    {
        const auto s = summarize(
            "Mar 25 09:30:01 mail postfix/smtpd[1310]: NOQUEUE: reject: RCPT from unknown[198.51.100.99]: 554 5.7.1 "
            "<v@e.example>: Relay access denied; from=<s@b.example> to=<v@e.example> proto=ESMTP helo=<b.example>\n"
            "Mar 25 09:40:01 mail postfix/smtpd[1311]: NOQUEUE: reject: RCPT from mail.friend.example[192.0.2.55]: 550 "
            "5.1.1 <nobody@m.example>: Recipient address rejected: User unknown in local recipient table; "
            "from=<f@friend.example> to=<nobody@m.example> proto=ESMTP helo=<mail.friend.example>\n");
        const auto rcpt = s->rejectDetail().value("RCPT");
        QCOMPARE(rcpt.value("Relay access denied").value("198.51.100.99"), 1);
        QCOMPARE(
            rcpt.value("Recipient address rejected: User unknown in local recipient table").value("nobody@m.example"),
            1);
    }

    void clientDomain_data()
    {
        QTest::addColumn<QByteArray>("client");
        QTest::addColumn<QByteArray>("domain");
        QTest::newRow("host") << QByteArray("mail.Sender.com[198.51.100.7]") << QByteArray("sender.com");
        QTest::newRow("example is no three-letter tld")
            << QByteArray("mail.Sender.example[198.51.100.7]") << QByteArray("mail.Sender.example");
        QTest::newRow("unknown") << QByteArray("unknown[198.51.100.7]") << QByteArray("198.51.100.7");
        QTest::newRow("two labels kept") << QByteArray("Example.com[192.0.2.1]") << QByteArray("Example.com");
        QTest::newRow("country second level")
            << QByteArray("mx.mail.example.co.uk[192.0.2.1]") << QByteArray("example.co.uk");
        QTest::newRow("two-letter tld unchanged")
            << QByteArray("mx.example.de[192.0.2.1]") << QByteArray("mx.example.de");
        QTest::newRow("ipv6") << QByteArray("mail.example.org[2001:db8::1]") << QByteArray("example.org");
    }
    void clientDomain()
    {
        QFETCH(QByteArray, client);
        QFETCH(QByteArray, domain);
        QCOMPARE(LogSummary::clientDomain(client), domain);
    }

    // Reading a text takes a line's command and queue id from the parser's findings where they
    // settle them; addLine() always matches pflogsumm's pattern on the line. Each row is a small
    // log whose lines stretch that shortcut (what it must hand to the pattern); both ways must
    // count alike, queue ids included (the sizes follow them to the deliveries).
    void commandAndQueueIdAsThePatternFindsThem_data()
    {
        QTest::addColumn<QByteArray>("smtpd");
        QTest::addColumn<QByteArray>("delivery");
        const QByteArray client = "client=mx.sender.example[198.51.100.7]\n";
        const QByteArray to = "to=<Bob@Partner.example>, relay=mx[192.0.2.1]:25, delay=0.5, dsn=2.0.0, status=sent "
                              "(250 2.0.0 Ok)\n";
        QTest::newRow("the usual form") << "postfix/smtpd[1201]: 4B1C22A0F3: " + client
                                        << "postfix/smtp[1207]: 4B1C22A0F3: " + to;
        QTest::newRow("two spaces before the id")
            << "postfix/smtpd[1201]:  4B1C22A0F3: " + client << "postfix/smtp[1207]:  4B1C22A0F3: " + to;
        QTest::newRow("a tab before the id")
            << "postfix/smtpd[1201]: \t4B1C22A0F3: " + client << "postfix/smtp[1207]: \t4B1C22A0F3: " + to;
        QTest::newRow("no space after the colon")
            << "postfix/smtpd[1201]:4B1C22A0F3: " + client << "postfix/smtp[1207]:4B1C22A0F3: " + to;
        QTest::newRow("a colon first") << "postfix/smtpd[1201]: :4B1C22A0F3: " + client
                                       << "postfix/smtp[1207]: :4B1C22A0F3: " + to;
        QTest::newRow("submission and smtps")
            << "postfix/submission/smtpd[1201]: 4B1C22A0F3: " + client << "postfix/smtps/smtp[1207]: 4B1C22A0F3: " + to;
        QTest::newRow("three levels") << "postfix/a/smtpd[1201]: 4B1C22A0F3: " + client
                                      << "postfix/smtps/submission/smtp[1207]: 4B1C22A0F3: " + to;
        QTest::newRow("no process id") << "postfix/smtpd: 4B1C22A0F3: " + client << "postfix/smtp: 4B1C22A0F3: " + to;
        QTest::newRow("a process id too long")
            << "postfix/smtpd[12345678901]: 4B1C22A0F3: " + client << "postfix/smtp[12345678901]: 4B1C22A0F3: " + to;
        QTest::newRow("no daemon") << "postfix/[1201]: 4B1C22A0F3: " + client << "postfix/[1207]: 4B1C22A0F3: " + to;
        QTest::newRow("another instance")
            << "postfix-out/smtpd[1201]: 4B1C22A0F3: " + client << "postfixx/smtp[1207]: 4B1C22A0F3: " + to;
        QTest::newRow("no id") << "postfix/smtpd[1201]: " + client << "postfix/smtp[1207]: " + to;
        QTest::newRow("an id and a colon")
            << "postfix/smtpd[1201]: 4B1C22A0F3:: " + client << "postfix/smtp[1207]: 4B1C22A0F3 : " + to;
    }
    void commandAndQueueIdAsThePatternFindsThem()
    {
        QFETCH(QByteArray, smtpd);
        QFETCH(QByteArray, delivery);
        const QByteArray log = "Mar 25 08:01:11 mail " + smtpd
            + "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: from=<alice@Sender.EXAMPLE>, size=2345, nrcpt=1 "
              "(queue active)\n"
              "Mar 25 08:01:12 mail "
            + delivery;
        const QDate reference(2024, 3, 26);
        LogSummary read;
        read.addText(log, reference);
        LogSummary byLine;
        const LogLineParser parser(reference);
        for (const QByteArray &line : log.split('\n')) {
            ParsedLine parsed;
            if (parser.parse(line, parsed)) {
                byLine.addLine(parsed);
            }
        }
        QCOMPARE(read.pflogsummReport(), byLine.pflogsummReport());
        QCOMPARE(read.toJson(-1), byLine.toJson(-1));
    }
};

QTEST_GUILESS_MAIN(TestLogSummary)
#include "test_logsummary.moc"
