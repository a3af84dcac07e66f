// SPDX-License-Identifier: GPL-2.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &args, const QString &language = QString())
{
    QProcess p;
    if (!language.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        p.setProcessEnvironment(env);
    }
    p.setProgram(QStringLiteral(MAILROOMCTL));
    p.setArguments(args);
    p.start();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestLogCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString log = QFINDTESTDATA("../data/logs/basic/maillog");
        QTest::newRow("summary") << QStringList {QStringLiteral("log"), QStringLiteral("summary"), log} << 0;
        QTest::newRow("no subcommand") << QStringList {QStringLiteral("log")} << 2;
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("log"), QStringLiteral("frobnicate")} << 2;
        QTest::newRow("summary without file") << QStringList {QStringLiteral("log"), QStringLiteral("summary")} << 2;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("log"), QStringLiteral("summary"),
                                                        QStringLiteral("--bogus"), log}
                                        << 2;
        QTest::newRow("bad date") << QStringList {QStringLiteral("log"), QStringLiteral("summary"),
                                                  QStringLiteral("--reference-date"), QStringLiteral("yesterday"), log}
                                  << 2;
        QTest::newRow("trace without file")
            << QStringList {QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("4B1C22A0F3")} << 2;
        QTest::newRow("unreadable file") << QStringList {QStringLiteral("log"), QStringLiteral("summary"),
                                                         QStringLiteral("/nonexistent/mail.log")}
                                         << 1;
        QTest::newRow("directory") << QStringList {QStringLiteral("log"), QStringLiteral("summary"),
                                                   QStringLiteral("/")}
                                   << 1;
        QTest::newRow("trace unknown id")
            << QStringList {QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("FFFFFFFFFF"), log} << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Result r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY(!r.err.isEmpty());
        }
    }

    void summaryLooksLikePflogsumm()
    {
        const Result r
            = run({QStringLiteral("log"), QStringLiteral("summary"), QFINDTESTDATA("../data/logs/basic/maillog")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("\nGrand Totals\n------------\nmessages\n\n")));
        QVERIFY(r.out.contains(QLatin1String("     12   received\n")));
        QVERIFY(r.out.contains(QLatin1String("lines without a syslog timestamp")));
    }

    // Refused logins follow the totals, each with what to do; a log without login lines keeps
    // the report it had (the pflogsumm part is the same either way).
    void summaryReportsLogins()
    {
        const QString logins = QFINDTESTDATA("../data/logs/logins/maillog");
        const Result r = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--reference-date"),
                              QStringLiteral("2026-12-31"), logins});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\n      2  logins\n     10  failed logins\n\nLogin problems\n---")),
                 qPrintable(r.out));
        QVERIFY(
            r.out.contains(QLatin1String(" 2026-12-06 10:00:01  TLS required (submission (587))  203.0.113.5  -\n")));
        QVERIFY(
            r.out.contains(QLatin1String(" 2026-12-06 10:10:04  Password guessing  198.51.100.23  admin, test, alice\n"
                                         "   5 failed logins from 198.51.100.23 (possible password guessing)")));
        // Logins come after Mailroom's own totals, the pflogsumm report before them untouched.
        QVERIFY(r.out.indexOf(QLatin1String("\nMailroom\n")) < r.out.indexOf(QLatin1String("  logins\n")));

        const Result json = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--json"),
                                 QStringLiteral("--reference-date"), QStringLiteral("2026-12-31"), logins});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("logins")).toObject();
        QCOMPARE(o.value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 10);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 6);
        QCOMPARE(problems.at(3).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_user"));
        QCOMPARE(problems.at(3).toObject().value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-12-06T10:04:02"));

        // The basic log's one SASL failure (line 100) and two logins of carol.
        const QString basic = QFINDTESTDATA("../data/logs/basic/maillog");
        const Result withOne = run({QStringLiteral("log"), QStringLiteral("summary"), basic});
        QVERIFY(withOne.out.contains(QLatin1String("\n      2  logins\n      1  failed logins\n")));
        QVERIFY(withOne.out.contains(QLatin1String("  Wrong password (submission (587))  203.0.113.66  -\n")));

        const QString noLogins = QFINDTESTDATA("../data/logs/rotation/maillog");
        const Result plain = run({QStringLiteral("log"), QStringLiteral("summary"), noLogins});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.endsWith(QLatin1String("  lines without a syslog timestamp\n")));
        QVERIFY(!plain.out.contains(QLatin1String("logins")));
        const Result plainJson
            = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--json"), noLogins});
        QCOMPARE(plainJson.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(plainJson.out.toUtf8()).object().contains(QStringLiteral("logins")));
    }

    // spamd and spamass-milter in the sandbox: one clean message, one GTUBE rejected at SMTP time,
    // one GTUBE delivered tagged. The counts come after pflogsumm's report, and under "spam".
    void spamSummary()
    {
        const QString log = QFINDTESTDATA("../data/logs/spam/maillog");
        const Result text = run({QStringLiteral("log"), QStringLiteral("summary"), log}, QStringLiteral("en"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("\n      3  scanned by SpamAssassin\n      1  spam, delivered tagged\n"
                                                 "      1  spam, rejected\n")),
                 qPrintable(text.out));
        const Result json = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--json"), log});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject spam = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"spam").toObject();
        QCOMPARE(spam.value(u"scanned").toInt(), 3);
        QCOMPARE(spam.value(u"spam").toInt(), 2);
        QCOMPARE(spam.value(u"tagged").toInt(), 1);
        QCOMPARE(spam.value(u"rejected").toInt(), 1);
        // A log without spamd keeps pflogsumm's keys.
        const Result basic = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--json"),
                                  QFINDTESTDATA("../data/logs/basic/maillog")});
        QVERIFY(!QJsonDocument::fromJson(basic.out.toUtf8()).object().contains(u"spam"));
    }

    void summaryJson()
    {
        const Result r = run({QStringLiteral("log"), QStringLiteral("summary"), QStringLiteral("--json"),
                              QFINDTESTDATA("../data/logs/basic/maillog")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("\"received\": 12")));
        QVERIFY(r.out.contains(QLatin1String("\"unparsed_lines\": 1")));
    }

    void traceExplains()
    {
        const Result r = run({QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("5D0E9A1B22"),
                              QFINDTESTDATA("../data/logs/basic/maillog")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("5D0E9A1B22: to=<heidi@faraway.example>")));
        QVERIFY(r.out.contains(QLatin1String("Delivered.")));

        const Result deferred
            = run({QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("<tls-1@mydomain.example>"),
                   QFINDTESTDATA("../data/logs/basic/maillog")});
        QCOMPARE(deferred.exitCode, 0);
        QVERIFY(deferred.out.contains(QLatin1String("Deferred.")));
        QVERIFY(deferred.out.contains(QLatin1String("TLS")));
        // In Chinese the story's sentences follow each other without spaces.
        const Result chinese
            = run({QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("<tls-1@mydomain.example>"),
                   QFINDTESTDATA("../data/logs/basic/maillog")},
                  QStringLiteral("zh_CN"));
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.contains(QStringLiteral("处理方法：")), qPrintable(chinese.out));
        QVERIFY2(!chinese.out.contains(QStringLiteral("。 ")), qPrintable(chinese.out));

        const Result rotated = run({QStringLiteral("log"), QStringLiteral("trace"), QStringLiteral("--rotated"),
                                    QStringLiteral("A1B2C3D4E5"), QFINDTESTDATA("../data/logs/rotation/maillog")});
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY(rotated.out.contains(QLatin1String("Dec 30 23:58:01 gw postfix/qmgr[502]: A1B2C3D4E5: removed")));
    }
};

QTEST_GUILESS_MAIN(TestLogCommand)
#include "test_logcommand.moc"
