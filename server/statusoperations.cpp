// SPDX-License-Identifier: GPL-2.0-or-later
#include "statusoperations.h"

#include "host.h"

StatusOperations::StatusOperations(Host *host)
    : m_host(host)
{ }

OperationResult StatusOperations::systemInfo() const
{
    return OperationResult::success({QVariant::fromValue(m_host->systemInfo())});
}

OperationResult StatusOperations::ports() const
{
    return OperationResult::success({QVariant::fromValue(m_host->ports())});
}
