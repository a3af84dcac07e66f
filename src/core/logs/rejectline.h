// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

namespace Mailroom {

// A Postfix reject line's text after "reject: " or "milter-reject: ":
//   smtpd:   RCPT from host[1.2.3.4]: 554 5.7.1 <x@y>: Relay access denied; from=<a> to=<x@y> proto=ESMTP helo=<h>
//   cleanup: header Subject: Win from host[1.2.3.4]; from=<a> to=<b> proto=ESMTP helo=<h>: 5.7.1 message content
//   rejected
//   cleanup: END-OF-MESSAGE from host[ip]: 5.7.1 Blocked by SpamAssassin; from=<a> to=<b> proto=ESMTP helo=<h>
// Shared by JourneyBuilder and SpamCounter, so that both judge a reject alike.
namespace RejectLine {
struct Fields
{
    QByteArrayView from; // inside from=<…>
    QByteArrayView to; // inside to=<…>
    QByteArrayView client; // host[ip] of "… from host[ip]: reply", when the reply is found there
    QByteArrayView reply; // "554 5.7.1 …"
    QByteArrayView dsn; // "5.7.1"
    bool hasFrom = false;
    bool hasTo = false;
    quint16 flags = 0; // Journey::ContentRejected, with Journey::SpamRejected when SpamAssassin refused it
};

// cleanup: the line is cleanup's (its rejects are all about the content).
Fields parse(QByteArrayView rest, bool cleanup);
} // namespace RejectLine

} // namespace Mailroom
