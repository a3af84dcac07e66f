// SPDX-License-Identifier: GPL-2.0-or-later
// Login lines of Postfix (submission, SASL) and Dovecot (2.3 and 2.4), real and written ones, each
// with what LoginLine reads from it: tests/data/logs/logins/lines.txt. The same lines through the
// journey builder land in LogIndex::logins().
#include "logs/journalfeed.h"
#include "logs/journeybuilder.h"
#include "logs/loginanalysis.h"
#include "logs/loginline.h"
#include "logs/loglineparser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Mailroom;

namespace {
QString viewString(QByteArrayView v)
{
    return v.isEmpty() ? QStringLiteral("-") : QString::fromUtf8(v);
}

QString describe(const LoginLine::Fields &f)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(LoginAnalysis::serviceKey(f.service), LoginAnalysis::resultKey(f.result), viewString(f.user),
             viewString(f.address))
        .arg(f.attempts);
}

QString describe(const LogIndex &index, const LoginEvent &e)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(LoginAnalysis::serviceKey(e.service), LoginAnalysis::resultKey(e.result), viewString(index.text(e.user)),
             viewString(index.text(e.address)))
        .arg(e.attempts);
}

// The lines and their expectations, in file order.
QList<std::pair<QString, QByteArray>> cases()
{
    QList<std::pair<QString, QByteArray>> out;
    QFile file(QFINDTESTDATA("../data/logs/logins/lines.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#')) {
            continue;
        }
        const qsizetype tab = raw.indexOf('\t');
        if (tab > 0) {
            out.append({QString::fromUtf8(raw.first(tab)), raw.sliced(tab + 1)});
        }
    }
    return out;
}
} // namespace

class TestLoginLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        const auto all = cases();
        QVERIFY(all.size() > 40);
        int n = 0;
        for (const auto &[expected, line] : all) {
            QTest::addRow("%d: %s", ++n, line.sliced(line.indexOf(' ', 16) + 1).left(60).constData())
                << line << expected;
        }
    }
    void lines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const LogLineParser parser(QDate(2026, 12, 31));
        ParsedLine p;
        QVERIFY(parser.parse(line, p));
        LoginLine::Fields f;
        const bool found = LoginLine::parse(p, f);
        QCOMPARE(found ? describe(f) : QStringLiteral("none"), expected);
    }

    // The builder finds the same events in a whole log, in order, on both of its paths (one
    // thread for small ranges, the parse thread for large ones).
    void builderRecordsEveryLoginLine_data()
    {
        QTest::addColumn<bool>("parseThread");
        QTest::newRow("one thread") << false;
        QTest::newRow("parse thread") << true;
    }
    void builderRecordsEveryLoginLine()
    {
        QFETCH(bool, parseThread);
        QByteArray log;
        QStringList expected;
        const auto all = cases();
        // Repeated past the parse thread's threshold (a megabyte) when it is on.
        const int rounds = parseThread ? 300 : 1;
        for (int r = 0; r < rounds; ++r) {
            for (const auto &[want, line] : all) {
                log += line + '\n';
                if (want != QLatin1String("none")) {
                    expected.append(want);
                }
            }
        }
        auto sources = std::make_shared<LogSourceSet>();
        sources->addBuffer(QStringLiteral("logins"), log);
        JourneyBuilder builder(sources);
        builder.setReferenceDate(QDate(2026, 12, 31));
        builder.setParseThread(parseThread);
        builder.processAll();
        const auto index = builder.finish();
        QStringList got;
        for (const LoginEvent &e : index->logins()) {
            got.append(describe(*index, e));
            QVERIFY(index->lineText(e.line).size() > 0);
        }
        QCOMPARE(got, expected);
    }

    // The Logs page reads the journal through the helper: Dovecot's entries (identifier
    // "dovecot", as the helper returns them) formatted like Postfix's become login events too.
    void journalEntries()
    {
        const quint64 usec
            = quint64(QDateTime(QDate(2026, 12, 6), QTime(10, 1), QTimeZone::UTC).toMSecsSinceEpoch()) * 1000;
        const LogEntryList entries {
            {usec, QStringLiteral("dovecot"), 812,
             QStringLiteral("imap-login: Login aborted: Connection closed (auth failed, 1 attempts in 2 secs) "
                            "(auth_failed): user=<alice>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.10, TLS, "
                            "session=<AbCdEfGhIl>")},
            {usec + 1000000, QStringLiteral("postfix/submission/smtpd"), 2301,
             QStringLiteral("warning: unknown[203.0.113.5]: SASL PLAIN authentication failed: ")},
        };
        QByteArray log;
        for (const LogEntry &e : entries) {
            log += JournalFeed::formatEntry(e, "demo-server", QTimeZone::UTC);
        }
        auto sources = std::make_shared<LogSourceSet>();
        sources->addBuffer(QStringLiteral("journal"), log);
        JourneyBuilder builder(sources);
        builder.setReferenceDate(QDate(2026, 12, 31));
        builder.processAll();
        const auto index = builder.finish();
        QCOMPARE(index->logins().size(), size_t(2));
        QCOMPARE(describe(*index, index->logins()[0]), QStringLiteral("imap wrong_password alice 203.0.113.5 1"));
        QCOMPARE(describe(*index, index->logins()[1]), QStringLiteral("submission wrong_password - 203.0.113.5 1"));
    }
};

QTEST_GUILESS_MAIN(TestLoginLine)
#include "test_loginline.moc"
