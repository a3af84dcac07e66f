// SPDX-License-Identifier: GPL-2.0-or-later
// master.cf's service table: the rows the Configuration page shows beside the text, read
// as Postfix's master reads the file; and a golden case, Debian 13's master.cf → its rows
// (tests/data/postfix/mastercf/*.rows; MAILROOM_GOLDEN_OUTPUT=DIR writes fresh ones there).
#include "config/mastercf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using Mailroom::Config::MasterCf;

namespace {
QString dump(const MasterCf &doc)
{
    QString out;
    for (const auto &s : doc.services()) {
        out += QStringLiteral("%1%2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(s.enabled ? QString() : QStringLiteral("#"), s.name, s.type, s.privateField, s.unprivileged,
                        s.chroot, s.wakeup, s.maxproc, s.command);
        out += QStringLiteral(" lines %1-%2").arg(s.firstLine).arg(s.lastLine);
        if (!s.arguments.isEmpty()) {
            out += QStringLiteral(" args [%1]").arg(s.arguments.join(QLatin1String("] [")));
        }
        for (const QString &o : s.overrides) {
            out += QStringLiteral("\n    -o %1").arg(o);
        }
        out += QLatin1Char('\n');
    }
    for (const auto &p : doc.problems()) {
        out += QStringLiteral("problem line %1\n").arg(p.line);
    }
    return out;
}
} // namespace

class TestMasterCf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void services_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one service") << QByteArray("smtp      inet  n       -       y       -       -       smtpd\n")
                                     << QStringLiteral("smtp inet n - y - - smtpd lines 1-1\n");
        QTest::newRow("continuation with -o, comment between")
            << QByteArray("submission inet n - y - - smtpd\n"
                          "  -o syslog_name=postfix/submission\n"
                          "# a comment inside\n"
                          "\n"
                          "  -o smtpd_tls_security_level=encrypt -v\n")
            << QStringLiteral("submission inet n - y - - smtpd lines 1-5 args [-v]\n"
                              "    -o syslog_name=postfix/submission\n"
                              "    -o smtpd_tls_security_level=encrypt\n");
        QTest::newRow("-oname=value and braces")
            << QByteArray("relay unix - - y - - smtp -ofoo=1 -o { smtp_helo_name = a b }\n")
            << QStringLiteral("relay unix - - y - - smtp lines 1-1\n    -o foo=1\n    -o smtp_helo_name=a b\n");
        QTest::newRow("commented service with its commented -o lines")
            << QByteArray("#submission inet n       -       y       -       -       smtpd\n"
                          "#  -o syslog_name=postfix/submission\n"
                          "#  -o smtpd_tls_security_level=encrypt\n"
                          "#628 inet n - y - - qmqpd\n")
            << QStringLiteral("#submission inet n - y - - smtpd lines 1-3\n"
                              "    -o syslog_name=postfix/submission\n"
                              "    -o smtpd_tls_security_level=encrypt\n"
                              "#628 inet n - y - - qmqpd lines 4-4\n");
        QTest::newRow("continuation after a commented service continues the active one")
            << QByteArray("smtp inet n - y - - smtpd\n"
                          "#smtp inet n - y - 1 postscreen\n"
                          "  -o a=b\n")
            << QStringLiteral("smtp inet n - y - - smtpd lines 1-3\n    -o a=b\n"
                              "#smtp inet n - y - 1 postscreen lines 2-2\n");
        QTest::newRow("prose comments inside a commented service are no arguments")
            << QByteArray("#submission inet n - y - - smtpd\n"
                          "#  -o a=b\n"
                          "#     Instead of specifying complex restrictions here,\n"
                          "#  -o c=d\n"
                          "# ====================================================================\n"
                          "# Choose one: enable submissions\n"
                          "\n"
                          "#  -o e=f\n")
            << QStringLiteral("#submission inet n - y - - smtpd lines 1-4\n    -o a=b\n    -o c=d\n");
        QTest::newRow("the header comment is no service")
            << QByteArray("# service type  private unpriv  chroot  wakeup  maxproc command + args\n"
                          "#               (yes)   (yes)   (no)    (never) (100)\n")
            << QString();
        QTest::newRow("bad field count") << QByteArray("smtp inet n - y - -\npickup unix n - y 60 1 pickup\n")
                                         << QStringLiteral("pickup unix n - y 60 1 pickup lines 2-2\nproblem line 1\n");
        QTest::newRow("unknown type") << QByteArray("smtp tcp n - y - - smtpd\n")
                                      << QStringLiteral("smtp tcp n - y - - smtpd lines 1-1\nproblem line 1\n");
        QTest::newRow("continuation before any service")
            << QByteArray("  -o a=b\n") << QStringLiteral("problem line 1\n");
        QTest::newRow("CRLF and no final newline")
            << QByteArray("smtp inet n - y - - smtpd\r\n  -o a=b")
            << QStringLiteral("smtp inet n - y - - smtpd lines 1-2\n    -o a=b\n");
    }
    void services()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QCOMPARE(dump(MasterCf::fromByteArray(text)), expected);
    }

    void problemsSayTheLine()
    {
        const auto problems = MasterCf::fromByteArray("\n\nsmtp inet n -\n").problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 3);
        QVERIFY(problems.first().message.contains(QLatin1String("bad field count")));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("input");
        const QString dir = QFINDTESTDATA("../data/postfix/mastercf");
        QVERIFY(!dir.isEmpty());
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.master.cf")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name)) << dir + QLatin1Char('/') + name;
        }
    }
    void golden()
    {
        QFETCH(QString, input);
        QFile in(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString actual = dump(MasterCf::fromByteArray(in.readAll()));
        const QString referencePath = input + QStringLiteral(".rows");
        const QString outputDir = qEnvironmentVariable("MAILROOM_GOLDEN_OUTPUT");
        if (!outputDir.isEmpty()) {
            QFile out(outputDir + QLatin1Char('/') + QFileInfo(referencePath).fileName());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            return;
        }
        QFile ref(referencePath);
        QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(referencePath));
        QCOMPARE(actual, QString::fromUtf8(ref.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestMasterCf)
#include "test_mastercf.moc"
