// SPDX-License-Identifier: GPL-2.0-or-later
#include "command.h"

QList<Command> &CommandRegistry::commands()
{
    static QList<Command> list;
    return list;
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}
