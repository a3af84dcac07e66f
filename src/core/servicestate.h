// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

class QDBusArgument;

namespace Mailroom {

// One system service as systemd sees it; D-Bus signature (sbsss).
struct ServiceState
{
    QString unit;
    bool installed = false;
    QString activeState;
    QString subState;
    QString unitFileState;

    bool isActive() const
    {
        return activeState == QLatin1String("active") || activeState == QLatin1String("reloading");
    }
    bool isEnabled() const;
    // Short name for people: "postfix" for "postfix.service".
    QString displayName() const;
    // A sentence-sized summary for people, translated ("Running, starts at boot").
    QString summary() const;
    bool operator==(const ServiceState &) const = default;
};

using ServiceStateList = QList<ServiceState>;

QDBusArgument &operator<<(QDBusArgument &arg, const ServiceState &state);
const QDBusArgument &operator>>(const QDBusArgument &arg, ServiceState &state);

// Registers the D-Bus types above; call once before using the helper API.
void registerDBusTypes();

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::ServiceState)
Q_DECLARE_METATYPE(Mailroom::ServiceStateList)
