// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailboxoperations.h"

#include "helperapi.h"

#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcMailboxes, "mailroom.helper.mailboxes")

using namespace Mailroom;

MailboxOperations::MailboxOperations(const QStringList &spoolDirs)
    : m_spoolDirs(spoolDirs)
{ }

QStringList MailboxOperations::defaultSpoolDirs()
{
    return {QStringLiteral("/var/mail/"), QStringLiteral("/var/spool/mail/")};
}

int MailboxOperations::openChecked(const QString &user, OperationResult *error) const
{
    const passwd *pw = getpwnam(user.toLatin1().constData());
    if (!pw) {
        *error = OperationResult::failure(Api::Error::InvalidArgs, QStringLiteral("no such user: %1").arg(user));
        return -1;
    }
    for (const QString &dir : m_spoolDirs) {
        const QByteArray path = QFile::encodeName(dir) + user.toLatin1();
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            continue;
        }
        struct stat st {};
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != pw->pw_uid) {
            ::close(fd);
            qCWarning(lcMailboxes) << path << "is not a regular file owned by" << user;
            *error = OperationResult::failure(
                Api::Error::Failed,
                QStringLiteral("%1 is not a mailbox owned by %2").arg(QString::fromLatin1(path), user));
            return -1;
        }
        // local(8) refuses a mailbox with more than one link: a user could hard-link a file they
        // cannot read (e.g. one owned by them on the same file system, later replaced) as their
        // mailbox, and the helper reads as root.
        if (st.st_nlink != 1) {
            ::close(fd);
            qCWarning(lcMailboxes) << path << "has" << st.st_nlink << "links";
            *error
                = OperationResult::failure(Api::Error::Failed,
                                           QStringLiteral("%1 has too many links (%2); a mailbox must have exactly one")
                                               .arg(QString::fromLatin1(path))
                                               .arg(st.st_nlink));
            return -1;
        }
        return fd;
    }
    *error
        = OperationResult::failure(Api::Error::Failed, QStringLiteral("%1 has no mailbox in the mail spool").arg(user));
    return -1;
}

OperationResult MailboxOperations::open(const QString &user) const
{
    OperationResult error;
    const int fd = openChecked(user, &error);
    if (fd < 0) {
        return error;
    }
    QDBusUnixFileDescriptor handle(fd); // dups
    ::close(fd);
    return OperationResult::success({QVariant::fromValue(handle)});
}

OperationResult MailboxOperations::read(const QString &user, qulonglong offset, uint length) const
{
    OperationResult error;
    const int fd = openChecked(user, &error);
    if (fd < 0) {
        return error;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        return OperationResult::failure(Api::Error::Failed, QStringLiteral("cannot read %1's mailbox").arg(user));
    }
    const qulonglong size = qulonglong(st.st_size);
    QByteArray data;
    if (offset < size) {
        data.resize(qsizetype(qMin<qulonglong>(length, size - offset)));
        qsizetype got = 0;
        while (got < data.size()) {
            const ssize_t n = ::pread(fd, data.data() + got, size_t(data.size() - got), off_t(offset + got));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break; // shrunk meanwhile: what was read is what there was
            }
            got += n;
        }
        data.truncate(got);
    }
    ::close(fd);
    return OperationResult::success({data, size});
}
