// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QIODevice>

namespace Mailroom::Bench {

struct LogGeneratorOptions
{
    quint64 seed = 20240325;
    qint64 targetBytes = 1024 * 1024;
    QDate startDate = QDate(2024, 3, 1);
    double messagesPerSecond = 2.0;
    // Every message one plain delivery to one recipient (no content filter hop): more messages,
    // and fewer lines each, in the same bytes.
    bool smallMessages = false;
};

// Writes a realistic Postfix 3.x mail log: interleaved smtpd sessions, submission with SASL,
// pickup, amavis content-filter hops, deliveries that defer and succeed later, bounces with
// notifications, expiries, NOQUEUE and postscreen rejects, cleanup header rejects, warnings,
// anvil statistics and lines of other programs. Deterministic for a given seed.
// Returns the number of lines written; the last line's date is returned in lastDate.
qint64 generateMailLog(QIODevice *out, const LogGeneratorOptions &options, QDate *lastDate = nullptr);

} // namespace Mailroom::Bench
