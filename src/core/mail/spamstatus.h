// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Mailroom {

// SpamAssassin's verdict as written into a message: "X-Spam-Flag: YES" and
// "X-Spam-Status: Yes, score=1000.0 required=5.0 tests=GTUBE,… autolearn=no …".
// parse() reads everything (for the message view); scoreTenths() is the cheap path the header
// index uses for every message of a mailbox (no allocation).
struct SpamStatus
{
    bool present = false; // either header was found
    bool spam = false; // X-Spam-Flag: YES, or X-Spam-Status: Yes
    bool hasScore = false;
    double score = 0;
    bool hasRequired = false;
    double required = 0;
    QStringList tests;

    // Either view may be null (header absent); values may be folded.
    static SpamStatus parse(QByteArrayView flagValue, QByteArrayView statusValue);
    // The score in tenths of a point, clamped to ±3276.7; false when the status has no score.
    static bool scoreTenths(QByteArrayView statusValue, qint16 *tenths);
    // Whether the status (or the flag) says "yes".
    static bool isYes(QByteArrayView value);
};

} // namespace Mailroom
