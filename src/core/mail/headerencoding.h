// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Mailroom::HeaderEncoding {

// An unstructured header value (a Subject, a display name) as RFC 2047 encoded
// words where needed: plain ASCII stays as it is, leading ASCII words stay readable,
// the rest becomes "=?UTF-8?B?…?=" words of at most 75 characters, folded with "\n ".
// Used by the mail composer and by the helper's test mail.
QByteArray encodeWords(const QString &text);

} // namespace Mailroom::HeaderEncoding
