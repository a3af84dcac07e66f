// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mailroom {

// Text in the charsets mail actually uses, through QStringDecoder (ICU-backed in Qt builds with ICU).
namespace Charsets {
// The decoder name to use for a MIME charset label: aliases are normalised and labels whose
// real-world use exceeds the registered repertoire are widened (gb2312/gbk → gb18030,
// iso-8859-1/us-ascii → windows-1252, ks_c_5601 → windows-949).
QByteArray canonicalName(QByteArrayView label);
// Whether text in this charset can be decoded here.
bool isSupported(QByteArrayView label);
// Decodes bytes in the labelled charset. An unknown or empty label, or bytes that are invalid in
// the label's charset, fall back to UTF-8 when the bytes are valid UTF-8, else windows-1252, so
// mail is always readable. Sets *exact to false when a fallback was used.
QString decode(QByteArrayView data, QByteArrayView label, bool *exact = nullptr);
// Header text outside encoded words: UTF-8 when valid (RFC 6532), else the fallback charset.
QString decodeRaw(QByteArrayView data, QByteArrayView fallbackLabel = {});
// True if the bytes are well-formed UTF-8.
bool isValidUtf8(QByteArrayView data);
} // namespace Charsets

} // namespace Mailroom
