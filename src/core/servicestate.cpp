// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicestate.h"

#include "helpertypes.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMetaType>

namespace Mailroom {

bool ServiceState::isEnabled() const
{
    // "enabled-runtime" and "alias" units also start at boot; "static" ones are pulled in by others.
    return unitFileState == QLatin1String("enabled") || unitFileState == QLatin1String("enabled-runtime")
        || unitFileState == QLatin1String("alias");
}

QString ServiceState::displayName() const
{
    QString name = unit;
    if (name.endsWith(QLatin1String(".service"))) {
        name.chop(8);
    }
    return name;
}

QString ServiceState::summary() const
{
    if (!installed) {
        return QCoreApplication::translate("ServiceState", "Not installed");
    }
    QString running;
    if (activeState == QLatin1String("active")) {
        running = QCoreApplication::translate("ServiceState", "Running");
    } else if (activeState == QLatin1String("failed")) {
        running = QCoreApplication::translate("ServiceState", "Failed");
    } else if (activeState == QLatin1String("activating")) {
        running = QCoreApplication::translate("ServiceState", "Starting");
    } else if (activeState == QLatin1String("deactivating")) {
        running = QCoreApplication::translate("ServiceState", "Stopping");
    } else if (activeState == QLatin1String("reloading")) {
        running = QCoreApplication::translate("ServiceState", "Reloading");
    } else {
        running = QCoreApplication::translate("ServiceState", "Stopped");
    }
    QString boot;
    if (isEnabled()) {
        boot = QCoreApplication::translate("ServiceState", "starts at boot");
    } else if (unitFileState == QLatin1String("masked")) {
        boot = QCoreApplication::translate("ServiceState", "masked (cannot be started)");
    } else {
        boot = QCoreApplication::translate("ServiceState", "does not start at boot");
    }
    //: %1 is Running/Stopped/…, %2 is "starts at boot" or "does not start at boot"
    return QCoreApplication::translate("ServiceState", "%1, %2").arg(running, boot);
}

QDBusArgument &operator<<(QDBusArgument &arg, const ServiceState &state)
{
    arg.beginStructure();
    arg << state.unit << state.installed << state.activeState << state.subState << state.unitFileState;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, ServiceState &state)
{
    arg.beginStructure();
    arg >> state.unit >> state.installed >> state.activeState >> state.subState >> state.unitFileState;
    arg.endStructure();
    return arg;
}

void registerDBusTypes()
{
    qDBusRegisterMetaType<ServiceState>();
    qDBusRegisterMetaType<ServiceStateList>();
    qDBusRegisterMetaType<FirewallServiceState>();
    qDBusRegisterMetaType<FirewallServiceStateList>();
    qDBusRegisterMetaType<PackageState>();
    qDBusRegisterMetaType<PackageStateList>();
    qDBusRegisterMetaType<PortState>();
    qDBusRegisterMetaType<PortStateList>();
    qDBusRegisterMetaType<SystemInfo>();
    qDBusRegisterMetaType<TlsCertificateState>();
    qDBusRegisterMetaType<MailAccessState>();
    qDBusRegisterMetaType<SpamFilterState>();
    qDBusRegisterMetaType<StringMap>();
    qDBusRegisterMetaType<ConfigValue>();
    qDBusRegisterMetaType<ConfigValueList>();
    qDBusRegisterMetaType<ConfigBackup>();
    qDBusRegisterMetaType<ConfigBackupList>();
    qDBusRegisterMetaType<LogEntry>();
    qDBusRegisterMetaType<LogEntryList>();
    qDBusRegisterMetaType<QueueRecipient>();
    qDBusRegisterMetaType<QueueRecipientList>();
    qDBusRegisterMetaType<QueueEntry>();
    qDBusRegisterMetaType<QueueEntryList>();
    qDBusRegisterMetaType<Config::ParameterInfo>();
    qDBusRegisterMetaType<Config::ParameterInfoList>();
}

} // namespace Mailroom
