// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journey.h"
#include "logs/textref.h"

#include <QList>
#include <QMetaType>

namespace Mailroom {

// One row of the journey table: a message followed through all its hops (content filters,
// local forwarding), as references into the log sources. A value type, so the indexing thread
// can hand finished rows to the GUI while it keeps parsing.
struct JourneyRow
{
    quint32 head = Journey::None; // first hop, index into LogIndex::journeys()
    QList<TextRef> queueIds; // every hop, in order
    TextRef messageId;
    TextRef sender;
    bool hasSender = false;
    TextRef client;
    QList<TextRef> recipients; // distinct, in first-seen order
    TextRef relay; // of the delivery that decided the status
    TextRef statusText; // its explanation ("connect to …: Connection timed out")
    TextRef dsn;
    quint32 firstTime = 0;
    quint32 lastTime = 0;
    float delay = -1.0f; // seconds from arrival to the deciding delivery; < 0 unknown
    quint64 size = 0;
    bool hasSize = false;
    JourneyStatus status = JourneyStatus::InProgress;
    QList<TextRef> lines; // the raw log lines of all hops, in log order
};

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::JourneyRow)
