// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Mailroom {
class MessageTable;
}

// `mailroomctl mbox list FILE [--json]`: the message list of an mbox file or Maildir, headless.
namespace MboxCommand {
QByteArray formatText(const Mailroom::MessageTable &table);
QByteArray formatJson(const QString &path, const Mailroom::MessageTable &table);
// Exit codes: 0 ok, 1 the mailbox cannot be read, 2 usage.
int run(const QStringList &args);
} // namespace MboxCommand
