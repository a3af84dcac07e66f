// SPDX-License-Identifier: GPL-2.0-or-later
#include "systemdservicemanager.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSystemd, "mailroom.helper.systemd")

namespace
{
const QString Systemd = QStringLiteral("org.freedesktop.systemd1");
const QString ManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString ManagerInterface = QStringLiteral("org.freedesktop.systemd1.Manager");
const QString UnitInterface = QStringLiteral("org.freedesktop.systemd1.Unit");
} // namespace

SystemdServiceManager::SystemdServiceManager(const QDBusConnection &bus)
    : m_bus(bus)
{
}

Mailroom::ServiceState SystemdServiceManager::state(const QString &unit)
{
    Mailroom::ServiceState s;
    s.unit = unit;

    // LoadUnit (unlike GetUnit) also answers for units that are not loaded or do not exist.
    QDBusMessage load = QDBusMessage::createMethodCall(Systemd, ManagerPath, ManagerInterface, QStringLiteral("LoadUnit"));
    load << unit;
    const QDBusReply<QDBusObjectPath> path = m_bus.call(load);
    if (!path.isValid()) {
        qCWarning(lcSystemd) << "LoadUnit" << unit << "failed:" << path.error().message();
        return s;
    }

    QDBusMessage getAll = QDBusMessage::createMethodCall(Systemd, path.value().path(),
                                                         QStringLiteral("org.freedesktop.DBus.Properties"),
                                                         QStringLiteral("GetAll"));
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
