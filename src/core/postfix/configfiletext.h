// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Mailroom {

// The bounds a whole edited main.cf or master.cf must keep before the helper writes it
// (ApplyConfigFile) and before mailroomctl sends it: text only, valid UTF-8, no NUL byte,
// every line at most MaxLineLength bytes (Postfix's line_length_limit default, 2048),
// the whole file at most MaxBytes. Checked in both places so a file that breaks a bound
// is refused before anything runs, with a sentence that names the bound and the line.
namespace ConfigFileText {
inline constexpr qsizetype MaxBytes = 1024 * 1024;
inline constexpr qsizetype MaxLineLength = 2048;

// Empty when the bytes are fine, else a translated sentence (context "PostfixValidation").
QString problem(const QByteArray &bytes);
// The same for text that arrived as a QString (a D-Bus string): a NUL character or a lone
// surrogate (not encodable as UTF-8) is refused.
QString problem(const QString &text);

// Lowercase hex SHA-256 of the bytes: the revision GetConfigFile returns and
// ApplyConfigFile compares.
QString revision(const QByteArray &bytes);
bool isRevision(const QString &text);
} // namespace ConfigFileText

} // namespace Mailroom
