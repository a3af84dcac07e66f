// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/spamtotals.h"

#include "logs/logindex.h"

namespace Mailroom {

SpamTotals SpamTotals::of(const LogIndex &index)
{
    SpamTotals t;
    for (const Journey &j : index.journeys()) {
        if (j.has(Journey::SpamChecked)) {
            ++t.scanned;
        }
        if (j.has(Journey::SpamRejected)) {
            ++t.rejected;
            ++t.spam;
        } else if (j.has(Journey::Spam)) {
            ++t.spam;
            ++t.tagged;
        }
    }
    return t;
}

QJsonObject SpamTotals::toJson() const
{
    return {{QStringLiteral("scanned"), scanned},
            {QStringLiteral("spam"), spam},
            {QStringLiteral("tagged"), tagged},
            {QStringLiteral("rejected"), rejected}};
}

} // namespace Mailroom
