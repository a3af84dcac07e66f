// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailboxoperations.h"

#include "helperapi.h"

#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QLoggingCategory>

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

OperationResult MailboxOperations::open(const QString &user) const
{
    const passwd *pw = getpwnam(user.toLatin1().constData());
    if (!pw) {
        return OperationResult::failure(Api::Error::InvalidArgs, QStringLiteral("no such user: %1").arg(user));
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
            return OperationResult::failure(
                Api::Error::Failed,
                QStringLiteral("%1 is not a mailbox owned by %2").arg(QString::fromLatin1(path), user));
        }
        // local(8) refuses a mailbox with more than one link: a user could hard-link a file they
        // cannot read (e.g. one owned by them on the same file system, later replaced) as their
        // mailbox, and the helper reads as root.
        if (st.st_nlink != 1) {
            ::close(fd);
            qCWarning(lcMailboxes) << path << "has" << st.st_nlink << "links";
            return OperationResult::failure(
                Api::Error::Failed,
                QStringLiteral("%1 has too many links (%2); a mailbox must have exactly one")
                    .arg(QString::fromLatin1(path))
                    .arg(st.st_nlink));
        }
        QDBusUnixFileDescriptor handle(fd); // dups
        ::close(fd);
        return OperationResult::success({QVariant::fromValue(handle)});
    }
    return OperationResult::failure(Api::Error::Failed,
                                    QStringLiteral("%1 has no mailbox in the mail spool").arg(user));
}
