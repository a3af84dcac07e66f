// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper.h"

#include "authorizer.h"
#include "firewall.h"
#include "helperapi.h"
#include "packagemanager.h"
#include "packagenames.h"
#include "systeminspector.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHelper, "mailroom.helper")

using namespace Mailroom;

namespace
{
QString errorName(const char *suffix)
{
    return QString(Api::ErrorPrefix) + QLatin1String(suffix);
}
} // namespace

void Helper::Replier::reply(const QVariantList &args) const
{
    QDBusMessage r = call.createReply(args);
    bus.send(r);
}

void Helper::Replier::error(const QString &name, const QString &message) const
{
    bus.send(call.createErrorReply(name, message));
}

Helper::Helper(const Backends &backends, QObject *parent)
    : QObject(parent)
    , m_b(backends)
{
}

const QStringList &Helper::serviceAllowlist()
{
    static const QStringList units{
        QStringLiteral("postfix.service"),
        QStringLiteral("sendmail.service"),
        QStringLiteral("exim4.service"),
        QStringLiteral("dovecot.service"),
    };
    return units;
}

const QStringList &Helper::firewallAllowlist()
{
    static const QStringList services{QStringLiteral("smtp"), QStringLiteral("submission"), QStringLiteral("imap")};
    return services;
}

void Helper::setBusy(int delta)
{
    m_busy += delta;
    Q_EMIT busyChanged(m_busy);
}

bool Helper::check(bool valid, const QString &message)
{
    if (!valid) {
        Q_EMIT activity();
        sendErrorReply(QDBusError::InvalidArgs, message);
    }
    return valid;
}

void Helper::authorizeThen(QLatin1StringView actionId, Work work)
{
    Q_EMIT activity();
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    const QString action = actionId;
    const uint uid = bus.interface() ? bus.interface()->serviceUid(call.service()).value() : uint(-1);
    qCInfo(lcHelper) << call.member() << "from" << call.service() << "uid" << uid;

    setBusy(+1);
    m_b.authorizer->check(call.service(), action, call.isInteractiveAuthorizationAllowed(),
                          [this, call, bus, action, work](Authorizer::Result result, const QString &detail) {
                              const Replier replier{bus, call};
                              if (result != Authorizer::Result::Allowed) {
                                  replier.error(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                                                QStringLiteral("Not authorized for %1%2")
                                                    .arg(action, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
                              } else {
                                  work(replier);
                              }
                              setBusy(-1);
                          });
}

QString Helper::normalizedUnit(const QString &unit) const
{
    const QString u = unit.endsWith(QLatin1String(".service")) ? unit : unit + QLatin1String(".service");
    return serviceAllowlist().contains(u) ? u : QString();
}

ServiceStateList Helper::GetServiceStates()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        ServiceStateList states;
        for (const QString &unit : serviceAllowlist()) {
            states.append(m_b.services->state(unit));
        }
        r.reply({QVariant::fromValue(states)});
    });
    return {};
}

SystemInfo Helper::GetSystemInfo()
{
    authorizeThen(Api::Action::ReadStatus, [](const Replier &r) { r.reply({QVariant::fromValue(SystemInspector::systemInfo())}); });
    return {};
}

PortStateList Helper::GetPorts()
{
    authorizeThen(Api::Action::ReadStatus, [](const Replier &r) { r.reply({QVariant::fromValue(SystemInspector::ports())}); });
    return {};
}

void Helper::serviceAction(const QString &unit, ServiceManager::Action action)
{
    const QString u = normalizedUnit(unit);
    if (!check(!u.isEmpty(), QStringLiteral("\"%1\" is not a mail service Mailroom manages (allowed: postfix, sendmail, exim4, dovecot)")
                                 .arg(unit.left(64)))) {
        return;
    }
    authorizeThen(Api::Action::ManageServices, [this, u, action](const Replier &r) {
        setBusy(+1);
        m_b.services->perform(u, action, [this, r](bool ok, const QString &message) {
            if (ok) {
                r.reply();
            } else {
                r.error(errorName("JobFailed"), message);
            }
            setBusy(-1);
        });
    });
}

void Helper::StartService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Start);
}
void Helper::StopService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Stop);
}
void Helper::RestartService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Restart);
}
void Helper::ReloadService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Reload);
}
void Helper::EnableService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Enable);
}
void Helper::DisableService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Disable);
}

FirewallServiceStateList Helper::GetFirewallServices()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        QString error;
        const auto states = m_b.firewall->services(firewallAllowlist(), &error);
        if (!error.isEmpty()) {
            r.error(errorName("FirewallUnavailable"), error);
            return;
        }
        FirewallServiceStateList list;
        for (const auto &s : states) {
            list.append({s.service, s.permanent, s.runtime});
        }
        r.reply({QVariant::fromValue(list)});
    });
    return {};
}

void Helper::SetFirewallService(const QString &service, bool enabled)
{
    if (!check(firewallAllowlist().contains(service),
               QStringLiteral("\"%1\" is not a mail firewall service (allowed: smtp, submission, imap)").arg(service.left(64)))) {
        return;
    }
    authorizeThen(Api::Action::ManageFirewall, [this, service, enabled](const Replier &r) {
        QString why;
        if (!m_b.firewall->available(&why)) {
            r.error(errorName("FirewallUnavailable"), why);
            return;
        }
        setBusy(+1);
        m_b.firewall->setService(service, enabled, [this, r](bool ok, const QString &message) {
            if (ok) {
                r.reply();
            } else {
                r.error(errorName("Failed"), message);
            }
            setBusy(-1);
        });
    });
}

PackageStateList Helper::GetPackages()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        const QString family = SystemInspector::distroFamily();
        QStringList real;
        for (const QString &logical : PackageNames::logicalNames()) {
            real += PackageNames::forFamily(logical, family);
        }
        setBusy(+1);
        m_b.packages->query(real, [this, r, family](const QList<PackageManager::PackageInfo> &infos, const QString &error) {
            if (!error.isEmpty()) {
                r.error(errorName("Failed"), error);
                setBusy(-1);
                return;
            }
            PackageStateList list;
            for (const QString &logical : PackageNames::logicalNames()) {
                // A logical package is installed when its first (main) package is.
                const QString main = PackageNames::forFamily(logical, family).value(0);
                PackageState s{logical, false, QString()};
                for (const auto &i : infos) {
                    if (i.name == main) {
                        s.installed = i.installed;
                        s.version = i.version;
                    }
                }
                list.append(s);
            }
            r.reply({QVariant::fromValue(list)});
            setBusy(-1);
        });
    });
    return {};
}

QString Helper::packageAction(const QString &name, bool install)
{
    const QString family = SystemInspector::distroFamily();
    if (!check(PackageNames::isKnown(name),
               QStringLiteral("\"%1\" is not a package Mailroom manages (allowed: %2)")
                   .arg(name.left(64), PackageNames::logicalNames().join(QStringLiteral(", "))))) {
        return {};
    }
    if (!check(!PackageNames::forFamily(name, family).isEmpty(),
               QStringLiteral("package management is not supported on this distribution"))) {
        return {};
    }
    const QString action = install ? QStringLiteral("install") : QStringLiteral("remove");
    authorizeThen(Api::Action::ManagePackages, [this, name, family, install, action](const Replier &r) {
        const QStringList real = PackageNames::forFamily(name, family);
        qCInfo(lcHelper) << action << name << "->" << real;
        setBusy(+1);
        auto opHolder = std::make_shared<QString>();
        auto onProgress = [this, opHolder](uint percent, const QString &status, const QString &package) {
            Q_EMIT PackageProgress(*opHolder, percent, status, package);
        };
        auto onDone = [this, opHolder](bool ok, bool cancelled, const QString &message) {
            m_operationOwners.remove(*opHolder);
            Q_EMIT PackageOperationFinished(*opHolder, ok, cancelled, message);
            setBusy(-1);
        };
        *opHolder = install ? m_b.packages->install(real, onProgress, onDone) : m_b.packages->remove(real, onProgress, onDone);
        m_operationOwners.insert(*opHolder, r.call.service());
        r.reply({*opHolder});
    });
    return {};
}

QString Helper::InstallPackage(const QString &name)
{
    return packageAction(name, true);
}

QString Helper::RemovePackage(const QString &name)
{
    return packageAction(name, false);
}

void Helper::CancelPackageOperation(const QString &operation)
{
    authorizeThen(Api::Action::ManagePackages, [this, operation](const Replier &r) {
        if (m_operationOwners.value(operation) != r.call.service()) {
            r.error(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                    QStringLiteral("no running package operation \"%1\" started by you").arg(operation.left(64)));
            return;
        }
        m_b.packages->cancel(operation);
        r.reply();
    });
}
