// SPDX-License-Identifier: GPL-2.0-or-later
// Every mailroomctl command treats its command line alike: an unknown option is a usage error
// (exit status 2, a hint on standard error, nothing done), and --help prints a usage line that
// names the command (exit status 0). None of this needs the helper.
#include <QProcess>
#include <QTest>

class TestCliUsage : public QObject
{
    Q_OBJECT
private:
    struct Result
    {
        int status = -1;
        QString out, err;
    };
    static Result run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        // A bus that is not there: if a command got as far as calling the helper, it would fail
        // differently (and not with status 0 or 2 from its command line).
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/mailroom-test-bus"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILROOMCTL), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(20000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c :
             {"status", "info", "service", "firewall", "package", "config", "relay", "relay test", "journal", "queue",
              "testmail", "mailbox", "mbox", "log summary", "log trace", "log journeys"}) {
            QTest::newRow(c) << QString::fromLatin1(c);
        }
    }
    void commands()
    {
        QFETCH(QString, command);
        const QStringList words = command.split(QLatin1Char(' '));

        const Result bad = run(words + QStringList {QStringLiteral("--no-such-option")});
        QCOMPARE(bad.status, 2);
        QVERIFY2(bad.err.contains(QLatin1String("no-such-option")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("mailroomctl %1 --help").arg(command)), qPrintable(bad.err));
        QVERIFY2(bad.out.isEmpty(), qPrintable(bad.out));

        const Result help = run(words + QStringList {QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        // "Usage: mailroomctl relay test [options] HOST": the command, and no path (this test
        // starts the program by its full path).
        const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: mailroomctl %1").arg(command)), qPrintable(help.out));
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    }

    // The relay's HOST[:PORT]: a bare IPv6 address is a host, not "host:port"; a bad port or
    // stray colons are usage errors. (A good one goes on to the login test, which fails to
    // connect to a closed port on this machine: anything but a usage error.)
    void relayHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("bare IPv6") << QStringLiteral("::1") << true;
        QTest::newRow("bracketed IPv6 with port") << QStringLiteral("[::1]:1") << true;
        QTest::newRow("name with port") << QStringLiteral("localhost:1") << true;
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("port too big") << QStringLiteral("[::1]:99999") << false;
        QTest::newRow("port zero") << QStringLiteral("localhost:0") << false;
        QTest::newRow("stray colons") << QStringLiteral("smtp:example:587") << false;
        QTest::newRow("unclosed bracket") << QStringLiteral("[::1:587") << false;
    }
    void relayHost()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        const Result r = run({QStringLiteral("relay"), QStringLiteral("test"), host, QStringLiteral("--port"),
                              QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("u"),
                              QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("5")},
                             "secret\n");
        if (valid) {
            QVERIFY2(r.status != 2 && r.status != -1,
                     qPrintable(QString::number(r.status) + QLatin1Char(' ') + r.err + r.out));
            QVERIFY2(!r.err.contains(QLatin1String("is not HOST")), qPrintable(r.err));
        } else {
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(QLatin1String("is not HOST")), qPrintable(r.err));
        }
        // relay set parses HOST[:PORT] the same way before it asks the helper anything.
        if (!valid) {
            const Result set = run({QStringLiteral("relay"), QStringLiteral("set"), host, QStringLiteral("bob"),
                                    QStringLiteral("--password-stdin")},
                                   "secret\n");
            QCOMPARE(set.status, 2);
            QVERIFY2(set.err.contains(QLatin1String("is not HOST")), qPrintable(set.err));
        }
    }

    // The log commands' --reference-date must be a date: a usage error before any file is read.
    void badReferenceDate_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("summary") << QStringList {QStringLiteral("log"), QStringLiteral("summary"),
                                                 QStringLiteral("/nonexistent/maillog")};
        QTest::newRow("trace") << QStringList {QStringLiteral("log"), QStringLiteral("trace"),
                                               QStringLiteral("3F2A1C0B4D"), QStringLiteral("/nonexistent/maillog")};
        QTest::newRow("journeys") << QStringList {QStringLiteral("log"), QStringLiteral("journeys"),
                                                  QStringLiteral("/nonexistent/maillog")};
    }
    void badReferenceDate()
    {
        QFETCH(QStringList, args);
        const Result r = run(args + QStringList {QStringLiteral("--reference-date"), QStringLiteral("2024-13-45")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("2024-13-45")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("nonexistent")), qPrintable(r.err)); // the date was checked first
    }

    // --help-all is offered by Qt's help option: it shows the help too, never runs the command.
    void helpAll()
    {
        const Result r = run({QStringLiteral("status"), QStringLiteral("--help-all")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: mailroomctl status")), qPrintable(r.out + r.err));
    }

    void unknownCommand()
    {
        const Result r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cliusage.moc"
