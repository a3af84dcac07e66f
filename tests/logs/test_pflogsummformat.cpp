// SPDX-License-Identifier: GPL-2.0-or-later
// pflogsumm's number formats and listings (src/core/logs/pflogsummformat.h), byte for byte.
#include "logs/pflogsummformat.h"

#include <QTest>

using namespace Mailroom;

class TestPflogsummFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // adj_int_units() + printf "%6d%s"
    void intUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("     0 ");
        QTest::newRow("fraction truncated") << 12.9 << QByteArray("    12 ");
        QTest::newRow("up to 512k in bytes") << 524288.0 << QByteArray("524288 ");
        QTest::newRow("above: k") << 524289.0 << QByteArray("   512k");
        QTest::newRow("above 512m: m") << 536870913.0 << QByteArray("   512m");
        QTest::newRow("wider than six") << 12345678.0 << QByteArray(" 12056k");
        QTest::newRow("negative") << -5.0 << QByteArray("    -5 ");
    }
    void intUnits()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(PflogsummFormat::intUnits(value), text);
    }

    // adj_time_units() + printf "%5.1f %s"
    void timeUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("seconds") << 0.52 << QByteArray("  0.5 s");
        QTest::newRow("a minute is still seconds") << 60.0 << QByteArray(" 60.0 s");
        QTest::newRow("minutes") << 90.0 << QByteArray("  1.5 m");
        QTest::newRow("hours") << 5400.0 << QByteArray("  1.5 h");
    }
    void timeUnits()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(PflogsummFormat::timeUnits(value), text);
    }

    void subsectionTitle()
    {
        QCOMPARE(PflogsummFormat::subsectionTitle("Grand Totals"), QByteArray("\nGrand Totals\n------------\n"));
    }

    // really_print_hash_by_cnt_vals(): highest count first, ties by normalize_host(), so
    // 10.0.0.9 (packed bytes) sorts before names, and example.org's hosts stay together.
    void countLinesOrder()
    {
        QMap<QByteArray, qint64> counts {{"b.example.org", 2}, {"a.example.com", 2}, {"10.0.0.9", 2}, {"z.net", 5}};
        QCOMPARE(PflogsummFormat::countLines(counts, "  ", [](qint64 v) { return double(v); }),
                 QByteArray("       5   z.net\n"
                            "       2   10.0.0.9\n"
                            "       2   a.example.com\n"
                            "       2   b.example.org\n"));
    }

    void nestedNone()
    {
        QCOMPARE(PflogsummFormat::nested2({}, "message deferral detail"),
                 QByteArray("\nmessage deferral detail: none\n"));
        QCOMPARE(PflogsummFormat::nested3({}, "message reject detail"), QByteArray("\nmessage reject detail: none\n"));
    }

    void nested2Totals()
    {
        LogSummary::Detail2 detail;
        detail["smtp"]["connection timed out"] = 3;
        detail["smtp"]["host not found"] = 1;
        QCOMPARE(PflogsummFormat::nested2(detail, "message deferral detail"),
                 QByteArray("\nmessage deferral detail\n-----------------------\n"
                            "  smtp (total: 4)\n"
                            "         3   connection timed out\n"
                            "         1   host not found\n"));
    }
};

QTEST_GUILESS_MAIN(TestPflogsummFormat)
#include "test_pflogsummformat.moc"
