// SPDX-License-Identifier: GPL-2.0-or-later
#include "firewalldfirewall.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFirewall, "mailroom.helper.firewall")

namespace {
const QString Service = QStringLiteral("org.fedoraproject.FirewallD1");
const QString Path = QStringLiteral("/org/fedoraproject/FirewallD1");
const QString ConfigPath = QStringLiteral("/org/fedoraproject/FirewallD1/config");
const QString MainInterface = QStringLiteral("org.fedoraproject.FirewallD1");
const QString ZoneInterface = QStringLiteral("org.fedoraproject.FirewallD1.zone");
const QString ConfigInterface = QStringLiteral("org.fedoraproject.FirewallD1.config");
const QString ConfigZoneInterface = QStringLiteral("org.fedoraproject.FirewallD1.config.zone");
constexpr int ReloadTimeoutMs = 60 * 1000;
} // namespace

FirewalldFirewall::FirewalldFirewall(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

bool FirewalldFirewall::available(QString *why)
{
    auto *iface = m_bus.interface();
    if (!iface || !iface->isServiceRegistered(Service).value()) {
        // firewalld is not D-Bus activatable: absent means not installed or not running.
        if (why) {
            *why = QStringLiteral("firewalld is not running (it may not be installed)");
        }
        return false;
    }
    return true;
}

QString FirewalldFirewall::defaultZone()
{
    const QDBusReply<QString> zone
        = m_bus.call(QDBusMessage::createMethodCall(Service, Path, MainInterface, QStringLiteral("getDefaultZone")));
    return zone.isValid() ? zone.value() : QString();
}

QString FirewalldFirewall::zoneConfigPath(const QString &zone, QString *error)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, ConfigPath, ConfigInterface, QStringLiteral("getZoneByName"));
    call << zone;
    const QDBusReply<QDBusObjectPath> path = m_bus.call(call);
    if (!path.isValid()) {
        if (error) {
            *error = path.error().message();
        }
        return {};
    }
    return path.value().path();
}

QList<Firewall::ServiceState> FirewalldFirewall::services(const QStringList &names, QString *error)
{
    QList<ServiceState> result;
    if (!available(error)) {
        return result;
    }
    const QString zone = defaultZone();
    const QString configPath = zoneConfigPath(zone, error);
    if (configPath.isEmpty()) {
        return result;
    }
    for (const QString &name : names) {
        ServiceState s;
        s.service = name;
        QDBusMessage perm
            = QDBusMessage::createMethodCall(Service, configPath, ConfigZoneInterface, QStringLiteral("queryService"));
        perm << name;
        const QDBusReply<bool> p = m_bus.call(perm);
        s.permanent = p.isValid() && p.value();
        QDBusMessage rt = QDBusMessage::createMethodCall(Service, Path, ZoneInterface, QStringLiteral("queryService"));
        rt << zone << name;
        const QDBusReply<bool> r = m_bus.call(rt);
        s.runtime = r.isValid() && r.value();
        result.append(s);
    }
    return result;
}

void FirewalldFirewall::setService(const QString &service, bool enabled, Done done)
{
    QString error;
    if (!available(&error)) {
        done(false, error);
        return;
    }
    const QString zone = defaultZone();
    const QString configPath = zoneConfigPath(zone, &error);
    if (configPath.isEmpty()) {
        done(false, error);
        return;
    }
    QDBusMessage query
        = QDBusMessage::createMethodCall(Service, configPath, ConfigZoneInterface, QStringLiteral("queryService"));
    query << service;
    const QDBusReply<bool> present = m_bus.call(query);
    if (!present.isValid()) {
        done(false, present.error().message());
        return;
    }
    if (present.value() != enabled) {
        QDBusMessage change
            = QDBusMessage::createMethodCall(Service, configPath, ConfigZoneInterface,
                                             enabled ? QStringLiteral("addService") : QStringLiteral("removeService"));
        change << service;
        const QDBusMessage reply = m_bus.call(change);
        if (reply.type() == QDBusMessage::ErrorMessage) {
            done(false, reply.errorMessage());
            return;
        }
    }
    qCInfo(lcFirewall) << (enabled ? "added" : "removed") << service << "in zone" << zone << "(permanent); reloading";
    // The permanent change takes effect at reload, as `firewall-cmd --reload` does.
    auto *watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(QDBusMessage::createMethodCall(Service, Path, MainInterface, QStringLiteral("reload")),
                        ReloadTimeoutMs),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (w->isError()) {
            done(false, w->error().message());
        } else {
            done(true, QString());
        }
    });
}
