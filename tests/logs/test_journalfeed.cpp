// SPDX-License-Identifier: GPL-2.0-or-later
// JournalFeed's syslog lines: the same whatever the machine's name, time zone or locale.
#include "logs/journalfeed.h"

#include "helpertypes.h"

#include <QTest>
#include <QTimeZone>

using namespace Mailroom;

class TestJournalFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsSyslogLines_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<uint>("pid");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("line");
        // 2024-03-05 08:01:02 UTC
        QTest::newRow("utc") << QByteArray("UTC") << QStringLiteral("postfix/smtpd") << 42u
                             << QStringLiteral("connect from x[192.0.2.1]")
                             << QByteArray("Mar  5 08:01:02 mail postfix/smtpd[42]: connect from x[192.0.2.1]\n");
        QTest::newRow("another zone, another day")
            << QByteArray("UTC-10:00") << QStringLiteral("postfix/qmgr") << 7u << QStringLiteral("removed")
            << QByteArray("Mar  4 22:01:02 mail postfix/qmgr[7]: removed\n");
        QTest::newRow("no pid, no identifier") << QByteArray("UTC+14:00") << QString() << 0u << QStringLiteral("x")
                                               << QByteArray("Mar  5 22:01:02 mail unknown: x\n");
        QTest::newRow("message lines joined")
            << QByteArray("UTC") << QStringLiteral("postfix/smtp") << 1u << QStringLiteral("a\nb")
            << QByteArray("Mar  5 08:01:02 mail postfix/smtp[1]: a b\n");
    }
    void formatsSyslogLines()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, identifier);
        QFETCH(uint, pid);
        QFETCH(QString, message);
        QFETCH(QByteArray, line);
        LogEntry e;
        e.timeUsec = quint64(QDateTime(QDate(2024, 3, 5), QTime(8, 1, 2), QTimeZone::UTC).toMSecsSinceEpoch()) * 1000;
        e.identifier = identifier;
        e.pid = pid;
        e.message = message;
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        QCOMPARE(JournalFeed::formatEntry(e, "mail", tz), line);
    }

    void monthNamesAreEnglishInAnyLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        LogEntry e;
        e.timeUsec = quint64(QDateTime(QDate(2024, 12, 25), QTime(0, 0, 1), QTimeZone::UTC).toMSecsSinceEpoch()) * 1000;
        e.identifier = QStringLiteral("postfix/pickup");
        e.message = QStringLiteral("m");
        const QByteArray line = JournalFeed::formatEntry(e, "mail", QTimeZone::UTC);
        QLocale::setDefault(before);
        QCOMPARE(line, QByteArray("Dec 25 00:00:01 mail postfix/pickup: m\n"));
    }

    void hostNameIsInjectable()
    {
        JournalFeed feed(nullptr);
        QVERIFY(!feed.hostName().isEmpty()); // the machine's, whatever it is
        feed.setHostName("demo-server");
        QCOMPARE(feed.hostName(), QByteArray("demo-server"));
        feed.setHostName({});
        QCOMPARE(feed.hostName(), QByteArray("localhost"));
        QVERIFY(!feed.isLoaded());
        QVERIFY(!feed.isFollowing());
    }
};

QTEST_GUILESS_MAIN(TestJournalFeed)
#include "test_journalfeed.moc"
