// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Mailroom::Config {

// Parameters Postfix has deprecated, renamed or removed, with what to use instead.
class ObsoleteParameters
{
public:
    struct Entry
    {
        QString name;
        QString replacement; // empty: nothing replaces it, delete the line
        QString since; // the Postfix version that deprecated, renamed or removed it
        // How to carry the value over: "rename" keeps it; "tls-may" / "tls-encrypt" turn the old
        // boolean's yes into that security level and no into none; "" offers no automatic fix.
        QString conversion;
    };

    static std::optional<Entry> find(const QString &name);
    // The replacement line for `name = value`, empty when no automatic fix exists.
    static QString replacementLine(const Entry &entry, const QString &value);
};

} // namespace Mailroom::Config
