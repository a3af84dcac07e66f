// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeybuilder.h"
#include "logs/loglineparser.h"

#include <QTest>
#include <QTimeZone>

using namespace Mailroom;

class TestLogLineParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<bool>("rfc3339");
        QTest::addColumn<bool>("pflogsumm");
        const QDate march26(2024, 3, 26);
        QTest::newRow("traditional") << QByteArray("Mar 25 11:21:48 mx1 postfix/qmgr[815]: 4B1C22A0F3: removed")
                                     << march26 << QDateTime(QDate(2024, 3, 25), QTime(11, 21, 48)) << false << true;
        QTest::newRow("single-digit day, two spaces")
            << QByteArray("Mar  5 07:02:03 mx1 postfix/qmgr[815]: 4B1C22A0F3: removed") << march26
            << QDateTime(QDate(2024, 3, 5), QTime(7, 2, 3)) << false << true;
        QTest::newRow("December line read in January is last year")
            << QByteArray("Dec 31 23:59:59 gw postfix/qmgr[1]: 4B1C22A0F3: removed") << QDate(2025, 1, 2)
            << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59)) << false << true;
        QTest::newRow("January line read in January is this year")
            << QByteArray("Jan  1 00:00:02 gw postfix/qmgr[1]: 4B1C22A0F3: removed") << QDate(2025, 1, 2)
            << QDateTime(QDate(2025, 1, 1), QTime(0, 0, 2)) << false << true;
        QTest::newRow("leap day") << QByteArray("Feb 29 12:00:00 gw postfix/qmgr[1]: 4B1C22A0F3: removed")
                                  << QDate(2024, 3, 1) << QDateTime(QDate(2024, 2, 29), QTime(12, 0)) << false << true;
        QTest::newRow("rfc3339 with fraction and offset")
            << QByteArray("2024-03-25T11:21:48.123456+01:00 mx1 postfix/smtpd[2201]: connect from x[192.0.2.1]")
            << QDate(2020, 1, 1) << QDateTime(QDate(2024, 3, 25), QTime(11, 21, 48)) << true << true;
        QTest::newRow("rfc3339 UTC") << QByteArray(
            "2024-12-31T23:59:59Z mx1 postfix/smtpd[2201]: connect from x[192.0.2.1]")
                                     << QDate(2020, 1, 1) << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59)) << true
                                     << true;
        QTest::newRow("journalctl short-iso offset without colon (pflogsumm skips it)")
            << QByteArray("2024-03-25T11:40:00+0100 mx1 postfix/anvil[2299]: statistics: max cache size 3")
            << QDate(2020, 1, 1) << QDateTime(QDate(2024, 3, 25), QTime(11, 40)) << true << false;
    }
    void timestamps()
    {
        QFETCH(QByteArray, line);
        QFETCH(QDate, reference);
        QFETCH(QDateTime, expected);
        QFETCH(bool, rfc3339);
        QFETCH(bool, pflogsumm);
        LogLineParser parser(reference);
        ParsedLine p;
        QVERIFY(parser.parse(line, p));
        QCOMPARE(QDateTime(QDate(p.year, p.month, p.day), QTime(p.hour, p.minute, p.second)), expected);
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(p.time, QTimeZone::UTC);
        QCOMPARE(QDateTime(utc.date(), utc.time()), expected);
        QCOMPARE(p.rfc3339, rfc3339);
        QCOMPARE(p.pflogsummTimestamp, pflogsumm);
    }

    void parts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QByteArray>("daemon");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("postfix");
        QTest::newRow("smtpd") << QByteArray("Mar 25 11:21:48 mx1 postfix/smtpd[4711]: connect from a[192.0.2.1]")
                               << QByteArray("mx1") << QByteArray("postfix/smtpd") << QByteArray("smtpd")
                               << qint64(4711) << QByteArray("connect from a[192.0.2.1]") << true;
        QTest::newRow("submission service")
            << QByteArray("Mar 25 11:21:48 mx1 postfix/submission/smtpd[12]: 4Kc9Dq0Sx5z9rxH: client=a[192.0.2.1]")
            << QByteArray("mx1") << QByteArray("postfix/submission/smtpd") << QByteArray("smtpd") << qint64(12)
            << QByteArray("4Kc9Dq0Sx5z9rxH: client=a[192.0.2.1]") << true;
        QTest::newRow("multi-instance") << QByteArray(
            "2024-03-25T11:21:48.1+01:00 out1.example.com postfix-out/qmgr[3300]: 3Pv1Jn0nQqz9sMn: removed")
                                        << QByteArray("out1.example.com") << QByteArray("postfix-out/qmgr")
                                        << QByteArray("qmgr") << qint64(3300) << QByteArray("3Pv1Jn0nQqz9sMn: removed")
                                        << true;
        QTest::newRow("custom syslog_name") << QByteArray("Mar 25 11:21:48 gw mx-out/smtp[9]: 4B1C22A0F3: to=<a@b>")
                                            << QByteArray("gw") << QByteArray("mx-out/smtp") << QByteArray("smtp")
                                            << qint64(9) << QByteArray("4B1C22A0F3: to=<a@b>") << true;
        QTest::newRow("postfix-script without pid")
            << QByteArray("Jan  1 00:00:02 gw postfix/postfix-script: refreshing the Postfix mail system")
            << QByteArray("gw") << QByteArray("postfix/postfix-script") << QByteArray("postfix-script") << qint64(-1)
            << QByteArray("refreshing the Postfix mail system") << true;
        QTest::newRow("another program") << QByteArray(
            "Mar 25 08:00:05 mail dovecot[77]: imap-login: Login: user=<bob>")
                                         << QByteArray("mail") << QByteArray("dovecot") << QByteArray("dovecot")
                                         << qint64(77) << QByteArray("imap-login: Login: user=<bob>") << false;
        QTest::newRow("kernel") << QByteArray("Mar 25 08:00:05 mail kernel: [12345.678901] eth0: link up")
                                << QByteArray("mail") << QByteArray("kernel") << QByteArray("kernel") << qint64(-1)
                                << QByteArray("[12345.678901] eth0: link up") << false;
    }
    void parts()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, program);
        QFETCH(QByteArray, daemon);
        QFETCH(qint64, pid);
        QFETCH(QByteArray, message);
        QFETCH(bool, postfix);
        LogLineParser parser(QDate(2024, 3, 26));
        ParsedLine p;
        QVERIFY(parser.parse(line, p));
        QCOMPARE(p.host.toByteArray(), host);
        QCOMPARE(p.program.toByteArray(), program);
        QCOMPARE(p.daemon.toByteArray(), daemon);
        QCOMPARE(p.pid, pid);
        QCOMPARE(p.message.toByteArray(), message);
        QCOMPARE(LogLineParser::isPostfix(p), postfix);
    }

    // Found by fuzzing: a run of digits in the brackets overflowed the pid (undefined behaviour).
    // Ten digits are a pid; more are not one.
    void pidDigits()
    {
        LogLineParser parser(QDate(2024, 3, 26));
        ParsedLine p;
        QVERIFY(parser.parse("Mar 25 11:21:48 mx1 postfix/smtpd[9999999999]: connect from a[192.0.2.1]", p));
        QCOMPARE(p.pid, qint64(9999999999));
        QVERIFY(parser.parse("Mar 25 11:21:48 mx1 postfix/smtpd[33066666666666666666666666666666665]: x", p));
        QCOMPARE(p.pid, qint64(-1));
        QCOMPARE(p.program.toByteArray(), QByteArray("postfix/smtpd"));
    }

    void notSyslog_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prose") << QByteArray("--- this line is not a syslog line at all ---");
        QTest::newRow("bad month") << QByteArray("Foo 25 11:21:48 mx1 postfix/qmgr[815]: 4B1C22A0F3: removed");
        QTest::newRow("no host") << QByteArray("Mar 25 11:21:48 ");
        QTest::newRow("bad time") << QByteArray("Mar 25 25:21:48 mx1 postfix/qmgr[815]: 4B1C22A0F3: removed");
        QTest::newRow("bad date") << QByteArray("2024-13-25T11:21:48Z mx1 postfix/qmgr[815]: 4B1C22A0F3: removed");
    }
    void notSyslog()
    {
        QFETCH(QByteArray, line);
        ParsedLine p;
        QVERIFY(!LogLineParser(QDate(2024, 3, 26)).parse(line, p));
    }

    void queueIds_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("length");
        QTest::newRow("short hex") << QByteArray("4B1C22A0F3: removed") << 10;
        QTest::newRow("short hex 12") << QByteArray("4B1C22A0F3AB: removed") << 12;
        QTest::newRow("old 6-char") << QByteArray("A1B2C3: removed") << 6;
        QTest::newRow("long") << QByteArray("4Kc9Dq0Sx5z9rxH: client=x") << 15;
        QTest::newRow("NOQUEUE") << QByteArray("NOQUEUE: reject: RCPT from") << 0;
        QTest::newRow("warning") << QByteArray("warning: hostname does not resolve") << 0;
        QTest::newRow("statistics") << QByteArray("statistics: max connection rate") << 0;
        QTest::newRow("lowercase hex is no short id") << QByteArray("4b1c22a0f3: removed") << 0;
        QTest::newRow("long id needs the z separator") << QByteArray("4Kc9Dq0Sx59rxHb: removed") << 0;
        QTest::newRow("too short") << QByteArray("ABC12: removed") << 0;
        QTest::newRow("no space after colon") << QByteArray("4B1C22A0F3:removed") << 0;
    }
    void queueIds()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, length);
        QCOMPARE(int(JourneyBuilder::queueIdLength(message)), length);
    }
};

QTEST_GUILESS_MAIN(TestLogLineParser)
#include "test_loglineparser.moc"
