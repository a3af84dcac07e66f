// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Mailroom::LocalUser {

// The login name of the user running Mailroom (passwd entry, else $USER).
QString name();
// Whether the user is an administrator who is offered other users' mailboxes: root, or a member
// of mailadmin, sudo or wheel. Only an offer: the helper asks polkit anyway.
bool isMailAdmin();

} // namespace Mailroom::LocalUser
