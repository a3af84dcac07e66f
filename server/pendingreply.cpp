// SPDX-License-Identifier: GPL-2.0-or-later
#include "pendingreply.h"

PendingReply::PendingReply(const QDBusConnection &bus, const QDBusMessage &call)
    : m_bus(bus)
    , m_call(call)
{ }

void PendingReply::send(const OperationResult &result) const
{
    m_bus.send(result.ok() ? m_call.createReply(result.values)
                           : m_call.createErrorReply(result.errorName, result.message));
}
