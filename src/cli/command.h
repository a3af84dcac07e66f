// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// A mailroomctl subcommand. Each command's .cpp registers itself with a static
// CommandRegistration, so adding one touches no shared file but src/cli/CMakeLists.txt.
struct Command
{
    QString name;
    const char *summary; // untranslated; translated in context "mailroomctl" when printed
    // args: everything after the command name. Returns the process exit code.
    std::function<int(const QStringList &args)> run;
    // False for the commands that work on local files only (mbox, log, rules): mailroomctl -H
    // refuses them instead of reading this machine's files for another host.
    bool remote = true;
};

class CommandRegistry
{
public:
    static QList<Command> &commands();
    static const Command *find(const QString &name);
};

struct CommandRegistration
{
    explicit CommandRegistration(Command command) { CommandRegistry::commands().append(std::move(command)); }
};
