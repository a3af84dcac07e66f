// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxsnapshot.h"

#include <QDir>
#include <QFile>

namespace Mailroom {

MailboxSnapshot MailboxSnapshot::copy(int fd)
{
    MailboxSnapshot result;
    auto fail = [&result](Failure failure, const QString &error) {
        result.file.reset();
        result.failure = failure;
        result.error = error;
        return std::move(result);
    };
    QFile in;
    auto out = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("mailroom-mbox-XXXXXX")));
    if (!in.open(fd, QIODevice::ReadOnly) || !out->open()) {
        return fail(Failure::Read, in.errorString());
    }
    out->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            return fail(Failure::Read, in.errorString());
        }
        if (n == 0) {
            break;
        }
        if (out->write(buffer.constData(), n) != n) {
            return fail(Failure::Copy, out->errorString());
        }
    }
    out->flush();
    result.file = std::move(out);
    return result;
}

} // namespace Mailroom
