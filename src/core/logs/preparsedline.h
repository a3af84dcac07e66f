// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/delivery.h"
#include "logs/parsedline.h"

#include <QByteArrayView>

namespace Mailroom {

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
};

} // namespace Mailroom
