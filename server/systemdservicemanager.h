// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicemanager.h"

#include <QDBusConnection>

// ServiceManager on org.freedesktop.systemd1 (no systemctl subprocesses).
class SystemdServiceManager : public ServiceManager
{
public:
    explicit SystemdServiceManager(const QDBusConnection &bus);
    Mailroom::ServiceState state(const QString &unit) override;

private:
    QDBusConnection m_bus;
};
