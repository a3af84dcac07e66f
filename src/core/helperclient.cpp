// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperclient.h"

#include "helperapi.h"
#include "helperproxy.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Mailroom {

namespace {
// Long enough for a person to type a password into the polkit agent.
constexpr int CallTimeoutMs = 120 * 1000;
} // namespace

QString HelperError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::AccessDenied:
        if (dbusName == Api::Error::RemoteSession) {
            return QCoreApplication::translate(
                       "HelperError",
                       "Mailroom's helper on that host refused: polkit does not count an SSH login as an active "
                       "local session, and Mailroom's shipped defaults allow only those. An administrator of the "
                       "host can allow the group “mailadmin” by copying %1 to /etc/polkit-1/rules.d/.")
                .arg(Api::MailadminRule);
        }
        return QCoreApplication::translate("HelperError",
                                           "You are not allowed to do this. Ask an administrator to add you to the "
                                           "mail administrators, or authenticate when asked.");
    case Kind::NotAvailable:
        if (dbusName == QLatin1String("org.freedesktop.DBus.Error.Disconnected")) {
            return QCoreApplication::translate("HelperError", "The connection to Mailroom's helper was lost (%1).")
                .arg(message);
        }
        return QCoreApplication::translate("HelperError",
                                           "The Mailroom system helper (mailroomd) is not available. Is Mailroom "
                                           "installed completely? (%1)")
            .arg(message);
    case Kind::InvalidArgs:
        return QCoreApplication::translate("HelperError", "The request was rejected: %1").arg(message);
    case Kind::Failed:
        return QCoreApplication::translate("HelperError", "The operation failed: %1").arg(message);
    case Kind::Conflict:
        // The helper says which file changed and when: after the caller loaded it, or while the
        // helper was writing it (postconf -e).
        return QCoreApplication::translate("HelperError", "Nothing was written: %1").arg(message);
    }
    return message;
}

HelperError HelperError::fromDBus(const QDBusError &error)
{
    HelperError e;
    e.dbusName = error.name();
    e.message = error.message();
    switch (error.type()) {
    case QDBusError::NoError:
        e.kind = Kind::None;
        break;
    case QDBusError::AccessDenied:
        e.kind = Kind::AccessDenied;
        break;
    case QDBusError::ServiceUnknown:
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
    case QDBusError::UnknownObject:
    case QDBusError::UnknownInterface:
    case QDBusError::UnknownMethod:
        e.kind = Kind::NotAvailable;
        break;
    case QDBusError::InvalidArgs:
        e.kind = Kind::InvalidArgs;
        break;
    default:
        if (error.name() == Api::Error::Conflict) {
            e.kind = Kind::Conflict;
            break;
        }
        if (error.name() == Api::Error::RemoteSession) {
            e.kind = Kind::AccessDenied;
            break;
        }
        // Interactive authorization that was dismissed arrives as this name.
        e.kind = error.name() == QLatin1String("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired")
            ? Kind::AccessDenied
            : Kind::Failed;
        break;
    }
    return e;
}

HelperClient::HelperClient(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_proxy(std::make_unique<HelperProxy>(Api::ServiceName, Api::ObjectPath, bus))
{
    registerDBusTypes();
    m_proxy->setTimeout(CallTimeoutMs);
    m_proxy->setInteractiveAuthorizationAllowed(true);
}

HelperClient::~HelperClient() = default;

void HelperClient::requestServiceStates()
{
    auto *watcher = new QDBusPendingCallWatcher(m_proxy->GetServiceStates(), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<ServiceStateList> reply = *w;
        if (reply.isError()) {
            Q_EMIT failed(HelperError::fromDBus(reply.error()));
        } else {
            Q_EMIT serviceStatesReady(reply.value());
        }
    });
}

ServiceStateList HelperClient::serviceStates(HelperError *error)
{
    QDBusPendingReply<ServiceStateList> reply = m_proxy->GetServiceStates();
    reply.waitForFinished();
    if (error) {
        *error = HelperError::fromDBus(reply.error());
    }
    return reply.isError() ? ServiceStateList {} : reply.value();
}

} // namespace Mailroom
