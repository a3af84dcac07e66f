// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/localdateformatter.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

using namespace Mailroom;

// The fast local-date formatter of `mailroomctl mbox list` writes what QDateTime writes, in any
// zone: each row sets a zone for the process (restored after), including ones with daylight
// saving time, half-hour offsets and a transition within a quarter of an hour of UTC.
class TestLocalDateFormatter : public QObject
{
    Q_OBJECT
    QByteArray m_savedTz;
    bool m_hadTz = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_hadTz = qEnvironmentVariableIsSet("TZ");
        m_savedTz = qgetenv("TZ");
    }
    void cleanup()
    {
        if (m_hadTz) {
            qputenv("TZ", m_savedTz);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }

    void sameAsQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("POSIX rule with DST") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
        QTest::newRow("half-hour DST shift") << QByteArray("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
        QTest::newRow("transition at :10 UTC") << QByteArray("<-0350>3:50<-0250>2:50,M3.2.0/2,M11.1.0/2");
        QTest::newRow("negative offset") << QByteArray("EST5EDT,M3.2.0,M11.1.0");
        QTest::newRow("tzdata Shanghai") << QByteArray(":Asia/Shanghai");
        QTest::newRow("tzdata Lord Howe") << QByteArray(":Australia/Lord_Howe");
    }
    void sameAsQDateTime()
    {
        QFETCH(QByteArray, zone);
        qputenv("TZ", zone);
        tzset();
        LocalDateFormatter f;
        auto expected = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        // Every 7 minutes 13 seconds through two years: every transition, both directions.
        const qint64 from = QDateTime(QDate(2023, 12, 25), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
        for (qint64 t = from; t < to; t += 7 * 60 + 13) {
            QCOMPARE(f.format(t), expected(t));
        }
        // Far and odd times, and the same quarter asked for again from the cache.
        for (qint64 t : {qint64(1), qint64(59), qint64(-1), qint64(-86401), qint64(951782400), qint64(2147483647),
                         qint64(4102444800), qint64(253402300799), qint64(-30610224000), qint64(1), qint64(59)}) {
            QCOMPARE(f.format(t), expected(t));
        }
        QString appended = QStringLiteral("x");
        f.append(appended, 951782400);
        QCOMPARE(appended, QLatin1Char('x') + expected(951782400));
    }
};

QTEST_GUILESS_MAIN(TestLocalDateFormatter)
#include "test_localdateformatter.moc"
