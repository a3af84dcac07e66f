// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/textref.h"

#include <QString>

namespace Mailroom {

// The status= word of a Postfix delivery line, plus the outcomes Postfix logs differently.
enum class DeliveryStatus : quint8
{
    Sent,
    Deferred,
    Bounced,
    Expired, // qmgr gave up: "status=expired, returned to sender"
    Rejected, // smtpd/cleanup refused the recipient or the message
    Deliverable, // address verification probes
    Undeliverable,
    Other,
};

// The word for a status as Postfix logs it ("sent", "deferred", …; "rejected" and "other" for
// the outcomes without a status= word). Used by the JSON reports and the delivery-line reader.
QString deliveryStatusWord(DeliveryStatus status);

// One delivery attempt for one recipient ("to=<…>, relay=…, status=…"), or one rejection.
struct Delivery
{
    static constexpr float Unknown = -1.0f;

    TextRef recipient; // inside to=<…>
    TextRef originalRecipient; // inside orig_to=<…>
    TextRef relay; // relay=host[ip]:port, "none", "local"…
    TextRef dsn; // 2.0.0, 4.4.1, 5.7.1
    TextRef text; // the explanation in parentheses, or the reject reply
    float delay = Unknown; // delay=
    float delays[4] = {Unknown, Unknown, Unknown, Unknown}; // delays=a/b/c/d
    quint32 line = 0; // index of the line in LogIndex::lines()
    quint32 journey = 0; // index of the hop in LogIndex::journeys()
    DeliveryStatus status = DeliveryStatus::Other;
};

} // namespace Mailroom
