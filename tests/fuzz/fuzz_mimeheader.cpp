// SPDX-License-Identifier: GPL-2.0-or-later
// Header decoding on any bytes: unfolding, RFC 2047 encoded words, RFC 2231 parameters
// (continuations, charsets), addresses, Message-IDs, dates, the charset decoders and the two
// transfer encodings. And the way back: a decoded subject encoded again (the compose window's
// HeaderEncoding) decodes to the same text.
//
// Input: the header value, then optionally NUL and a fallback charset label.

#include "fuzztarget.h"

#include "mail/charsets.h"
#include "mail/headerencoding.h"
#include "mail/maildate.h"
#include "mail/mimeheader.h"
#include "mail/transferencoding.h"

using namespace Mailroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MailroomFuzz::Input in(data, size);
    const QByteArrayView charset = in.field();
    const QByteArrayView raw = in.rest();

    const QByteArray unfolded = MimeHeader::unfold(raw);
    const QString decoded = MimeHeader::decodeEncodedWords(unfolded, charset);
    MimeHeader::displayAddress(decoded);
    MimeHeader::addressOf(decoded);
    MimeHeader::messageIds(unfolded);
    const HeaderParameters parameters = MimeHeader::parseParameters(unfolded, charset);
    for (const auto &[name, value] : parameters.parameters) {
        FUZZ_CHECK(parameters.hasParameter(name));
    }
    MailDate::parseRfc5322(raw);
    MailDate::parseFromLine(raw);

    Charsets::canonicalName(charset);
    if (Charsets::isSupported(charset)) {
        Charsets::decode(raw, charset);
    }
    Charsets::decodeRaw(raw, charset);
    if (Charsets::isValidUtf8(raw)) {
        FUZZ_CHECK(Charsets::decodeRaw(raw) == QString::fromUtf8(raw));
    }
    TransferEncoding::decodeQuotedPrintable(raw);
    TransferEncoding::decodeQuotedPrintable(raw, true);
    TransferEncoding::decodeBase64(raw);
    TransferEncoding::decode(raw, charset);

    // What Mailroom writes it must read back. Encoded words carry no line structure or
    // surrounding white space, so compare on text that has none.
    // (A lone surrogate, which some decoders leave, has no UTF-8: it goes out as U+FFFD.)
    const QString text = QString::fromUtf8(decoded.simplified().toUtf8());
    const QByteArray encoded = HeaderEncoding::encodeWords(text);
    const QString back = MimeHeader::decodeEncodedWords(MimeHeader::unfold(encoded)).simplified();
    if (back != text) {
        std::fprintf(stderr, "text:    %s\nencoded: %s\nback:    %s\n", qUtf8Printable(text), encoded.constData(),
                     qUtf8Printable(back));
    }
    FUZZ_CHECK(back == text);
    return 0;
}
