// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxlock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Mailroom
{

namespace
{
QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

int setLock(int fd, short type, bool wait)
{
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0; // the whole file, like Postfix
#ifdef F_OFD_SETLK
    return ::fcntl(fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &fl);
#else
    return ::fcntl(fd, wait ? F_SETLKW : F_SETLK, &fl);
#endif
}
} // namespace

MailboxLock::MailboxLock(const QString &path)
    : m_path(path)
{
}

MailboxLock::~MailboxLock()
{
    unlock();
}

bool MailboxLock::createDotLock(bool *busy)
{
    *busy = false;
    const QByteArray lockPath = QFile::encodeName(lockFilePath());
    // O_EXCL|O_CREAT does not follow symlinks; mode 0 like Postfix's dot_lockfile().
    const int fd = ::open(lockPath.constData(), O_WRONLY | O_EXCL | O_CREAT | O_CLOEXEC, 0);
    if (fd >= 0) {
        ::close(fd);
        m_dotLocked = true;
        return true;
    }
    if (errno != EEXIST) {
        m_error = QCoreApplication::translate("MailboxLock", "Cannot create the lock file %1: %2")
                      .arg(lockFilePath(), errnoText(errno));
        return false;
    }
    *busy = true;
    struct stat st {};
    if (::stat(lockPath.constData(), &st) == 0 && std::time(nullptr) > st.st_ctime + staleSeconds) {
        ::unlink(lockPath.constData()); // stale, as Postfix would break it
    }
    return false;
}

MailboxLock::Result MailboxLock::lock(int attempts, std::chrono::milliseconds delay)
{
    if (isLocked()) {
        return Result::Locked;
    }
    m_error.clear();
    attempts = std::max(1, attempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool busy = false;
        if (!m_dotLocked && !createDotLock(&busy)) {
            if (!busy) {
                return Result::Failed;
            }
        }
        if (m_dotLocked) {
            if (m_fd < 0) {
                m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
                if (m_fd < 0) {
                    const int err = errno;
                    unlock();
                    m_error = QCoreApplication::translate("MailboxLock", "Cannot open the mailbox %1: %2")
                                  .arg(m_path, errnoText(err));
                    return Result::Failed;
                }
            }
            if (setLock(m_fd, F_WRLCK, false) == 0) {
                return Result::Locked;
            }
            if (errno != EAGAIN && errno != EACCES) {
                const int err = errno;
                unlock();
                m_error = QCoreApplication::translate("MailboxLock", "Cannot lock the mailbox %1: %2").arg(m_path, errnoText(err));
                return Result::Failed;
            }
            // Keep the dotlock while waiting for the kernel lock: whoever holds that will finish.
        }
        if (attempt < attempts) {
            std::this_thread::sleep_for(delay);
        }
    }
    unlock();
    m_error = QCoreApplication::translate("MailboxLock", "The mailbox %1 is locked by another program.").arg(m_path);
    return Result::Busy;
}

void MailboxLock::unlock()
{
    if (m_fd >= 0) {
        setLock(m_fd, F_UNLCK, false);
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_dotLocked) {
        ::unlink(QFile::encodeName(lockFilePath()).constData());
        m_dotLocked = false;
    }
}

bool MailboxLock::isLockedByOther(const QString &path)
{
    struct stat st {};
    const QByteArray lockPath = QFile::encodeName(path + QStringLiteral(".lock"));
    if (::stat(lockPath.constData(), &st) == 0 && std::time(nullptr) <= st.st_ctime + staleSeconds) {
        return true;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
#ifdef F_OFD_GETLK
    const int rc = ::fcntl(fd, F_OFD_GETLK, &fl);
#else
    const int rc = ::fcntl(fd, F_GETLK, &fl);
#endif
    ::close(fd);
    return rc == 0 && fl.l_type != F_UNLCK;
}

} // namespace Mailroom
