// SPDX-License-Identifier: GPL-2.0-or-later
// What an SMTP server (the relay under test, or anything answering on its port) sends back,
// read as the login check reads it: replies, multi-line replies, EHLO extensions, over-long
// lines, garbage. The bytes arrive in pieces of any size and must give the same replies as
// when they arrive at once.
//
// Input: the server's bytes, then one byte for the piece size.

#include "fuzztarget.h"

#include "smtp/smtpreplyreader.h"

#include <QRegularExpression>

using namespace Mailroom;

namespace {

struct Read
{
    QList<SmtpReply> replies;
    bool error = false;
};

Read read(const QByteArray &bytes, qsizetype piece)
{
    Read r;
    SmtpReplyReader reader;
    for (qsizetype at = 0; at < bytes.size() && !r.error; at += piece) {
        r.error = !reader.feed(bytes.mid(at, piece));
        r.replies += reader.takeReplies();
    }
    FUZZ_CHECK(r.error == reader.hasError());
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MailroomFuzz::Input in(data, size);
    const qsizetype piece = 1 + in.byte();
    const QByteArray bytes = in.rest().toByteArray();

    const Read whole = read(bytes, qMax<qsizetype>(1, bytes.size()));
    const Read pieces = read(bytes, piece);
    FUZZ_CHECK(whole.error == pieces.error);
    FUZZ_CHECK(whole.replies.size() == pieces.replies.size());
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        const SmtpReply &reply = whole.replies.at(i);
        FUZZ_CHECK(reply.code >= 100 && reply.code <= 599);
        FUZZ_CHECK(reply.code == pieces.replies.at(i).code && reply.lines == pieces.replies.at(i).lines);
        reply.toString();
        for (const QString &extension : reply.extensions()) {
            // "SIZE 10240000", "AUTH=PLAIN LOGIN": the keyword is what comes before ' ' or '='.
            const QString trimmed = extension.trimmed();
            const QString keyword = trimmed.left(trimmed.indexOf(QRegularExpression(QStringLiteral("[ =]"))));
            reply.extensionArguments(keyword);
            FUZZ_CHECK(keyword.isEmpty() || reply.hasExtension(keyword));
        }
    }
    return 0;
}
