// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/spamtotals.h"

#include "logs/logindex.h"

namespace Mailroom {

SpamTotals SpamTotals::of(const LogIndex &index)
{
    SpamTotals t;
    for (const Journey &j : index.journeys()) {
        t += ofJourney(j.flags);
    }
    return t;
}

SpamTotals SpamTotals::ofJourney(quint16 flags)
{
    SpamTotals t;
    if (flags & Journey::SpamChecked) {
        t.scanned = 1;
    }
    if (flags & Journey::SpamRejected) {
        t.rejected = 1;
        t.spam = 1;
    } else if (flags & Journey::Spam) {
        t.spam = 1;
        t.tagged = 1;
    }
    return t;
}

SpamTotals &SpamTotals::operator+=(const SpamTotals &other)
{
    scanned += other.scanned;
    spam += other.spam;
    tagged += other.tagged;
    rejected += other.rejected;
    return *this;
}

SpamTotals &SpamTotals::operator-=(const SpamTotals &other)
{
    scanned -= other.scanned;
    spam -= other.spam;
    tagged -= other.tagged;
    rejected -= other.rejected;
    return *this;
}

QJsonObject SpamTotals::toJson() const
{
    return {{QStringLiteral("scanned"), scanned},
            {QStringLiteral("spam"), spam},
            {QStringLiteral("tagged"), tagged},
            {QStringLiteral("rejected"), rejected}};
}

} // namespace Mailroom
