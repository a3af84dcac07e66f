// SPDX-License-Identifier: GPL-2.0-or-later
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
