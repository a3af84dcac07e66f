// SPDX-License-Identifier: GPL-2.0-or-later
#include "lintfinding.h"

#include <QCoreApplication>

namespace Mailroom::Config {

QString LintFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString LintFinding::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("LintFinding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("LintFinding", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("LintFinding", "Note");
    }
    return {};
}

QString LintFinding::toText() const
{
    QString out = QStringLiteral("%1: %2 %3: %4\n").arg(line).arg(severityName(severity), rule, message);
    for (int l : relatedLines) {
        out += QStringLiteral("    see line %1\n").arg(l);
    }
    switch (fix.kind) {
    case Fix::Kind::None:
        break;
    case Fix::Kind::ReplaceLines:
        out += QStringLiteral("    fix (%1): lines %2-%3 → %4\n")
                   .arg(fix.label)
                   .arg(fix.firstLine)
                   .arg(fix.lastLine)
                   .arg(fix.replacement.isEmpty() ? QStringLiteral("(removed)") : fix.replacement);
        break;
    case Fix::Kind::RunPostmap:
        out += QStringLiteral("    fix (%1): postmap %2\n").arg(fix.label, fix.table);
        break;
    }
    return out;
}

} // namespace Mailroom::Config
