// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxlock.h"

#include "mail/lockowner.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#ifdef MAILROOM_HAVE_LIBLOCKFILE
#include <lockfile.h>
#endif

namespace Mailroom {

namespace {
// Where Debian, Fedora and Arch install liblockfile's setgid-mail helper; liblockfile itself has
// the same path compiled in and only uses it when it is setgid.
constexpr const char dotlockHelper[] = "/usr/bin/dotlockfile";

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

bool lockBusy(int err)
{
    return err == EAGAIN || err == EACCES || err == EWOULDBLOCK;
}

// A dotlock file's bytes and identity (small files only: a lock holds a line or two).
struct LockFile
{
    struct stat st {};
    QByteArray content;
};

std::optional<LockFile> readLockFile(const QByteArray &lockPath)
{
    const int fd = ::open(lockPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return std::nullopt;
    }
    LockFile f;
    if (::fstat(fd, &f.st) != 0 || !S_ISREG(f.st.st_mode) || f.st.st_size > 1024) {
        ::close(fd);
        return std::nullopt;
    }
    f.content.resize(qsizetype(f.st.st_size) + 1);
    const ssize_t n = ::read(fd, f.content.data(), size_t(f.content.size()));
    ::close(fd);
    if (n < 0) {
        return std::nullopt;
    }
    f.content.truncate(n);
    return f;
}

// The maker of a dotlock we made: "PID\n" + LockOwner line; nullopt for anybody else's.
std::optional<LockOwner> ownLockOwner(const QByteArray &content)
{
    const QByteArrayList lines = content.split('\n');
    if (lines.size() < 2) {
        return std::nullopt;
    }
    const auto owner = LockOwner::fromLine(lines.at(1));
    bool ok = false;
    if (!owner || lines.at(0).toLongLong(&ok) != owner->pid || !ok) {
        return std::nullopt;
    }
    return owner;
}
} // namespace

MailboxLock::MailboxLock(const QString &path, int methods)
    : m_path(path)
    , m_methods(methods ? methods : defaultMethods)
{ }

MailboxLock::~MailboxLock()
{
    unlock();
}

bool MailboxLock::usesLiblockfile()
{
#ifdef MAILROOM_HAVE_LIBLOCKFILE
    return true;
#else
    return false;
#endif
}

bool MailboxLock::createDotLock(bool *busy)
{
    *busy = false;
    const QByteArray lockPath = QFile::encodeName(lockFilePath());
#ifdef MAILROOM_HAVE_LIBLOCKFILE
    if (::access(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), W_OK) != 0) {
        // Only the setgid dotlockfile helper can make the lock (our own spool file in /var/mail).
        // One try per call (we pace the retries ourselves); L_PID writes our pid into the lock, so
        // other liblockfile users break it at once if we die while holding it.
        errno = 0;
        const int rc = lockfile_create(lockPath.constData(), 0, L_PID);
        if (rc == L_SUCCESS) {
            m_dotLocked = true;
            m_dotLockByHelper = true;
            struct stat st {};
            if (::stat(lockPath.constData(), &st) == 0) {
                m_lockDevice = st.st_dev;
                m_lockInode = st.st_ino;
            }
            return true;
        }
        if (rc == L_MAXTRYS) {
            *busy = true;
            return false;
        }
        const int err = errno;
        m_error = QCoreApplication::translate("MailboxLock", "Cannot create the lock file %1: %2")
                      .arg(lockFilePath(),
                           err ? errnoText(err) : QCoreApplication::translate("MailboxLock", "permission denied"));
        return false;
    }
    // Where we can write, the lock is made as Postfix's dot_lockfile() makes it, not by
    // lockfile_create(): when the lock it failed to take vanishes before it looks at it (the
    // deliverer finished), liblockfile calls it invalid and unlinks whatever lock is there by then
    // -- the deliverer's next one. Postfix then appends to a file that a rewrite is replacing, and
    // the message is lost (the concurrent-delivery test lost one in every six runs).
#endif
    // O_EXCL|O_CREAT does not follow symlinks; mode 0 like Postfix's dot_lockfile().
    const int fd = ::open(lockPath.constData(), O_WRONLY | O_EXCL | O_CREAT | O_CLOEXEC, 0);
    if (fd >= 0) {
        // Our pid on the first line, as liblockfile users (mutt, dotlockfile) read it to break the
        // lock if we die; who we are on the second, for the next Mailroom (removeOwnStaleLock).
        const LockOwner self = LockOwner::current();
        const QByteArray content = QByteArray::number(self.pid) + '\n' + self.toLine() + '\n';
        [[maybe_unused]] const ssize_t written = ::write(fd, content.constData(), size_t(content.size()));
        struct stat st {};
        if (::fstat(fd, &st) == 0) {
            m_lockDevice = st.st_dev;
            m_lockInode = st.st_ino;
        }
        ::close(fd);
        m_dotLocked = true;
        return true;
    }
    if (const int err = errno; err != EEXIST) {
        m_error = QCoreApplication::translate("MailboxLock", "Cannot create the lock file %1: %2")
                      .arg(lockFilePath(), errnoText(err));
        return false;
    }
    if (removeOwnStaleLock(m_path)) {
        return createDotLock(busy); // a dead Mailroom's lock: gone now, so try again at once
    }
    *busy = true;
    // Stale only by age, as Postfix breaks it (stale_lock_time): a lock that is gone or young is
    // left alone.
    struct stat st {};
    if (::stat(lockPath.constData(), &st) == 0 && std::time(nullptr) > st.st_ctime + staleSeconds) {
        ::unlink(lockPath.constData());
    }
    return false;
}

void MailboxLock::removeDotLock()
{
    if (!m_dotLocked) {
        return;
    }
    const QByteArray lockPath = QFile::encodeName(lockFilePath());
#ifdef MAILROOM_HAVE_LIBLOCKFILE
    if (m_dotLockByHelper) {
        lockfile_remove(lockPath.constData()); // through the helper, as it was made
    } else {
        ::unlink(lockPath.constData());
    }
#else
    ::unlink(lockPath.constData());
#endif
    m_dotLocked = false;
    m_dotLockByHelper = false;
    m_lockDevice = 0;
    m_lockInode = 0;
}

bool MailboxLock::removeOwnStaleLock(const QString &path)
{
    const QByteArray lockPath = QFile::encodeName(path + QStringLiteral(".lock"));
    const auto seen = readLockFile(lockPath);
    if (!seen) {
        return false;
    }
    const auto owner = ownLockOwner(seen->content);
    // Older than Postfix's stale_lock_time, it is Postfix's to break (by age, as below in
    // createDotLock): between our check and our unlink() it could have made its own already.
    if (!owner || owner->state() != LockOwner::State::Gone
        || std::time(nullptr) > seen->st.st_ctime + staleSeconds - 30) {
        return false;
    }
    // Every Mailroom cleaning up takes the mailbox's kernel lock for it (the dead process's kernel
    // lock went with it): only one of them checks and removes at a time, and none removes the
    // lock another one made after cleaning up. Without the kernel lock (busy, or the mailbox not
    // ours to write), the lock stays for now.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return false;
    }
    bool removed = false;
    if (setLock(fd, F_WRLCK, false) == 0) {
        const auto again = readLockFile(lockPath);
        if (again && again->st.st_dev == seen->st.st_dev && again->st.st_ino == seen->st.st_ino
            && again->content == seen->content) {
            removed = ::unlink(lockPath.constData()) == 0;
        }
        setLock(fd, F_UNLCK, false);
    }
    ::close(fd);
    return removed;
}

void MailboxLock::touch()
{
    if (!m_dotLocked) {
        return;
    }
#ifdef MAILROOM_HAVE_LIBLOCKFILE
    if (m_dotLockByHelper) {
        lockfile_touch(QFile::encodeName(lockFilePath()).constData());
        return;
    }
#endif
    ::utimensat(AT_FDCWD, QFile::encodeName(lockFilePath()).constData(), nullptr, 0);
}

MailboxLock::Result MailboxLock::lock(int attempts, std::chrono::milliseconds delay)
{
    if (isLocked()) {
        return Result::Locked;
    }
    m_error.clear();
    attempts = std::max(1, attempts);
    const bool wantDot = m_methods & DotLock;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool busy = false;
        if (wantDot && !m_dotLocked && !createDotLock(&busy) && !busy) {
            unlock();
            return Result::Failed;
        }
        if (!wantDot || m_dotLocked) {
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
            // Kernel locks in Postfix's order: flock() first, then fcntl().
            bool kernelBusy = false;
            if ((m_methods & Flock) && !m_flocked) {
                if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                    m_flocked = true;
                } else if (lockBusy(errno)) {
                    kernelBusy = true;
                } else {
                    const int err = errno;
                    unlock();
                    m_error = QCoreApplication::translate("MailboxLock", "Cannot lock the mailbox %1: %2")
                                  .arg(m_path, errnoText(err));
                    return Result::Failed;
                }
            }
            if (!kernelBusy && (m_methods & Fcntl)) {
                if (setLock(m_fd, F_WRLCK, false) != 0) {
                    if (!lockBusy(errno)) {
                        const int err = errno;
                        unlock();
                        m_error = QCoreApplication::translate("MailboxLock", "Cannot lock the mailbox %1: %2")
                                      .arg(m_path, errnoText(err));
                        return Result::Failed;
                    }
                    kernelBusy = true;
                }
            }
            if (!kernelBusy) {
                return Result::Locked;
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
        if (m_flocked) {
            ::flock(m_fd, LOCK_UN);
            m_flocked = false;
        }
        ::close(m_fd);
        m_fd = -1;
    }
    removeDotLock();
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

bool MailboxLock::canDotLock(const QString &path)
{
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    if (::access(dir.constData(), W_OK) == 0) {
        return true;
    }
#ifdef MAILROOM_HAVE_LIBLOCKFILE
    // The rules of dotlockfile(1): it is setgid, its group may write the directory, the lock is
    // named after the calling user, and that user owns the mailbox.
    struct stat helper {};
    struct stat dirSt {};
    struct stat file {};
    if (::stat(dotlockHelper, &helper) != 0 || !(helper.st_mode & S_ISGID) || ::stat(dir.constData(), &dirSt) != 0
        || dirSt.st_gid != helper.st_gid || !(dirSt.st_mode & S_IWGRP)) {
        return false;
    }
    const passwd *pw = ::getpwuid(::getuid());
    if (!pw || info.fileName() != QString::fromLocal8Bit(pw->pw_name)) {
        return false;
    }
    return ::stat(QFile::encodeName(path).constData(), &file) == 0 && file.st_uid == ::geteuid();
#else
    return false;
#endif
}

int MailboxLock::methodsFromPostconf(QStringView value)
{
    int methods = 0;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &word : value.toString().split(separators, Qt::SkipEmptyParts)) {
        if (word == QLatin1String("dotlock")) {
            methods |= DotLock;
        } else if (word == QLatin1String("fcntl")) {
            methods |= Fcntl;
        } else if (word == QLatin1String("flock")) {
            methods |= Flock;
        }
    }
    return methods;
}

} // namespace Mailroom
