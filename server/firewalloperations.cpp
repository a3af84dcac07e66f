// SPDX-License-Identifier: GPL-2.0-or-later
#include "firewalloperations.h"

#include "argumentchecks.h"
#include "firewall.h"
#include "helperapi.h"
#include "helpertypes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFirewallArea, "mailroom.helper.firewall")

using namespace Mailroom;

FirewallOperations::FirewallOperations(Firewall *firewall)
    : m_firewall(firewall)
{ }

OperationResult FirewallOperations::services() const
{
    QString error;
    const auto states = m_firewall->services(ArgumentChecks::firewallServices(), &error);
    if (!error.isEmpty()) {
        return OperationResult::failure(Api::Error::FirewallUnavailable, error);
    }
    FirewallServiceStateList list;
    for (const auto &s : states) {
        list.append({s.service, s.permanent, s.runtime});
    }
    return OperationResult::success({QVariant::fromValue(list)});
}

void FirewallOperations::setService(const QString &service, bool enabled, const Finished &done)
{
    QString why;
    if (!m_firewall->available(&why)) {
        done(OperationResult::failure(Api::Error::FirewallUnavailable, why));
        return;
    }
    qCInfo(lcFirewallArea) << (enabled ? "opening" : "closing") << service;
    m_firewall->setService(service, enabled, [done](bool ok, const QString &message) {
        done(ok ? OperationResult::success() : OperationResult::failure(Api::Error::Failed, message));
    });
}
