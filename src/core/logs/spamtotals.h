// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>

namespace Mailroom {

class LogIndex;

// What SpamAssassin did to the mail of a log: messages scanned, judged spam, of those tagged
// (delivered with X-Spam-Flag) and rejected at SMTP time. Kept apart from the pflogsumm totals,
// which must stay pflogsumm's (a rejected spam is in its "rejected" like any other reject).
struct SpamTotals
{
    qint64 scanned = 0;
    qint64 spam = 0;
    qint64 tagged = 0;
    qint64 rejected = 0;

    bool isEmpty() const { return scanned == 0 && rejected == 0; }
    static SpamTotals of(const LogIndex &index);
    // What one journey with these Journey::Flag bits adds: the rule of() counts by, shared with
    // SpamCounter, which follows a log without an index.
    static SpamTotals ofJourney(quint16 flags);
    SpamTotals &operator+=(const SpamTotals &other);
    SpamTotals &operator-=(const SpamTotals &other);
    bool operator==(const SpamTotals &) const = default;
    QJsonObject toJson() const;
};

} // namespace Mailroom
