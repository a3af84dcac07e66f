// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl(1) is generated from the program's --help; this checks the result against the
// command table itself (the objects mailroomctl runs), so a command added, renamed or dropped
// without the man page following fails here.
#include "command.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestManpageCommands : public QObject
{
    Q_OBJECT
private:
    static QString page()
    {
        QFile f(QStringLiteral(MAILROOMCTL_MAN));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void everyCommandHasASection()
    {
        const QString man = page();
        QVERIFY2(!man.isEmpty(), MAILROOMCTL_MAN);
        QSet<QString> documented;
        const QRegularExpression section(QStringLiteral("^\\.SS (\\S+)$"), QRegularExpression::MultilineOption);
        for (auto it = section.globalMatch(man); it.hasNext();) {
            documented.insert(it.next().captured(1));
        }
        QSet<QString> parsed;
        for (const Command &c : CommandRegistry::commands()) {
            parsed.insert(c.name);
        }
        QVERIFY(parsed.size() >= 10);
        QCOMPARE(documented, parsed);
    }

    // Each command's section carries its summary and its own usage line.
    void sectionsCarryTheHelp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("summary");
        for (const Command &c : CommandRegistry::commands()) {
            QTest::newRow(qPrintable(c.name)) << c.name << QString::fromUtf8(c.summary);
        }
    }
    void sectionsCarryTheHelp()
    {
        QFETCH(QString, name);
        QFETCH(QString, summary);
        const QString man = page();
        const qsizetype at = man.indexOf(QStringLiteral("\n.SS %1\n").arg(name));
        QVERIFY(at >= 0);
        const qsizetype next = man.indexOf(QLatin1String("\n.S"), at + 1);
        const QString body = man.mid(at, next < 0 ? -1 : next - at);
        QVERIFY2(body.contains(summary.replace(QLatin1Char('\\'), QLatin1String("\\e"))), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Usage: mailroomctl %1").arg(name)), qPrintable(body));
    }

    // The exit statuses the commands use are the ones the page explains.
    void exitStatuses()
    {
        const QString man = page();
        const qsizetype at = man.indexOf(QLatin1String("\n.SH EXIT STATUS\n"));
        QVERIFY(at >= 0);
        const QString section = man.mid(at, man.indexOf(QLatin1String("\n.SH "), at + 1) - at);
        for (int status = 0; status <= 5; ++status) {
            QVERIFY2(section.contains(QStringLiteral("\n.B %1\n").arg(status)), qPrintable(QString::number(status)));
        }
    }
};

QTEST_GUILESS_MAIN(TestManpageCommands)
#include "test_manpage_commands.moc"
