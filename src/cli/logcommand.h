// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

// `mailroomctl log summary FILE… [--json]`, `mailroomctl log trace ID FILE…` and
// `mailroomctl log journeys FILE… --json`: the mail log engine on files, offline.
// Exit codes: 0 success, 1 unreadable file or nothing found, 2 usage error.
namespace LogCommand {
int run(const QStringList &args);
} // namespace LogCommand
