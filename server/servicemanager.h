// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

// Seam: the system's service manager (systemd in production).
class ServiceManager
{
public:
    virtual ~ServiceManager() = default;
    // State of one unit; installed == false when the unit is unknown.
    virtual Mailroom::ServiceState state(const QString &unit) = 0;
};
