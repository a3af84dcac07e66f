// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "servicemanager.h"

// The services area: state of the allowlisted units; start, stop, … one of them.
class ServiceOperations
{
public:
    explicit ServiceOperations(ServiceManager *services);

    OperationResult states() const;
    // unit is already checked (ArgumentChecks::serviceUnit).
    void perform(const QString &unit, ServiceManager::Action action, const Finished &done);

private:
    ServiceManager *m_services;
};
