// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QDBusConnection>
#include <QDBusMessage>

// The answer to one delayed D-Bus call, sent once the operation has finished.
// Copyable into callbacks; the one place where an OperationResult becomes a reply.
class PendingReply
{
public:
    PendingReply(const QDBusConnection &bus, const QDBusMessage &call);

    // The caller's unique bus name (empty on a peer-to-peer connection).
    QString caller() const { return m_call.service(); }
    QString member() const { return m_call.member(); }
    bool interactiveAuthorizationAllowed() const { return m_call.isInteractiveAuthorizationAllowed(); }

    void send(const OperationResult &result) const;

private:
    QDBusConnection m_bus;
    QDBusMessage m_call;
};
