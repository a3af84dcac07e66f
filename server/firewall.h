// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

// Seam: the host firewall (firewalld in production).
class Firewall
{
public:
    struct ServiceState
    {
        QString service; // firewalld service name: smtp, submission, imap
        bool permanent = false; // in the default zone's permanent configuration
        bool runtime = false; // active right now
    };
    using Done = std::function<void(bool ok, const QString &message)>;

    virtual ~Firewall() = default;
    virtual bool available(QString *why) = 0;
    virtual QString defaultZone() = 0;
    virtual QList<ServiceState> services(const QStringList &names, QString *error) = 0;
    // Adds/removes the service permanently in the default zone, then reloads so it is active now.
    virtual void setService(const QString &service, bool enabled, Done done) = 0;
};
