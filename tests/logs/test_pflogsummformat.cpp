// SPDX-License-Identifier: GPL-2.0-or-later
// pflogsumm's number formats and listings (src/core/logs/pflogsummformat.h), byte for byte.
#include "logs/pflogsummformat.h"

#include <QTest>

#include <random>

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

    // The ranked listing (rankByName()'s sort of the norms eight bytes at a time, then the radix
    // sort by value) lists the same lines as the plain comparison sort: random addresses with long
    // shared prefixes, norms that are prefixes of others, NUL and high bytes, equal norms under
    // different keys (case), IP addresses (packed octets with zeros), equal and very large values.
    void rankedOrderMatchesComparisonSort()
    {
        std::mt19937 random(20261207);
        const auto pick = [&](int n) {
            return int(random() % quint32(n));
        };
        for (int round = 0; round < 200; ++round) {
            std::vector<std::string> keys;
            const int n = 1 + pick(round < 100 ? 30 : 3000);
            for (int i = 0; i < n; ++i) {
                std::string k;
                switch (pick(5)) {
                case 0: // an IPv4 address
                    k = std::to_string(pick(3) * 10) + '.' + std::to_string(pick(2)) + '.' + std::to_string(pick(256))
                        + '.' + std::to_string(pick(3));
                    break;
                case 1: // bytes of every kind, NUL and high ones too
                    for (int c = pick(20); c > 0; --c) {
                        k += char(pick(256));
                    }
                    break;
                default: { // user@domain, with long shared prefixes and case differences
                    static const char *const domains[]
                        = {"example.org", "mail.example.org", "EXAMPLE.org", "a-very-long-subdomain.example.org", ""};
                    k = std::string(pick(2) ? "user" : "User") + std::string(size_t(pick(3)), 'x')
                        + std::to_string(pick(40)) + (pick(4) ? "@" : "") + domains[pick(5)] + (pick(8) ? "" : ".");
                }
                }
                keys.push_back(k);
            }
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            std::vector<PflogsummFormat::CountEntry> plain;
            for (const std::string &k : keys) {
                const double value = pick(4) == 0 ? double(random()) * 4096.0 : double(pick(4));
                plain.push_back({value, k, Perl::normalizeHost(k), double(pick(3))});
            }
            std::vector<PflogsummFormat::CountEntry> ranked = plain;
            PflogsummFormat::rankByName(ranked);
            QCOMPARE(PflogsummFormat::sortedCountLines(ranked, " "), PflogsummFormat::sortedCountLines(plain, " "));
            for (auto *list : {&plain, &ranked}) { // the second list of the same entries
                for (PflogsummFormat::CountEntry &e : *list) {
                    std::swap(e.value, e.other);
                }
            }
            QCOMPARE(PflogsummFormat::sortedCountLines(ranked, " "), PflogsummFormat::sortedCountLines(plain, " "));
        }
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
