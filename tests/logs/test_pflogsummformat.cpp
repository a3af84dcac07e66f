// SPDX-License-Identifier: GPL-2.0-or-later
// pflogsumm's number formats and listings (src/core/logs/pflogsummformat.h), byte for byte.
#include "../bench/bench_logs_generator.h"
#include "logs/logsummary.h"
#include "logs/pflogsummformat.h"

#include <QBuffer>
#include <QTest>

#include <random>

using namespace Mailroom;

namespace {
// really_print_hash_by_cnt_vals() of a map.
QByteArray countLines(const QMap<QByteArray, qint64> &hash, const QByteArray &indent)
{
    std::vector<PflogsummFormat::CountEntry> entries;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        entries.push_back({double(it.value()), std::string_view(it.key().constData(), size_t(it.key().size())), {}});
    }
    return PflogsummFormat::countLines(entries, indent);
}

// A detail's title, or its title and "none" when it has no entries.
QByteArray detailTitle(bool empty, const QByteArray &title)
{
    return empty ? "\n" + title + ": none\n" : "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
}

// One group of a detail: its key with the total of its entries, then the entries by count.
QByteArray group(const QByteArray &key, const QMap<QByteArray, qint64> &entries, const QByteArray &indent)
{
    qint64 total = 0;
    for (qint64 v : entries) {
        total += v;
    }
    return indent + key + " (total: " + QByteArray::number(total) + ")\n" + countLines(entries, indent + "  ");
}

// pflogsumm's listing of a detail hash with two levels (print_nested_hash() of a depth of two),
// written plainly from LogSummary's maps: what the report's own writing, from its counters, must
// print.
QByteArray nested2(const LogSummary::Detail2 &hash, const QByteArray &title)
{
    QByteArray out = detailTitle(hash.isEmpty(), title);
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        out += group(it.key(), it.value(), "  ");
    }
    return out;
}

// The same with three levels.
QByteArray nested3(const LogSummary::Detail3 &hash, const QByteArray &title)
{
    QByteArray out = detailTitle(hash.isEmpty(), title);
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        out += "  " + it.key() + "\n";
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
            out += group(r.key(), r.value(), "    ");
        }
    }
    return out;
}
} // namespace

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
        QCOMPARE(countLines(counts, "  "),
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

    // The report lists each problem detail as LogSummary's maps of it hold it: a generated log's
    // deferrals, bounces, rejects (three levels, several of each) and warnings.
    void detailsAsTheMapsHoldThem()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Bench::LogGeneratorOptions options;
        options.targetBytes = 1024 * 1024;
        options.seed = 5;
        Bench::generateMailLog(&buffer, options);
        LogSummary s;
        s.addText(buffer.data(), QDate(2024, 3, 26));
        const QByteArray report = s.pflogsummReport();
        QVERIFY(s.rejectDetail().size() >= 2);
        QVERIFY(s.rejectDetail().first().size() >= 2);
        QVERIFY(s.deferralDetail().size() >= 1 && s.bounceDetail().size() >= 1);
        const QList<QByteArray> sections {
            nested2(s.deferralDetail(), "message deferral detail"),
            nested2(s.bounceDetail(), "message bounce detail (by relay)"),
            nested3(s.rejectDetail(), "message reject detail"),
            nested3(s.rejectWarningDetail(), "message reject warning detail"),
            nested3(s.holdDetail(), "message hold detail"),
            nested3(s.discardDetail(), "message discard detail"),
            nested2(s.smtpFailureDetail(), "smtp delivery failures"),
            nested2(s.warningDetail(), "Warnings"),
            nested2(s.fatalDetail(), "Fatal Errors"),
            nested2(s.panicDetail(), "Panics"),
        };
        QVERIFY(sections.at(0).count('\n') > 3 && sections.at(2).count('\n') > 10);
        // In this order, one after the other.
        const QByteArray all = sections.join();
        QVERIFY2(report.contains(all), report.constData() + report.indexOf("message deferral detail"));
    }

    // An empty detail: its title and "none".
    void detailsNone()
    {
        LogSummary s;
        s.addText("Mar 25 08:00:00 mail postfix/smtpd[1201]: connect from a.example[192.0.2.1]\n", QDate(2024, 3, 26));
        const QByteArray report = s.pflogsummReport();
        QVERIFY(report.contains("\nmessage deferral detail: none\n"));
        QVERIFY(report.contains("\nmessage reject detail: none\n"));
    }
};

QTEST_GUILESS_MAIN(TestPflogsummFormat)
#include "test_pflogsummformat.moc"
