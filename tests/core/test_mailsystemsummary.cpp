// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailsystemsummary.h"

#include <QTest>

using namespace Mailroom;
using Health = MailSystemSummary::Health;

Q_DECLARE_METATYPE(MailSystemSummary::Health)

namespace {
ServiceState unit(const char *name, bool installed, const char *active = "inactive", const char *file = "disabled")
{
    return {QString::fromLatin1(name), installed, QString::fromLatin1(active), QString(), QString::fromLatin1(file)};
}
} // namespace

class TestMailSystemSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data()
    {
        QTest::addColumn<ServiceStateList>("states");
        QTest::addColumn<Health>("health");
        QTest::addColumn<QString>("headlineContains");
        QTest::addColumn<bool>("suggestsSetup");

        QTest::newRow("seed: sendmail running, no postfix")
            << ServiceStateList {unit("postfix.service", false), unit("sendmail.service", true, "active", "enabled")}
            << Health::Attention
            << QStringLiteral("sendmail is running as this machine's mail server. Postfix is not installed.") << true;
        QTest::newRow("nothing installed")
            << ServiceStateList {unit("postfix.service", false), unit("sendmail.service", false)} << Health::Attention
            << QStringLiteral("No mail server is running") << true;
        QTest::newRow("postfix done") << ServiceStateList {unit("postfix.service", true, "active", "enabled"),
                                                           unit("sendmail.service", false)}
                                      << Health::Good << QStringLiteral("Postfix is running and starts at boot.")
                                      << false;
        QTest::newRow("postfix not enabled")
            << ServiceStateList {unit("postfix.service", true, "active", "disabled"), unit("sendmail.service", false)}
            << Health::Attention << QStringLiteral("will not start after a reboot") << true;
        QTest::newRow("both running") << ServiceStateList {unit("postfix.service", true, "active", "enabled"),
                                                           unit("sendmail.service", true, "active", "enabled")}
                                      << Health::Problem << QStringLiteral("port 25") << true;
        QTest::newRow("postfix failed") << ServiceStateList {unit("postfix.service", true, "failed", "enabled")}
                                        << Health::Problem << QStringLiteral("failed to start") << true;
        QTest::newRow("postfix stopped, exim running")
            << ServiceStateList {unit("postfix.service", true, "inactive"),
                                 unit("exim4.service", true, "active", "enabled")}
            << Health::Attention << QStringLiteral("installed but not running") << true;
    }
    void scenarios()
    {
        QFETCH(ServiceStateList, states);
        QFETCH(Health, health);
        QFETCH(QString, headlineContains);
        QFETCH(bool, suggestsSetup);
        const auto sum = MailSystemSummary::fromStates(states);
        QCOMPARE(sum.health, health);
        QVERIFY2(sum.headline.contains(headlineContains), qPrintable(sum.headline));
        QCOMPARE(sum.suggestsSetup, suggestsSetup);
        QCOMPARE(sum.nextStep.isEmpty(), !suggestsSetup);
    }
};

QTEST_GUILESS_MAIN(TestMailSystemSummary)
#include "test_mailsystemsummary.moc"
