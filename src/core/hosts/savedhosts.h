// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostaddress.h"

#include <QList>

namespace Mailroom::SavedHosts {

// The hosts a user keeps an eye on, shared by the GUI (overview, Connect to Host…) and
// mailroomctl hosts: ~/.config/mailroom/hosts.ini (QSettings), most recently used first.
QList<HostAddress> load();
void save(const QList<HostAddress> &hosts);
// Puts host first (adding it when new); at most MaxHosts are kept.
void remember(const HostAddress &host);
// False when it was not saved.
bool forget(const HostAddress &host);
inline constexpr int MaxHosts = 50;

} // namespace Mailroom::SavedHosts
