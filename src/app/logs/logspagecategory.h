// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

// The Logs page's messages (QT_LOGGING_RULES="mailroom.app.logs.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcLogsPage)
