// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/textref.h"

namespace Mailroom {

// How a message entered the queue.
enum class JourneyOrigin : quint8
{
    Unknown, // the log starts after the message arrived
    Smtpd, // received over SMTP (client=)
    Pickup, // submitted locally with sendmail(1)
    Internal, // created by Postfix itself (bounce, delay or success notifications)
    NoQueue, // refused before a queue id was assigned (NOQUEUE reject)
};

// The overall outcome the table shows for one journey.
enum class JourneyStatus : quint8
{
    InProgress, // received, nothing delivered or refused yet
    Sent,
    Deferred, // still queued; the last attempt was a temporary failure
    Bounced, // at least one recipient bounced
    Expired, // given up after maximal_queue_lifetime
    Rejected, // refused by smtpd, cleanup or a milter
    Removed, // deleted (postsuper -d, discard) without a delivery
};

// One queue file's life ("hop"): every line with the same queue id between its creation and
// "removed". Content-filter hops ("queued as NEWID") are chained with previousHop/nextHop.
struct Journey
{
    static constexpr quint32 None = 0xFFFFFFFF;
    enum Flag : quint16
    {
        HasSender = 0x1, // from=<…> seen (it may be the null sender <>)
        HasSize = 0x2,
        Removed = 0x4,
        Expired = 0x8,
        Held = 0x10,
        Discarded = 0x20,
        ContentRejected = 0x40, // cleanup/milter reject of a queued message
        SpamChecked = 0x80, // spamd scanned it (LogIndex::spamScan has the verdict)
        Spam = 0x100, // and said spam
        SpamRejected = 0x200, // refused because of that (spamass-milter's "Blocked by SpamAssassin")
    };

    TextRef queueId;
    TextRef messageId; // inside message-id=<…>
    TextRef sender; // inside from=<…>
    TextRef client; // client=host[ip] or "RCPT from host[ip]"
    TextRef saslUsername;
    quint64 size = 0;
    quint32 firstTime = 0;
    quint32 lastTime = 0;
    quint32 lineCount = 0;
    quint32 deliveryCount = 0;
    quint32 previousHop = None; // the hop that handed this message to a content filter
    quint32 nextHop = None; // the hop the content filter re-queued this message as
    quint32 notificationOf = None; // for bounce/delay notifications: the message they report on
    quint32 nrcpt = 0;
    quint16 flags = 0;
    quint8 host = 0;
    JourneyOrigin origin = JourneyOrigin::Unknown;

    bool has(Flag f) const { return flags & f; }
};

} // namespace Mailroom
