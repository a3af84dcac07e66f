// SPDX-License-Identifier: GPL-2.0-or-later
#include "systemdservicemanager.h"

#include "journalreader.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSystemd, "mailroom.helper.systemd")

namespace {
const QString Systemd = QStringLiteral("org.freedesktop.systemd1");
const QString ManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString ManagerInterface = QStringLiteral("org.freedesktop.systemd1.Manager");
const QString UnitInterface = QStringLiteral("org.freedesktop.systemd1.Unit");
// Postfix starts in a second or two; sendmail can take long on a host without DNS.
constexpr int JobCallTimeoutMs = 30 * 1000;
} // namespace

SystemdServiceManager::SystemdServiceManager(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    // systemd only emits JobRemoved to subscribed clients.
    m_bus.call(QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface, QStringLiteral("Subscribe")));
    m_bus.connect(Systemd, ManagerPath, ManagerInterface, QStringLiteral("JobRemoved"), this,
                  SLOT(onJobRemoved(uint, QDBusObjectPath, QString, QString)));
}

Mailroom::ServiceState SystemdServiceManager::state(const QString &unit)
{
    Mailroom::ServiceState s;
    s.unit = unit;

    // LoadUnit (unlike GetUnit) also answers for units that are not loaded or do not exist.
    QDBusMessage load
        = QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface, QStringLiteral("LoadUnit"));
    load << unit;
    const QDBusReply<QDBusObjectPath> path = m_bus.call(load);
    if (!path.isValid()) {
        qCWarning(lcSystemd) << "LoadUnit" << unit << "failed:" << path.error().message();
        return s;
    }

    QDBusMessage getAll = QDBusMessage::createMethodCall(
        Systemd, path.value().path(), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
    getAll << UnitInterface;
    const QDBusReply<QVariantMap> props = m_bus.call(getAll);
    if (!props.isValid()) {
        qCWarning(lcSystemd) << "GetAll" << unit << "failed:" << props.error().message();
        return s;
    }
    const QVariantMap p = props.value();
    const QString loadState = p.value(QStringLiteral("LoadState")).toString();
    s.installed = loadState != QLatin1String("not-found") && !loadState.isEmpty();
    s.activeState = p.value(QStringLiteral("ActiveState")).toString();
    s.subState = p.value(QStringLiteral("SubState")).toString();
    s.unitFileState = s.installed ? p.value(QStringLiteral("UnitFileState")).toString() : QString();
    if (loadState == QLatin1String("masked")) {
        s.unitFileState = QStringLiteral("masked");
    }
    return s;
}

void SystemdServiceManager::perform(const QString &unit, Action action, Done done)
{
    switch (action) {
    case Action::Start:
        runJob(unit, QStringLiteral("StartUnit"), std::move(done));
        return;
    case Action::Stop:
        runJob(unit, QStringLiteral("StopUnit"), std::move(done));
        return;
    case Action::Restart:
        runJob(unit, QStringLiteral("RestartUnit"), std::move(done));
        return;
    case Action::Reload:
        runJob(unit, QStringLiteral("ReloadUnit"), std::move(done));
        return;
    case Action::Enable:
        changeUnitFile(unit, true, std::move(done));
        return;
    case Action::Disable:
        changeUnitFile(unit, false, std::move(done));
        return;
    }
}

void SystemdServiceManager::runJob(const QString &unit, const QString &method, Done done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface, method);
    call << unit << QStringLiteral("replace");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, JobCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, unit, method, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            done(false, reply.error().message());
            return;
        }
        const QString job = reply.value().path();
        // The job may already be gone when the reply arrives.
        const auto finished = m_finished.constFind(job);
        if (finished != m_finished.constEnd()) {
            finish({unit, method, done}, unit, finished.value());
            return;
        }
        m_jobs.insert(job, {unit, method, done});
    });
}

void SystemdServiceManager::remember(const QString &job, const QString &result)
{
    if (!m_finished.contains(job)) {
        m_finishedOrder.append(job);
    }
    m_finished.insert(job, result);
    while (m_finishedOrder.size() > 128) {
        m_finished.remove(m_finishedOrder.takeFirst());
    }
}

void SystemdServiceManager::onJobRemoved(uint, const QDBusObjectPath &job, const QString &unit, const QString &result)
{
    // Job paths are not reused within a boot; a caller whose reply is still on its way
    // (or whose request was merged into this job) finds the result here.
    remember(job.path(), result);
    const QList<PendingJob> waiting = m_jobs.values(job.path());
    m_jobs.remove(job.path());
    for (const PendingJob &pending : waiting) {
        finish(pending, unit, result);
    }
}

void SystemdServiceManager::finish(const PendingJob &pending, const QString &unit, const QString &result)
{
    qCInfo(lcSystemd) << pending.method << unit << "->" << result;
    if (result == QLatin1String("done")) {
        pending.done(true, QString());
        return;
    }
    QString message = QStringLiteral("%1 of %2 ended with \"%3\".").arg(pending.method, unit, result);
    const QString details = failureDetails(unit);
    if (!details.isEmpty()) {
        message += QLatin1Char('\n') + details;
    }
    pending.done(false, message);
}

QString SystemdServiceManager::failureDetails(const QString &unit) const
{
    // The unit's own last journal lines say why it failed.
    const auto lines = JournalReader::lastLinesOfUnit(unit, 12);
    return lines.join(QLatin1Char('\n'));
}

void SystemdServiceManager::changeUnitFile(const QString &unit, bool enable, Done done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface,
                                                       enable ? QStringLiteral("EnableUnitFiles")
                                                              : QStringLiteral("DisableUnitFiles"));
    if (enable) {
        call << QStringList {unit} << false << false; // files, runtime, force
    } else {
        call << QStringList {unit} << false; // files, runtime
    }
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, JobCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() == QDBusMessage::ErrorMessage) {
            done(false, reply.errorMessage());
            return;
        }
        // Make systemd pick up the changed symlinks, as systemctl does.
        auto *reload = new QDBusPendingCallWatcher(
            m_bus.asyncCall(
                QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface, QStringLiteral("Reload")),
                JobCallTimeoutMs),
            this);
        connect(reload, &QDBusPendingCallWatcher::finished, this, [done](QDBusPendingCallWatcher *r) {
            r->deleteLater();
            if (r->isError()) {
                done(false, r->error().message());
            } else {
                done(true, QString());
            }
        });
    });
}
