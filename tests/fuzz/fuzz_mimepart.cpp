// SPDX-License-Identifier: GPL-2.0-or-later
// A whole message on any bytes, as the message view reads it: the MIME part tree (nested
// multiparts, enclosed messages), every part's headers, charset, transfer encoding and file
// name, the attachments, the text to show, the sanitized HTML and saving a part.
//
// Input: the message (RFC 5322 bytes).

#include "fuzztarget.h"

#include "mail/mimepart.h"

#include <QBuffer>

using namespace Mailroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray message(reinterpret_cast<const char *>(data), qsizetype(size));
    const MimePart root = MimePart::parse(message);
    int parts = 0;
    root.walk([&parts](const MimePart &part) {
        ++parts;
        part.decodedHeader("Subject");
        part.decodedHeader("From");
        part.charset();
        part.fileName();
        part.isAttachment();
        const QByteArray body = part.decodedBody();
        FUZZ_CHECK(part.decodedSize() >= 0);
        if (part.mimeType().startsWith("text/")) {
            part.text();
        }
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        FUZZ_CHECK(part.save(&device));
        FUZZ_CHECK(device.data() == body);
    });
    FUZZ_CHECK(parts >= 1);
    for (const MimePart *attachment : root.attachments()) {
        attachment->fileName();
    }
    root.plainText();
    root.safeHtml();
    return 0;
}
