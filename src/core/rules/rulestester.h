// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rules/deliveryrule.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mailroom {

// What Mailroom's rules would do with a message: the first rule that matches, as procmail reads
// them (case-insensitive on the raw header bytes, continued header lines joined into one, encoded
// words not decoded). It never delivers anything.
struct RuleVerdict
{
    int rule = -1; // index of the first matching rule, -1 when none matches
    DeliveryRule::Action action = DeliveryRule::Action::Folder;
    QString destination; // folder path, address, /dev/null; empty for the default mailbox
    bool handWrittenRecipes = false; // recipes outside the block exist and were not simulated
    bool matched() const { return rule >= 0; }
    // In words, translated (e.g. "Rule 2 matches: move to folder Spam (~/mail/Spam)").
    QString summary() const;
};

namespace RulesTester {
// The message's header fields, one line each with continuation lines joined (procmail matches
// conditions against them so). The mbox "From " line, when present, is the first.
QList<QByteArray> headerLines(const QByteArray &message);
bool matches(const DeliveryRule &rule, const QList<QByteArray> &headerLines);
// home: the user's home directory, for the folder's path.
RuleVerdict test(const DeliveryRules &rules, const QByteArray &message, const QString &home,
                 bool handWrittenRecipes = false);
} // namespace RulesTester

} // namespace Mailroom
