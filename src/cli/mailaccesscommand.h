// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QJsonObject>
#include <QString>

// mailroomctl submission / imap: how mail clients reach the server (twins of GetMailAccess,
// SetSubmission and SetImap). The formatting is here for the tests.
namespace MailAccessCommand {
QString formatText(const Mailroom::MailAccessState &s);
QJsonObject toJson(const Mailroom::MailAccessState &s);
} // namespace MailAccessCommand
