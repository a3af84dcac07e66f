// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <chrono>

namespace Mailroom
{

// Exclusive access to an mbox file, compatible with Postfix local(8) on Debian, whose
// mailbox_delivery_lock is "fcntl, dotlock" (postconf -d): Postfix's mbox_open() first creates
// FILE.lock with O_CREAT|O_EXCL (retrying deliver_lock_attempts=20 times, deliver_lock_delay=1s
// apart, removing a lock older than stale_lock_time=500s), then opens the file and takes a
// whole-file fcntl write lock. We take the same locks in the same order, so neither side can
// deadlock the other, and release them in reverse order.
//
// The kernel lock is an open-file-description lock (F_OFD_SETLK) where available: it conflicts
// with Postfix's classic fcntl locks, but unlike them is not silently dropped when some other
// part of this process closes another descriptor of the same file.
class MailboxLock
{
public:
    enum class Result { Locked, Busy, Failed };

    explicit MailboxLock(const QString &path);
    ~MailboxLock();
    MailboxLock(const MailboxLock &) = delete;
    MailboxLock &operator=(const MailboxLock &) = delete;

    // Tries `attempts` times, `delay` apart. On Locked, fd() is the mailbox opened read-write.
    Result lock(int attempts = 10, std::chrono::milliseconds delay = std::chrono::milliseconds(200));
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    QString errorString() const { return m_error; }
    QString lockFilePath() const { return m_path + QStringLiteral(".lock"); }

    // Seconds after which a dotlock is considered stale and removed (Postfix: stale_lock_time).
    static constexpr int staleSeconds = 500;
    // Whether a dotlock or a conflicting kernel lock exists right now (for opening read-only).
    static bool isLockedByOther(const QString &path);

private:
    bool createDotLock(bool *busy);

    QString m_path;
    QString m_error;
    int m_fd = -1;
    bool m_dotLocked = false;
};

} // namespace Mailroom
