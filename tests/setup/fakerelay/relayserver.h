// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "relaysettings.h"

#include <QTcpServer>

// Accepts connections and hands each to a RelaySession.
class RelayServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit RelayServer(const RelaySettings &settings, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RelaySettings m_settings;
    int m_sessions = 0;
};
