// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <chrono>

namespace Mailroom {

// Exclusive access to an mbox file, compatible with Postfix local(8). Postfix's mbox_open() takes
// the locks named by mailbox_delivery_lock (Debian: "fcntl, dotlock") always in this order: FILE.lock
// by O_CREAT|O_EXCL (retrying deliver_lock_attempts=20 times, deliver_lock_delay=1s apart, breaking
// a lock older than stale_lock_time=500s), then it opens the file, then flock() if configured, then
// a whole-file fcntl write lock. We take the same locks in the same order, so neither side can
// deadlock the other, and release them in reverse order.
//
// The dotlock is made with liblockfile (where built with it): when the mailbox directory is not
// writable for us — /var/mail is root:mail 2775 on Debian — lockfile_create() runs the setgid-mail
// dotlockfile helper, which creates USER.lock for the owner of the mailbox USER, as mutt and mailx
// do. A dotlock we make ourselves holds our pid on its first line, as liblockfile writes it (which
// liblockfile, procmail and mutt read; Postfix writes and reads nothing, any file is a lock), and
// on its second who we are (LockOwner): a later Mailroom on this host removes such a lock at once
// when the process that made it is gone, instead of waiting the 500 s after which Postfix would;
// a lock anyone else made is only ever broken by its age. The kernel lock is an open-file-description lock
// (F_OFD_SETLK) where available: it conflicts with Postfix's classic fcntl locks, but unlike them is not silently
// dropped when some other part of this process closes another descriptor of the same file.
class MailboxLock
{
public:
    enum class Result
    {
        Locked,
        Busy,
        Failed
    };
    enum Method
    {
        DotLock = 0x1,
        Fcntl = 0x2,
        Flock = 0x4
    };
    // What every mbox reader and Postfix agree on by default.
    static constexpr int defaultMethods = DotLock | Fcntl;

    explicit MailboxLock(const QString &path, int methods = defaultMethods);
    ~MailboxLock();
    MailboxLock(const MailboxLock &) = delete;
    MailboxLock &operator=(const MailboxLock &) = delete;

    // Tries `attempts` times, `delay` apart. On Locked, fd() is the mailbox opened read-write.
    Result lock(int attempts = 10, std::chrono::milliseconds delay = std::chrono::milliseconds(200));
    void unlock();
    // Refreshes the dotlock's time during long work, so nobody breaks it as stale.
    void touch();
    bool isLocked() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    int methods() const { return m_methods; }
    QString errorString() const { return m_error; }
    QString lockFilePath() const { return m_path + QStringLiteral(".lock"); }

    // Seconds after which a dotlock is considered stale and removed (Postfix: stale_lock_time).
    static constexpr int staleSeconds = 500;
    // Removes path.lock if it is a dotlock a Mailroom process on this host made and that process
    // is gone (killed, or from before a reboot). Never touches a lock another program made, a
    // live one, or one whose maker cannot be judged (another host or pid namespace). True if
    // removed. Checked again under the mailbox's kernel lock right before it is removed, so two
    // Mailrooms cleaning up at once cannot remove the lock the other one took meanwhile.
    static bool removeOwnStaleLock(const QString &path);
    // The dotlock file this lock holds (0, 0 without one), to tell later whether it is still there.
    quint64 dotLockDevice() const { return m_lockDevice; }
    quint64 dotLockInode() const { return m_lockInode; }
    // Whether a dotlock or a conflicting kernel lock exists right now (for opening read-only).
    static bool isLockedByOther(const QString &path);
    // Whether we can create path.lock: the directory is writable for us, or (liblockfile) the
    // setgid dotlockfile helper will make it because path is our own spool file named after us.
    static bool canDotLock(const QString &path);
    // The locks Postfix takes for mailbox_delivery_lock = value ("fcntl, dotlock"; separators are
    // commas and white space). Unknown names are ignored; 0 when nothing is recognised.
    static int methodsFromPostconf(QStringView value);
    // Whether this build makes dotlocks with liblockfile (and so can use its setgid helper).
    static bool usesLiblockfile();

private:
    bool createDotLock(bool *busy);
    void removeDotLock();

    QString m_path;
    QString m_error;
    int m_methods;
    int m_fd = -1;
    bool m_dotLocked = false;
    bool m_dotLockByHelper = false; // made by liblockfile's setgid helper
    bool m_flocked = false;
    quint64 m_lockDevice = 0;
    quint64 m_lockInode = 0;
};

} // namespace Mailroom
