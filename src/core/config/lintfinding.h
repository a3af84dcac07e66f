// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mailroom::Config {

// One thing the linter noticed about a line of main.cf, with the fix it can apply, if any.
struct LintFinding
{
    enum class Severity
    {
        Error, // Postfix refuses it, or mail goes wrong (an open relay, a missing table)
        Warning, // Postfix warns or ignores it; probably not what was meant
        Info, // worth a look
    };
    struct Fix
    {
        enum class Kind
        {
            None,
            ReplaceLines, // lines firstLine..lastLine become replacement (empty: removed)
            RunPostmap, // compile table through the helper
        };
        Kind kind = Kind::None;
        QString label; // translated button text
        int firstLine = 0;
        int lastLine = 0;
        QString replacement;
        QString table; // "hash:/etc/postfix/virtual"
        bool operator==(const Fix &) const = default;
    };

    int line = 0; // 1-based
    Severity severity = Severity::Warning;
    QString rule; // stable id: "unknown-parameter", "duplicate", …
    QString message; // translated, plain words
    QList<int> relatedLines; // other lines involved (the other definition of a duplicate)
    Fix fix;
    bool operator==(const LintFinding &) const = default;

    static QString severityName(Severity severity); // "error", "warning", "info" (stable, for JSON)
    static QString severityText(Severity severity); // translated
    // "LINE: SEVERITY RULE: message" plus indented "see line N" and "fix: …" lines; golden files use it.
    QString toText() const;
};

} // namespace Mailroom::Config
