// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/validationresult.h"

#include <QString>
#include <QStringList>

namespace Mailroom {

// Which main.cf parameters Mailroom may change, and which values it accepts for them.
// Values are checked as Postfix would read them (surrounding whitespace trimmed), and
// are restricted to what the Mailroom pages write: no lookup tables where the page
// writes addresses, no ${name?...} expressions, references only to parameters that
// make sense in that place. Messages are translated in context "PostfixValidation".
class MainCfValidator
{
public:
    static QStringList allowedKeys();
    static bool isAllowedKey(const QString &key);
    // The parameter name alone: not empty, no '=', whitespace or control characters,
    // and on the allowlist.
    static ValidationResult validateKey(const QString &key);
    // The key, then the value: no control characters (newline, NUL, ...), then the
    // rules for that parameter.
    static ValidationResult validate(const QString &key, const QString &value);
};

} // namespace Mailroom
