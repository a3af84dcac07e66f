// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/validationresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace Mailroom {

class MainCf;

// A set of main.cf edits applied all at once: every entry is validated first
// (allowlisted key, valid value, no key twice) and then checked together with the
// rest of the document; if anything is wrong nothing is applied and the error names
// the key. Applying equals `postconf -e` with all settings in one call followed by
// `postconf -X` with all removals in one call.
class ConfigChange
{
public:
    struct Entry
    {
        QString key;
        std::optional<QString> value; // nullopt: remove the parameter
        bool operator==(const Entry &) const = default;
    };

    ConfigChange &set(const QString &key, const QString &value);
    ConfigChange &remove(const QString &key);

    QList<Entry> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool operator==(const ConfigChange &) const = default;

    // Keys, values and duplicates, without looking at a document.
    ValidationResult validate() const;
    // True when applying would not change any effective value in doc (the helper
    // returns early then): every set key already has that value, every removed key is absent.
    bool isNoOpFor(const MainCf &doc) const;
    // Validates (entries, then the resulting document as a whole) and applies to doc;
    // doc is untouched unless the result is valid.
    ValidationResult applyTo(MainCf &doc) const;

private:
    QList<Entry> m_entries;
};

} // namespace Mailroom
