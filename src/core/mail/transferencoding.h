// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Mailroom {

// Content-Transfer-Encoding and RFC 2047 word decoders. All of them are tolerant: broken
// input is decoded as far as it makes sense and never rejected, as mail readers must be.
namespace TransferEncoding {
// RFC 2045 quoted-printable: soft line breaks removed, "=XX" decoded, malformed escapes kept
// literally. With headerQ, also RFC 2047 "Q" rules ('_' is a space).
QByteArray decodeQuotedPrintable(QByteArrayView data, bool headerQ = false);
// Base64 that skips line breaks and garbage and tolerates missing padding.
QByteArray decodeBase64(QByteArrayView data);
// Decodes by the Content-Transfer-Encoding label (7bit/8bit/binary/unknown are identity).
QByteArray decode(QByteArrayView data, QByteArrayView encoding);
} // namespace TransferEncoding

} // namespace Mailroom
