// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpertypes.h"

#include <QDBusArgument>

namespace Mailroom
{

QDBusArgument &operator<<(QDBusArgument &arg, const FirewallServiceState &v)
{
    arg.beginStructure();
    arg << v.service << v.permanent << v.runtime;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, FirewallServiceState &v)
{
    arg.beginStructure();
    arg >> v.service >> v.permanent >> v.runtime;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PackageState &v)
{
    arg.beginStructure();
    arg << v.name << v.installed << v.version;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, PackageState &v)
{
    arg.beginStructure();
    arg >> v.name >> v.installed >> v.version;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PortState &v)
{
    arg.beginStructure();
    arg << v.port << v.purpose << v.listening;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, PortState &v)
{
    arg.beginStructure();
    arg >> v.port >> v.purpose >> v.listening;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const SystemInfo &v)
{
    arg.beginStructure();
    arg << v.distroFamily << v.prettyName << v.hostName << v.postfixVersion << v.sendmailProvider;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, SystemInfo &v)
{
    arg.beginStructure();
    arg >> v.distroFamily >> v.prettyName >> v.hostName >> v.postfixVersion >> v.sendmailProvider;
    arg.endStructure();
    return arg;
}

} // namespace Mailroom
