// SPDX-License-Identifier: GPL-2.0-or-later
#include "callerwatch.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {
const QString BusService = QStringLiteral("org.freedesktop.DBus");
const QString BusPath = QStringLiteral("/org/freedesktop/DBus");
const QString BusInterface = QStringLiteral("org.freedesktop.DBus");
} // namespace

CallerWatch::CallerWatch(QObject *parent)
    : QObject(parent)
{ }

void CallerWatch::watch(const QDBusConnection &bus, const QString &name)
{
    if (name.isEmpty()) {
        return;
    }
    if (!m_subscribed) {
        QDBusConnection(bus).connect(BusService, BusPath, BusInterface, QStringLiteral("NameOwnerChanged"), this,
                                     SLOT(nameOwnerChanged(QString, QString, QString)));
        m_subscribed = true;
    }
    if (m_watched[name]++ > 0) {
        return;
    }
    // The caller may have left before the subscription (while polkit was asked): ask the bus,
    // after subscribing, so that no departure falls between the two.
    const QDBusMessage hasOwner
        = QDBusMessage::createMethodCall(BusService, BusPath, BusInterface, QStringLiteral("NameHasOwner")) << name;
    auto *call = new QDBusPendingCallWatcher(QDBusConnection(bus).asyncCall(hasOwner), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this, name](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        if (reply.isValid() && !reply.value()) {
            gone(name);
        }
    });
}

void CallerWatch::unwatch(const QString &name)
{
    const auto it = m_watched.find(name);
    if (it != m_watched.end() && --it.value() <= 0) {
        m_watched.erase(it);
    }
}

void CallerWatch::nameOwnerChanged(const QString &name, const QString &, const QString &newOwner)
{
    if (newOwner.isEmpty()) {
        gone(name);
    }
}

void CallerWatch::gone(const QString &name)
{
    if (m_watched.contains(name)) {
        Q_EMIT left(name);
    }
}
