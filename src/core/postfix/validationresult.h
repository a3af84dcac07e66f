// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Mailroom {

// The answer of a validator: valid, or a translated sentence for people that
// names the parameter (the helper turns it into an InvalidArgs D-Bus error).
struct ValidationResult
{
    bool valid = true;
    QString key; // the main.cf parameter the problem is about, if any
    QString message; // empty when valid

    static ValidationResult ok() { return {}; }
    static ValidationResult invalid(const QString &key, const QString &message) { return {false, key, message}; }
    explicit operator bool() const { return valid; }
};

} // namespace Mailroom
