// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

// `mailroomctl config lint [FILE] [--json]`: the editor's linter offline on a file (default
// /etc/postfix/main.cf), with `postconf -d` of the local Postfix when it is installed. Exit
// status 0 without errors, 1 with errors, 2 on usage or read errors.
namespace ConfigLintCommand {
// args: what follows "config lint".
int run(const QStringList &args);
} // namespace ConfigLintCommand
