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
    // By job object path. systemd merges a second start/stop/restart of a unit into the job
    // already queued and returns its path to both callers: each of them waits for it.
    QMultiHash<QString, PendingJob> m_jobs;
    // job path -> result of recently removed jobs, for JobRemoved racing a caller's reply
    // (also a caller whose request was merged into a job that has finished meanwhile).
    QHash<QString, QString> m_finished;
    QStringList m_finishedOrder; // oldest first, to bound m_finished
    void remember(const QString &job, const QString &result);
    void finish(const PendingJob &pending, const QString &unit, const QString &result);
};
