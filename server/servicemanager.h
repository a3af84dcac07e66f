// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <functional>

// Seam: the system's service manager (systemd in production, a fake in unit tests).
class ServiceManager
{
public:
    enum class Action
    {
        Start,
        Stop,
        Restart,
        Reload,
        Enable,
        Disable
    };
    // ok == false: message says why (for a failed start: the unit's last journal lines).
    using Done = std::function<void(bool ok, const QString &message)>;

    virtual ~ServiceManager() = default;
    // State of one unit; installed == false when the unit is unknown.
    virtual Mailroom::ServiceState state(const QString &unit) = 0;
    // Runs the action and calls done once the job has finished (not merely queued).
    virtual void perform(const QString &unit, Action action, Done done) = 0;
};
