// SPDX-License-Identifier: GPL-2.0-or-later
#include "polkitauthorizer.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

#include <systemd/sd-login.h>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcAuth, "mailroom.helper.auth")

using StringMap = QMap<QString, QString>;

namespace {
constexpr auto PolkitService = "org.freedesktop.PolicyKit1";
constexpr auto PolkitPath = "/org/freedesktop/PolicyKit1/Authority";
constexpr auto PolkitInterface = "org.freedesktop.PolicyKit1.Authority";
constexpr quint32 AllowUserInteractionFlag = 0x1;
// A person may take a while to type a password; polkit itself times out too.
constexpr int InteractiveTimeoutMs = 5 * 60 * 1000;
constexpr int QuietTimeoutMs = 25 * 1000;
} // namespace

PolkitAuthorizer::PolkitAuthorizer(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    qDBusRegisterMetaType<StringMap>();
}

void PolkitAuthorizer::check(const QString &busName, const QString &actionId, bool allowInteraction, Callback done)
{
    if (!busName.startsWith(QLatin1Char(':'))) {
        qCWarning(lcAuth) << "denying" << actionId << "to a caller without a unique bus name";
        done(Result::Denied, QStringLiteral("caller has no unique bus name"));
        return;
    }

    QDBusMessage call
        = QDBusMessage::createMethodCall(QLatin1String(PolkitService), QLatin1String(PolkitPath),
                                         QLatin1String(PolkitInterface), QStringLiteral("CheckAuthorization"));
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(busName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();

    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(StringMap {})
         << quint32(allowInteraction ? AllowUserInteractionFlag : 0) << QString();

    QDBusPendingCall pending = m_bus.asyncCall(call, allowInteraction ? InteractiveTimeoutMs : QuietTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done, actionId, busName](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            // Unknown is deny.
            qCWarning(lcAuth) << "polkit error for" << actionId << busName << reply.errorName() << reply.errorMessage();
            done(Result::Denied, reply.errorMessage());
            return;
        }
        bool authorized = false;
        bool challenge = false;
        StringMap details;
        const auto arg = reply.arguments().constFirst().value<QDBusArgument>();
        arg.beginStructure();
        arg >> authorized >> challenge >> details;
        arg.endStructure();
        qCInfo(lcAuth) << actionId << "for" << busName << (authorized ? "allowed" : "denied")
                       << (challenge ? "(authentication required)" : "");
        done(authorized ? Result::Allowed : Result::Denied,
             challenge ? QStringLiteral("authentication required") : QString());
    });
}

void PolkitAuthorizer::isRemoteSession(const QString &busName, std::function<void(bool remote)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    call << busName;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, QuietTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            done(false);
            return;
        }
        // The process may be gone by now (the answer is only used for the wording of a denial);
        // a PID reused since then could at worst change the wording, never the decision.
        char *session = nullptr;
        if (sd_pid_get_session(pid_t(reply.value()), &session) < 0 || !session) {
            done(false);
            return;
        }
        const bool remote = sd_session_is_remote(session) > 0;
        std::free(session);
        done(remote);
    });
}
