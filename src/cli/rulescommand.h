// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rules/procmailrc.h"
#include "rules/rulestester.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// `mailroomctl rules [list|add …|remove N|test MSGFILE] [--json]`: the invoking user's own
// delivery rules in ~/.procmailrc, offline (no helper: it is the user's own file).
namespace RulesCommand {
QString formatList(const QString &path, const Mailroom::ProcmailRc &rc);
QJsonObject listJson(const QString &path, const Mailroom::ProcmailRc &rc);
QJsonObject verdictJson(const QString &message, const Mailroom::RuleVerdict &verdict);
// Exit codes: 0 ok, 1 the file cannot be read or written or a rule is refused, 2 usage.
int run(const QStringList &args);
} // namespace RulesCommand
