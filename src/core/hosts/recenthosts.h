// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace Mailroom::RecentHosts {

// How many hosts "Connect to Host…" remembers.
inline constexpr int Limit = 10;

// The hosts connected to lately, most recent first (only valid addresses, each once).
QStringList load(const QSettings &settings);
// Puts host first (normalised, a repeat moved up) and keeps at most Limit.
QStringList remember(const QStringList &recent, const QString &host);
void save(QSettings &settings, const QStringList &recent);

} // namespace Mailroom::RecentHosts
