// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "filter/spamfilter.h"
#include "helpertypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// mailroomctl filter / delivery: SpamAssassin in front of Postfix, and local delivery through
// Procmail (twins of GetSpamFilter, SetSpamFilter, SetSpamRuleUpdates, SetProcmailDelivery).
// The formatting and option parsing are here for the tests.
namespace FilterCommand {
QString formatText(const Mailroom::SpamFilterState &s, qint64 now);
QJsonObject toJson(const Mailroom::SpamFilterState &s);
// The state's settings with the options given (--tag, --reject, --folder, --no-reject, --subject-tag,
// --check-trusted, --skip-trusted) applied; "" or why the options are wrong, in words.
struct Options
{
    QString tag;
    QString reject;
    QString folder; // --folder SCORE: move to ~/mail/Spam at this score
    bool noReject = false;
    bool subjectTagSet = false;
    QString subjectTag;
    bool checkTrusted = false;
    bool skipTrusted = false;
};
QString applyOptions(const Mailroom::SpamFilterState &s, const Options &o, Mailroom::SpamFilter::Settings *settings);
} // namespace FilterCommand
