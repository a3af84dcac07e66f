// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

// mailroomctl config show|edit|apply and mailroomctl master show|apply: whole main.cf and
// master.cf through the helper (GetConfigFile, PreviewConfigFile, ApplyConfigFile).
namespace ConfigFileCommand {
// True for the verbs of `mailroomctl config` this file handles.
bool handlesConfigVerb(const QString &verb);
// args: everything after "config" (the verb first).
int runConfig(const QStringList &args);
} // namespace ConfigFileCommand
