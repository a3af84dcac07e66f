// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QByteArray>

// Parses `postqueue -j` output: one JSON object per line.
namespace QueueListing {
Mailroom::QueueEntryList parse(const QByteArray &json);
// Postfix queue ids: short (hex) or long (base 52 + digits) forms, letters and digits only
// (the same check the clients make first, Mailroom::QueueId::isValid).
bool isValidQueueId(const QString &id);
} // namespace QueueListing
