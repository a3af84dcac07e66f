// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Mailroom {

// Fast, tolerant date parsing for indexing 100k messages: no QDateTime per message.
namespace MailDate {
// RFC 5322 date ("Tue, 26 Mar 2024 09:12:45 +0800", obsolete zones, missing weekday or
// seconds, two-digit years) → seconds since the epoch (UTC); 0 when unparsable.
qint64 parseRfc5322(QByteArrayView value);
// The date at the end of an mbox "From sender Mon Mar 25 13:36:02 2024" line (asctime, local
// time taken as UTC, optional zone before or after the year) → seconds since the epoch; 0 if none.
qint64 parseFromLine(QByteArrayView line);
} // namespace MailDate

} // namespace Mailroom
