// SPDX-License-Identifier: GPL-2.0-or-later
// `mailroomctl config lint [FILE] [--json]`: offline, exit 0 without errors, 1 with errors, 2 on
// usage or read errors; --json lists the findings with line, severity, rule and fix.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConfigLint : public QObject
{
    Q_OBJECT

    struct Result
    {
        int status = -1;
        QByteArray out;
    };
    static Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        // Offline: a command that called the helper would fail differently.
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/mailroom-test-bus"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILROOMCTL), QStringList {QStringLiteral("config"), QStringLiteral("lint")} + args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }

private Q_SLOTS:
    void exitStatus_data()
    {
        QTest::addColumn<QByteArray>("mainCf");
        QTest::addColumn<int>("status");
        QTest::newRow("clean") << QByteArray("myhostname = mail.example.com\n") << 0;
        QTest::newRow("chapter typo") << QByteArray("mydestination = mydestination = localhost\n") << 1;
        QTest::newRow("open relay") << QByteArray("mynetworks = 127.0.0.0/8 0.0.0.0/0\n") << 1;
        QTest::newRow("warning only") << QByteArray("myhostname = a.example.com\nmyhostname = b.example.com\n") << 0;
    }
    void exitStatus()
    {
        QFETCH(QByteArray, mainCf);
        QFETCH(int, status);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("main.cf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mainCf);
        f.close();
        QCOMPARE(run({f.fileName()}).status, status);
    }

    void json()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("main.cf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# the chapter's typo\nmydestination = mydestination = $myhostname, localhost\n");
        f.close();
        const Result r = run({f.fileName(), QStringLiteral("--json")});
        QCOMPARE(r.status, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 1);
        const QJsonObject finding = o.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(finding.value(QStringLiteral("rule")).toString(), QStringLiteral("repeated-key"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(finding.value(QStringLiteral("fix")).toObject().value(QStringLiteral("replacement")).toString(),
                 QStringLiteral("mydestination = $myhostname, localhost"));
    }

    void unreadableFile() { QCOMPARE(run({QStringLiteral("/nonexistent/main.cf")}).status, 2); }
    void tooManyArguments() { QCOMPARE(run({QStringLiteral("a"), QStringLiteral("b")}).status, 2); }
};

QTEST_GUILESS_MAIN(TestConfigLint)
#include "test_configlint.moc"
