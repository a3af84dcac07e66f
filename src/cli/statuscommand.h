// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QByteArray>

// `mailroomctl status`: the same state the Dashboard shows.
namespace StatusCommand {
QByteArray formatText(const Mailroom::ServiceStateList &states);
QByteArray formatJson(const Mailroom::ServiceStateList &states);
int run(bool json);
} // namespace StatusCommand
