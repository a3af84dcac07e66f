// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logscategory.h"

namespace Mailroom {
Q_LOGGING_CATEGORY(lcLogs, "mailroom.core.logs", QtInfoMsg)
} // namespace Mailroom
