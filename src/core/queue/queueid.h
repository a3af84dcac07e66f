// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Mailroom::QueueId {
// Postfix queue ids: short (hex) or long (base 52 + digits) forms, letters and digits only,
// 5 to 32 characters. The helper refuses anything else; the clients check first, so that a
// typo is refused before anything runs.
bool isValid(const QString &id);
} // namespace Mailroom::QueueId
