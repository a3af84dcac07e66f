// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logspagecategory.h"

Q_LOGGING_CATEGORY(lcLogsPage, "mailroom.app.logs", QtInfoMsg)
