// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Mailroom {
// The mail log engine's messages (QT_LOGGING_RULES="mailroom.core.logs.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
} // namespace Mailroom
