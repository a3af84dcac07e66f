// SPDX-License-Identifier: GPL-2.0-or-later
#include "recenthosts.h"

#include "hostaddress.h"

#include <QSettings>

namespace Mailroom::RecentHosts {

namespace {
const QString Key = QStringLiteral("hosts/recent");

// Valid, normalised, each once, in order, at most Limit: a hand-edited settings file cannot put
// anything into the list that Connect would not accept.
QStringList cleaned(const QStringList &hosts)
{
    QStringList out;
    for (const QString &h : hosts) {
        const HostAddress a = HostAddress::parse(h);
        if (a.isValid() && !out.contains(a.toString())) {
            out << a.toString();
        }
        if (out.size() == Limit) {
            break;
        }
    }
    return out;
}
} // namespace

QStringList load(const QSettings &settings)
{
    return cleaned(settings.value(Key).toStringList());
}

QStringList remember(const QStringList &recent, const QString &host)
{
    return cleaned(QStringList {host} + recent);
}

void save(QSettings &settings, const QStringList &recent)
{
    settings.setValue(Key, cleaned(recent));
}

} // namespace Mailroom::RecentHosts
