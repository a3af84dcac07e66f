// SPDX-License-Identifier: GPL-2.0-or-later
#include "savedhosts.h"

#include <QSettings>

namespace Mailroom::SavedHosts {

namespace {
QSettings store()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("mailroom"), QStringLiteral("hosts"));
}
} // namespace

QList<HostAddress> load()
{
    QList<HostAddress> hosts;
    // Entries written by hand that are not addresses are left out, not guessed at.
    for (const QString &text : store().value(QStringLiteral("hosts")).toStringList()) {
        const HostAddress a = HostAddress::parse(text);
        if (a.isValid() && !hosts.contains(a)) {
            hosts.append(a);
        }
    }
    return hosts;
}

void save(const QList<HostAddress> &hosts)
{
    QStringList texts;
    for (const HostAddress &a : hosts.mid(0, MaxHosts)) {
        texts.append(a.toString());
    }
    QSettings s = store();
    s.setValue(QStringLiteral("hosts"), texts);
    s.sync();
}

void remember(const HostAddress &host)
{
    QList<HostAddress> hosts = load();
    hosts.removeAll(host);
    hosts.prepend(host);
    save(hosts);
}

bool forget(const HostAddress &host)
{
    QList<HostAddress> hosts = load();
    if (!hosts.removeAll(host)) {
        return false;
    }
    save(hosts);
    return true;
}

} // namespace Mailroom::SavedHosts
