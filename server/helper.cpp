// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper.h"

#include "authorizer.h"
#include "helperapi.h"
#include "servicemanager.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHelper, "mailroom.helper")

using namespace Mailroom;

Helper::Helper(ServiceManager *services, Authorizer *authorizer, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_authorizer(authorizer)
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

void Helper::authorizeThen(QLatin1StringView actionId, Work work)
{
    Q_EMIT activity();
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    const QString action = actionId;
    const uint uid = bus.interface() ? bus.interface()->serviceUid(call.service()).value() : uint(-1);
    qCInfo(lcHelper) << call.member() << "from" << call.service() << "uid" << uid;

    m_authorizer->check(call.service(), action, call.isInteractiveAuthorizationAllowed(),
                        [call, bus, action, work](Authorizer::Result result, const QString &detail) mutable {
                            if (result != Authorizer::Result::Allowed) {
                                bus.send(call.createErrorReply(
                                    QDBusError::AccessDenied,
                                    QStringLiteral("Not authorized for %1%2")
                                        .arg(action, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail))));
                                return;
                            }
                            bus.send(work(call));
                        });
}

ServiceStateList Helper::GetServiceStates()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QDBusMessage &call) {
        ServiceStateList states;
        for (const QString &unit : serviceAllowlist()) {
            states.append(m_services->state(unit));
        }
        return call.createReply(QVariant::fromValue(states));
    });
    return {};
}
