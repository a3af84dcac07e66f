// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QList>
#include <QMetaType>
#include <QString>

class QDBusArgument;

// Value types of the helper's D-Bus contract beyond ServiceState. Each documents its signature.
namespace Mailroom
{

// (sbb): a firewalld service in the default zone.
struct FirewallServiceState {
    QString service;
    bool permanent = false;
    bool runtime = false;
    bool operator==(const FirewallServiceState &) const = default;
};
using FirewallServiceStateList = QList<FirewallServiceState>;

// (sbs): one of Mailroom's logical packages (postfix, sendmail, mailx, sasl-modules, ca-certificates).
struct PackageState {
    QString name;
    bool installed = false;
    QString version; // installed version, or the available one when not installed
    bool operator==(const PackageState &) const = default;
};
using PackageStateList = QList<PackageState>;

// (qsb): a TCP port that matters for mail, and whether something listens on it.
struct PortState {
    quint16 port = 0;
    QString purpose; // "smtp", "submission", "imap"
    bool listening = false;
    bool operator==(const PortState &) const = default;
};
using PortStateList = QList<PortState>;

// (sssss): facts about the host.
struct SystemInfo {
    QString distroFamily; // "debian", "rhel" or "other"
    QString prettyName; // PRETTY_NAME from os-release
    QString hostName;
    QString postfixVersion; // "" when Postfix is not installed
    QString sendmailProvider; // which MTA provides /usr/sbin/sendmail: postfix, sendmail, exim, "" (none)
    bool operator==(const SystemInfo &) const = default;
};

QDBusArgument &operator<<(QDBusArgument &arg, const FirewallServiceState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, FirewallServiceState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const PackageState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, PackageState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const PortState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, PortState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const SystemInfo &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, SystemInfo &v);

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::FirewallServiceState)
Q_DECLARE_METATYPE(Mailroom::FirewallServiceStateList)
Q_DECLARE_METATYPE(Mailroom::PackageState)
Q_DECLARE_METATYPE(Mailroom::PackageStateList)
Q_DECLARE_METATYPE(Mailroom::PortState)
Q_DECLARE_METATYPE(Mailroom::PortStateList)
Q_DECLARE_METATYPE(Mailroom::SystemInfo)
