// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Mailroom {

// Turns mail HTML into HTML that is safe to show: an allowlist of formatting tags and
// attributes; scripts, styles, forms, frames, objects and comments removed with their content;
// images replaced by their alt text, so nothing is ever loaded from the network (no tracking
// pixels); links kept only for http(s) and mailto and never followed automatically.
namespace HtmlSanitizer {
QString sanitize(const QString &html);
// Readable plain text from HTML (line breaks for blocks, entities decoded).
QString toPlainText(const QString &html);
} // namespace HtmlSanitizer

} // namespace Mailroom
