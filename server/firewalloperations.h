// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

class Firewall;

// The firewall area: the allowlisted firewalld services, open or closed.
class FirewallOperations
{
public:
    explicit FirewallOperations(Firewall *firewall);

    OperationResult services() const;
    // service is already checked (ArgumentChecks::firewallService).
    void setService(const QString &service, bool enabled, const Finished &done);

private:
    Firewall *m_firewall;
};
