// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/delivery.h"
#include "logs/loginline.h"
#include "logs/parsedline.h"
#include "logs/rejectline.h"
#include "logs/shortkeymap.h"

#include <QByteArrayView>

namespace Mailroom {

// The Postfix daemons whose lines JourneyBuilder reads differently (the last part of the program).
enum class PostfixDaemon : quint8
{
    Other,
    Smtpd,
    Smtp,
    Lmtp,
    Qmgr, // qmgr and oqmgr
    Cleanup,
    Pickup,
    Postsuper,
    Notifier, // bounce, defer, trace
};

// One line split and parsed ahead of grouping (LinePreparser): what needs no grouping state, so
// that a second thread can do it while JourneyBuilder groups the lines before.
struct PreparsedLine
{
    const char *begin = nullptr;
    quint32 length = 0;
    bool parsed = false; // has a syslog timestamp and host
    bool postfix = false;
    qsizetype queueIdLength = 0; // of the message (after a Solaris "[ID …] " tag)
    QByteArrayView message; // after a Solaris "[ID …] " tag
    ParsedLine p;
    // A "QUEUEID: to=<…>, …" line: its fields (line and journey not set yet), and for a sent
    // one the queue id it was "forwarded as" or (local relay) "queued as".
    bool hasDelivery = false;
    Delivery delivery;
    QByteArrayView nextQueueId;

    // What only JourneyBuilder reads (LinePreparser::preparse(), addJourneyFields()), so that
    // its thread only groups.
    PostfixDaemon daemon = PostfixDaemon::Other;
    bool dovecot = false; // a Dovecot line (not Postfix)
    ShortKey queueKey; // of the queue id, without a host tag (queueIdLength > 0)
    bool hasLogin = false; // a Postfix smtpd or Dovecot line that records a login or a refused one
    LoginLine::Fields login;
    bool noQueueReject = false; // "NOQUEUE: reject: …" or "NOQUEUE: milter-reject: …"
    RejectLine::Fields reject; // of that NOQUEUE line
};

} // namespace Mailroom
