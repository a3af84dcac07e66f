// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

// The coloured notices the pages show above their content: a warning (yellow), an error (red),
// all well (green). One place, so every page's notices look alike.
namespace BannerStyle {
inline const QString Warning = QStringLiteral(
    "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e6cf7a; border-radius: 4px; padding: 8px; }");
inline const QString Error = QStringLiteral(
    "QLabel { background: #fde2e1; color: #7a1410; border: 1px solid #e8a5a1; border-radius: 4px; padding: 8px; }");
inline const QString Good = QStringLiteral(
    "QLabel { background: #e3f4e1; color: #1d4d17; border: 1px solid #a6d49f; border-radius: 4px; padding: 8px; }");
} // namespace BannerStyle
