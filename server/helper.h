// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>

#include <functional>

class Authorizer;
class ServiceManager;

// The object behind /io/github/mailroom/Helper1. Each D-Bus method: parse →
// validate → authorize (polkit, caller's bus name) → act → reply. Replies are
// delayed until polkit has answered, so one caller typing a password never
// blocks another.
class Helper : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    Helper(ServiceManager *services, Authorizer *authorizer, QObject *parent = nullptr);

    // The mail-related units the helper reports on and (later) manages; nothing else.
    static const QStringList &serviceAllowlist();

public Q_SLOTS:
    Mailroom::ServiceStateList GetServiceStates();

Q_SIGNALS:
    // Any call arrived (the idle timer in main() listens).
    void activity();

private:
    using Work = std::function<QDBusMessage(const QDBusMessage &call)>;
    // Delays the reply, asks the authorizer, then runs work and sends what it returns.
    void authorizeThen(QLatin1StringView actionId, Work work);

    ServiceManager *m_services;
    Authorizer *m_authorizer;
};
