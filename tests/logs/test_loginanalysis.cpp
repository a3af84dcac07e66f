// SPDX-License-Identifier: GPL-2.0-or-later
// What the login lines mean: each refused login explained, the reason taken from Dovecot's auth
// line, and many failures from one address within ten minutes of log time flagged once.
#include "logs/journeybuilder.h"
#include "logs/journeymodel.h"
#include "logs/loginanalysis.h"
#include "logs/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Mailroom;

namespace {
std::shared_ptr<const LogIndex> indexOf(const QByteArray &log, QDate reference)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), log);
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.processAll();
    return builder.finish();
}

std::shared_ptr<const LogIndex> sampleIndex()
{
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(QFINDTESTDATA("../data/logs/logins/maillog"), &error)) {
        qWarning() << error;
        return {};
    }
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2026, 12, 31));
    builder.processAll();
    return builder.finish();
}

// A failed Dovecot 2.4 IMAP login at base + offset seconds, in RFC 3339 (UTC).
QByteArray failure(const QDateTime &base, int offset, const QByteArray &address, int n, int attempts = 1)
{
    const QByteArray time = base.addSecs(offset).toString(Qt::ISODate).toLatin1();
    return time + " demo-server dovecot[812]: imap-login: Login aborted: Connection closed (auth failed, "
        + QByteArray::number(attempts) + " attempts in 2 secs) (auth_failed): user=<user" + QByteArray::number(n)
        + ">, method=PLAIN, rip=" + address + ", lip=192.0.2.10, TLS, session=<s" + QByteArray::number(n) + ">\n";
}

QStringList kinds(const LoginAnalysis &a)
{
    QStringList out;
    for (const LoginAnalysis::Problem &p : a.problems()) {
        out.append(p.guessing ? QStringLiteral("guessing %1 %2").arg(p.address).arg(p.failures)
                              : LoginAnalysis::resultKey(p.result));
    }
    return out;
}
} // namespace

class TestLoginAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessing_data()
    {
        QTest::addColumn<QList<int>>("offsets"); // seconds after the first failure, in log order
        QTest::addColumn<QList<int>>("attempts"); // per line; empty: 1 each
        QTest::addColumn<QStringList>("expected");
        const QString one = QStringLiteral("wrong_password");
        QTest::newRow("four in a minute") << QList<int> {0, 10, 20, 30} << QList<int> {} << QStringList(4, one);
        QTest::newRow("five in exactly ten minutes") << QList<int> {0, 150, 300, 450, 600} << QList<int> {}
                                                     << QStringList {QStringLiteral("guessing 198.51.100.23 5")};
        QTest::newRow("five in ten minutes and a second")
            << QList<int> {0, 150, 300, 450, 601} << QList<int> {} << QStringList(5, one);
        QTest::newRow("a later window reaches five") << QList<int> {0, 200, 400, 601, 700, 800} << QList<int> {}
                                                     << QStringList {QStringLiteral("guessing 198.51.100.23 6")};
        QTest::newRow("spread over half an hour")
            << QList<int> {0, 300, 600, 900, 1200, 1500, 1800} << QList<int> {} << QStringList(7, one);
        QTest::newRow("out of order (two hosts' logs)") << QList<int> {600, 0, 450, 150, 300} << QList<int> {}
                                                        << QStringList {QStringLiteral("guessing 198.51.100.23 5")};
        QTest::newRow("one line, five attempts")
            << QList<int> {0} << QList<int> {5} << QStringList {QStringLiteral("guessing 198.51.100.23 5")};
        QTest::newRow("two lines, four attempts") << QList<int> {0, 60} << QList<int> {2, 2} << QStringList(2, one);
        QTest::newRow("across New Year's midnight") << QList<int> {-240, -120, 0, 120, 240} << QList<int> {}
                                                    << QStringList {QStringLiteral("guessing 198.51.100.23 5")};
    }
    void guessing()
    {
        QFETCH(QList<int>, offsets);
        QFETCH(QList<int>, attempts);
        QFETCH(QStringList, expected);
        const QDateTime base(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QByteArray log;
        for (int i = 0; i < offsets.size(); ++i) {
            log += failure(base, offsets[i], "198.51.100.23", i, attempts.isEmpty() ? 1 : attempts[i]);
        }
        const auto index = indexOf(log, QDate(2027, 1, 1));
        const LoginAnalysis analysis(*index);
        QCOMPARE(kinds(analysis), expected);
        if (expected.size() == 1 && expected.first().startsWith(QLatin1String("guessing"))) {
            const LoginAnalysis::Problem &p = analysis.problems().first();
            QCOMPARE(p.finding.problem, Diagnosis::Problem::PasswordGuessing);
            QVERIFY(p.finding.explanation.contains(QLatin1String("198.51.100.23")));
            QVERIFY2(p.finding.explanation.contains(QLatin1String("user0")), qPrintable(p.finding.explanation));
            QCOMPARE(p.users.size(), offsets.size());
            // The first failure in log time, not in file order.
            const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
            QCOMPARE(JourneyModel::toDateTime(p.time).toString(format),
                     base.addSecs(*std::min_element(offsets.begin(), offsets.end())).toString(format));
        }
    }

    // Failures from different addresses are not added up.
    void addressesApart()
    {
        const QDateTime base(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::UTC);
        QByteArray log;
        for (int i = 0; i < 6; ++i) {
            log += failure(base, i * 10, i % 2 ? "203.0.113.1" : "203.0.113.2", i);
        }
        const LoginAnalysis analysis(*indexOf(log, QDate(2026, 12, 31)));
        QCOMPARE(kinds(analysis), QStringList(6, QStringLiteral("wrong_password")));
        QCOMPARE(analysis.failed(), 6);
    }

    // Traditional timestamps have no year: December's lines read with a January reference date
    // are last year's, so the window runs over midnight of New Year's Eve.
    void traditionalTimestampsAcrossNewYear()
    {
        QByteArray log;
        const char *times[]
            = {"Dec 31 23:56:00", "Dec 31 23:58:00", "Jan  1 00:00:00", "Jan  1 00:02:00", "Jan  1 00:04:00"};
        for (const char *t : times) {
            log += QByteArray(t)
                + " demo-server postfix/submission/smtpd[2305]: warning: unknown[198.51.100.23]: SASL LOGIN "
                  "authentication failed: UGFzc3dvcmQ6\n";
        }
        const LoginAnalysis analysis(*indexOf(log, QDate(2027, 1, 1)));
        QCOMPARE(kinds(analysis), QStringList {QStringLiteral("guessing 198.51.100.23 5")});
        QCOMPARE(analysis.problems().first().service, LoginService::Submission);
        QVERIFY(analysis.problems().first().users.isEmpty());
    }

    // The sample log: a client without STARTTLS, a wrong password (the user named by Dovecot's
    // auth line), a password over plain IMAP, an unknown user, relaying without login, and an
    // address guessing passwords on IMAP and submission.
    void sampleLog()
    {
        const auto index = sampleIndex();
        QVERIFY(index);
        const LoginAnalysis analysis(*index);
        QCOMPARE(analysis.succeeded(), 2);
        QCOMPARE(analysis.failed(), 10);
        QCOMPARE(kinds(analysis),
                 (QStringList {QStringLiteral("tls_required"), QStringLiteral("wrong_password"),
                               QStringLiteral("plaintext_refused"), QStringLiteral("unknown_user"),
                               QStringLiteral("relay_refused_unauthenticated"),
                               QStringLiteral("guessing 198.51.100.23 5")}));
        const auto &p = analysis.problems();
        QCOMPARE(p[1].users, QStringList {QStringLiteral("alice")}); // from the auth line
        QCOMPARE(p[1].service, LoginService::Submission);
        QCOMPARE(p[3].users, QStringList {QStringLiteral("carol")});
        QCOMPARE(p[3].finding.problem, Diagnosis::Problem::LoginUnknownUser);
        QCOMPARE(p[0].finding.problem, Diagnosis::Problem::LoginTlsRequired);
        QVERIFY(p[0].finding.suggestion.contains(QLatin1String("STARTTLS")));
        QCOMPARE(p[4].finding.problem, Diagnosis::Problem::LoginRelayUnauthenticated);
        QCOMPARE(p[5].users, (QStringList {QStringLiteral("admin"), QStringLiteral("test"), QStringLiteral("alice")}));
        QCOMPARE(JourneyModel::toDateTime(p[5].time), QDateTime(QDate(2026, 12, 6), QTime(10, 10, 4)));
        for (const LoginAnalysis::Problem &problem : p) {
            QVERIFY(problem.finding.isValid());
            QVERIFY(!problem.finding.explanation.isEmpty());
            QVERIFY(!problem.finding.suggestion.isEmpty());
        }
        const QJsonObject json = analysis.toJson();
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 10);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 6);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().at(5).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("password_guessing"));
    }

    // The Problems tab: the refused logins as rows of their own (no journey behind them), the
    // refusals they explain not listed twice as rejected messages.
    void problemModelRows()
    {
        const auto index = sampleIndex();
        QVERIFY(index);
        JourneyModel journeys;
        journeys.setIndex(index);
        ProblemModel problems;
        QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems.setJourneys(journeys, index);
        QCOMPARE(problems.rowCount(), 6);
        for (int r = 0; r < problems.rowCount(); ++r) {
            QVERIFY(problems.isLogin(r));
            QVERIFY(!problems.index(r, 0).data(ProblemModel::HeadRole).isValid());
            QVERIFY(problems.index(r, 0).data(ProblemModel::LineRole).isValid());
            QVERIFY(!problems.index(r, ProblemModel::ProblemColumn).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(problems.index(0, ProblemModel::FromColumn).data().toString(), QStringLiteral("203.0.113.5"));
        QCOMPARE(problems.index(1, ProblemModel::ToColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(problems.index(5, ProblemModel::StatusColumn).data().toString(), QStringLiteral("Password guessing"));
        QCOMPARE(problems.index(5, ProblemModel::ToColumn).data().toString(), QStringLiteral("admin, test, alice"));
        QVERIFY(problems.index(5, ProblemModel::ProblemColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("5 failed logins from 198.51.100.23 (possible password guessing)")));
    }
};

QTEST_GUILESS_MAIN(TestLoginAnalysis)
#include "test_loginanalysis.moc"
