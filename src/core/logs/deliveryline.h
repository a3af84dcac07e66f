// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/delivery.h"

#include <QString>

#include <optional>

namespace Mailroom {

// The result of one Postfix delivery attempt, read from a single log line as the journal or a
// follower hands it over, for workflows that watch one message (the test mail) rather than index
// a whole log. Owns its text; the log index keeps the same facts as a Delivery of TextRefs.
//   3F2A1C0B4D: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2,
//       delays=0.1/0/0.6/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Kc9Dq)
//   3F2A1C0B4D: from=<alice@example.com>, status=expired, returned to sender
struct DeliveryLine
{
    QString queueId;
    QString recipient; // inside to=<…>; empty for an expiry, which names the sender instead
    QString relay; // relay=host[ip]:port, "none", "local"…
    QString dsn; // 2.0.0, 4.4.1, 5.7.1
    QString reason; // the server's answer or Postfix's explanation, without the parentheses
    float delay = Delivery::Unknown; // delay= in seconds
    DeliveryStatus status = DeliveryStatus::Other;

    // Whether Postfix is done with this recipient: delivered, or given up on (bounced, expired).
    // A deferral is an answer too, but the message stays in the queue for another try.
    bool isFinal() const;
    // "sent", "deferred", "bounced", "expired" as Postfix logs it (untranslated, like the log).
    QString statusWord() const;

    // The message part of a log line (after "postfix/smtp[123]: "), or a whole syslog line.
    // nullopt when the line reports no delivery result.
    static std::optional<DeliveryLine> parse(QStringView line);
};

} // namespace Mailroom
