// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"

#include <QDBusConnection>
#include <QObject>

// Asks polkit (org.freedesktop.PolicyKit1.Authority.CheckAuthorization) with a
// "system-bus-name" subject — never a PID, which a caller could race.
//
// Why not polkit-qt6 here: its asynchronous checkAuthorization() reports every
// result through one signal with nothing to tell concurrent requests apart, and
// the synchronous variant would freeze the helper for every other caller while
// one person types a password. The D-Bus call below is polkit's documented API.
class PolkitAuthorizer : public QObject, public Authorizer
{
    Q_OBJECT
public:
    explicit PolkitAuthorizer(const QDBusConnection &bus, QObject *parent = nullptr);
    void check(const QString &busName, const QString &actionId, bool allowInteraction, Callback done) override;
    // The bus daemon names the caller's process; logind tells whether its session is remote.
    void isRemoteSession(const QString &busName, std::function<void(bool remote)> done) override;

private:
    QDBusConnection m_bus;
};
