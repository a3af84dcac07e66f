// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "packagemanager.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class PackageKitTransaction;

// PackageManager on PackageKit's D-Bus API: Resolve, then InstallPackages/RemovePackages
// in a second transaction, with Percentage/Status forwarded as progress.
class PackageKitManager : public QObject, public PackageManager
{
    Q_OBJECT
public:
    explicit PackageKitManager(const QDBusConnection &bus, QObject *parent = nullptr);
    void query(const QStringList &names, QueryDone done) override;
    QString install(const QStringList &names, Progress progress, Done done) override;
    QString remove(const QStringList &names, Progress progress, Done done) override;
    void simulateRemove(const QStringList &names, SimulateDone done) override;
    bool cancel(const QString &operation) override;

private:
    QString change(const QStringList &names, bool install, Progress progress, Done done);

    QDBusConnection m_bus;
    QHash<QString, QPointer<PackageKitTransaction>> m_running; // operation id -> current transaction
    quint64 m_nextId = 1;
};
