// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicemanager.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

class QDBusObjectPath;

// ServiceManager on org.freedesktop.systemd1 (no systemctl subprocesses). Start/stop
// jobs are awaited through the JobRemoved signal, so callers learn the real result.
class SystemdServiceManager : public QObject, public ServiceManager
{
    Q_OBJECT
public:
    explicit SystemdServiceManager(const QDBusConnection &bus, QObject *parent = nullptr);
    Mailroom::ServiceState state(const QString &unit) override;
    void perform(const QString &unit, Action action, Done done) override;

private Q_SLOTS:
    void onJobRemoved(uint id, const QDBusObjectPath &job, const QString &unit, const QString &result);

private:
    void runJob(const QString &unit, const QString &method, Done done);
    void changeUnitFile(const QString &unit, bool enable, Done done);
    QString failureDetails(const QString &unit) const;

    QDBusConnection m_bus;
    struct PendingJob
    {
        QString unit;
        QString method;
        Done done;
    };
    QHash<QString, PendingJob> m_jobs; // by job object path
    QHash<QString, QString> m_finishedEarly; // job path -> result, for JobRemoved racing the reply
};
