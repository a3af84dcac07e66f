// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Mailroom {

// A header field value with its parameters: `text/plain; charset=utf-8` or
// `attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`.
struct HeaderParameters
{
    QByteArray value; // lower-cased main value ("text/plain", "attachment")
    QList<std::pair<QByteArray, QString>> parameters; // lower-cased names, decoded values

    QString parameter(QByteArrayView name) const;
    bool hasParameter(QByteArrayView name) const;
};

// Header field decoding: RFC 5322 unfolding, RFC 2047 encoded words, RFC 2231 parameters.
namespace MimeHeader {
// Removes folding (CRLF/LF followed by whitespace) and trims; the whitespace itself is kept.
QByteArray unfold(QByteArrayView raw);
// Decodes RFC 2047 encoded words in unstructured text (Subject) or phrases (From display
// names). Whitespace between adjacent encoded words is dropped; bytes of adjacent words in the
// same charset are joined before charset decoding, so multibyte characters split across words
// survive. Malformed words stay as they are. Raw 8-bit text is decoded as UTF-8 or fallbackCharset.
QString decodeEncodedWords(QByteArrayView raw, QByteArrayView fallbackCharset = {});
// Parses a Content-Type/Content-Disposition value: RFC 2045 parameters with quoted strings,
// RFC 2231 continuations (name*0, name*1*) and charset'language'value, and the common
// non-standard RFC 2047 words inside quoted parameters.
HeaderParameters parseParameters(QByteArrayView raw, QByteArrayView fallbackCharset = {});
// A short display form of an address header: the display name if any, else the address.
QString displayAddress(const QString &decoded);
// The addr-spec of the first address ("bob@example.org") or empty.
QString addressOf(const QString &decoded);
// The message-ids in a References/In-Reply-To/Message-ID value, in order ("<a@b>" → "a@b").
QList<QByteArrayView> messageIds(QByteArrayView raw);
} // namespace MimeHeader

} // namespace Mailroom
