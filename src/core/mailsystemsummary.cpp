// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailsystemsummary.h"

#include <QCoreApplication>

namespace Mailroom {

namespace {
ServiceState find(const ServiceStateList &states, QLatin1StringView unit)
{
    for (const auto &s : states) {
        if (s.unit == unit) {
            return s;
        }
    }
    return {};
}
} // namespace

MailSystemSummary MailSystemSummary::fromStates(const ServiceStateList &states)
{
    MailSystemSummary sum;
    const ServiceState postfix = find(states, QLatin1StringView("postfix.service"));
    const ServiceState sendmail = find(states, QLatin1StringView("sendmail.service"));
    const ServiceState exim = find(states, QLatin1StringView("exim4.service"));

    const bool otherActive = (sendmail.installed && sendmail.isActive()) || (exim.installed && exim.isActive());
    const QString otherName
        = sendmail.installed && sendmail.isActive() ? QStringLiteral("sendmail") : QStringLiteral("Exim");

    if (postfix.installed && postfix.isActive()) {
        if (otherActive) {
            sum.health = Health::Problem;
            sum.headline
                = QCoreApplication::translate("MailSystemSummary",
                                              "Postfix is running, but so is %1: two mail servers compete for port 25.")
                      .arg(otherName);
            sum.nextStep
                = QCoreApplication::translate("MailSystemSummary", "Stop and disable %1 in Setup.").arg(otherName);
            sum.suggestsSetup = true;
        } else if (!postfix.isEnabled()) {
            sum.health = Health::Attention;
            sum.headline = QCoreApplication::translate("MailSystemSummary",
                                                       "Postfix is running, but it will not start after a reboot.");
            sum.nextStep = QCoreApplication::translate("MailSystemSummary", "Enable Postfix at boot in Setup.");
            sum.suggestsSetup = true;
        } else {
            sum.health = Health::Good;
            sum.headline = QCoreApplication::translate("MailSystemSummary", "Postfix is running and starts at boot.");
        }
    } else if (postfix.installed) {
        sum.health = postfix.activeState == QLatin1String("failed") ? Health::Problem : Health::Attention;
        sum.headline = postfix.activeState == QLatin1String("failed")
            ? QCoreApplication::translate("MailSystemSummary", "Postfix is installed but failed to start.")
            : QCoreApplication::translate("MailSystemSummary", "Postfix is installed but not running.");
        sum.nextStep = otherActive
            ? QCoreApplication::translate("MailSystemSummary", "Stop %1, then configure and start Postfix in Setup.")
                  .arg(otherName)
            : QCoreApplication::translate("MailSystemSummary", "Configure and start Postfix in Setup.");
        sum.suggestsSetup = true;
    } else if (otherActive) {
        sum.health = Health::Attention;
        sum.headline
            = QCoreApplication::translate("MailSystemSummary",
                                          "%1 is running as this machine's mail server. Postfix is not installed.")
                  .arg(otherName);
        sum.nextStep = QCoreApplication::translate(
                           "MailSystemSummary",
                           "Setup replaces %1 with Postfix: stop and disable %1, open the firewall for mail, "
                           "install and configure Postfix.")
                           .arg(otherName);
        sum.suggestsSetup = true;
    } else {
        sum.health = Health::Attention;
        sum.headline = QCoreApplication::translate(
            "MailSystemSummary", "No mail server is running on this machine. Postfix is not installed.");
        sum.nextStep = QCoreApplication::translate("MailSystemSummary", "Install and configure Postfix in Setup.");
        sum.suggestsSetup = true;
    }
    return sum;
}

} // namespace Mailroom
