// SPDX-License-Identifier: GPL-2.0-or-later
#include "relayserver.h"

#include "relaysession.h"

RelayServer::RelayServer(const RelaySettings &settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
{ }

void RelayServer::incomingConnection(qintptr descriptor)
{
    auto *session = new RelaySession(m_settings, ++m_sessions, this);
    if (!session->start(descriptor)) {
        session->deleteLater();
    }
}
