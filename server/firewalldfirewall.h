// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "firewall.h"

#include <QDBusConnection>
#include <QObject>

// Firewall on firewalld's D-Bus API (org.fedoraproject.FirewallD1), no firewall-cmd.
class FirewalldFirewall : public QObject, public Firewall
{
    Q_OBJECT
public:
    explicit FirewalldFirewall(const QDBusConnection &bus, QObject *parent = nullptr);
    bool available(QString *why) override;
    QString defaultZone() override;
    QList<ServiceState> services(const QStringList &names, QString *error) override;
    void setService(const QString &service, bool enabled, Done done) override;

private:
    QString zoneConfigPath(const QString &zone, QString *error);
    QDBusConnection m_bus;
};
