// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mboxrecovery.h"

#include "mail/mailboxlock.h"
#include "mail/mboxrewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Mailroom {

namespace {
constexpr QLatin1StringView descriptionSuffix(".mbox-tail.json");

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A read-only view of a whole file; unmapped on destruction.
class FileMap
{
public:
    FileMap(int fd, qint64 size)
        : m_size(size)
    {
        if (fd >= 0 && size > 0) {
            void *p = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
            m_data = p == MAP_FAILED ? nullptr : static_cast<const char *>(p);
        }
    }
    ~FileMap()
    {
        if (m_data) {
            ::munmap(const_cast<char *>(m_data), size_t(m_size));
        }
    }
    FileMap(const FileMap &) = delete;
    FileMap &operator=(const FileMap &) = delete;
    bool ok() const { return m_size == 0 || m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_data ? m_size : 0); }

private:
    const char *m_data = nullptr;
    qint64 m_size = 0;
};

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : c;
}

QJsonObject toJson(const MboxRecovery::Record &r)
{
    return QJsonObject {
        {QStringLiteral("format"), 1},
        {QStringLiteral("copy"), QFileInfo(r.copyPath).fileName()},
        {QStringLiteral("mailbox"), r.mailbox},
        {QStringLiteral("device"), QString::number(r.device)},
        {QStringLiteral("inode"), QString::number(r.inode)},
        {QStringLiteral("mailboxSize"), QString::number(r.mailboxSize)},
        {QStringLiteral("offset"), QString::number(r.offset)},
        {QStringLiteral("copySize"), QString::number(r.copySize)},
        {QStringLiteral("copySha256"), QString::fromLatin1(r.copySha256)},
        {QStringLiteral("headCheckFrom"), QString::number(r.headCheckFrom)},
        {QStringLiteral("headSha256"), QString::fromLatin1(r.headSha256)},
        {QStringLiteral("oldTailSha256"), QString::fromLatin1(r.oldTailSha256)},
        {QStringLiteral("lockDevice"), QString::number(r.lockDevice)},
        {QStringLiteral("lockInode"), QString::number(r.lockInode)},
        {QStringLiteral("writer"), QString::fromLatin1(r.writer.toLine())},
        {QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODate)},
    };
}

std::optional<MboxRecovery::Record> fromJson(const QString &descriptionPath, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("format")).toInt() != 1) {
        return std::nullopt;
    }
    bool ok = true;
    auto u64 = [&](const char *key) {
        bool good = false;
        const quint64 v = o.value(QLatin1StringView(key)).toString().toULongLong(&good);
        ok = ok && good;
        return v;
    };
    MboxRecovery::Record r;
    // The copy is the file the description is named after (never a path the file names).
    r.copyPath = descriptionPath.chopped(5); // ".json"
    r.mailbox = o.value(QStringLiteral("mailbox")).toString();
    r.device = u64("device");
    r.inode = u64("inode");
    r.mailboxSize = qint64(u64("mailboxSize"));
    r.offset = qint64(u64("offset"));
    r.copySize = qint64(u64("copySize"));
    r.copySha256 = o.value(QStringLiteral("copySha256")).toString().toLatin1();
    r.headCheckFrom = qint64(u64("headCheckFrom"));
    r.headSha256 = o.value(QStringLiteral("headSha256")).toString().toLatin1();
    r.oldTailSha256 = o.value(QStringLiteral("oldTailSha256")).toString().toLatin1();
    r.lockDevice = u64("lockDevice");
    r.lockInode = u64("lockInode");
    const auto writer = LockOwner::fromLine(o.value(QStringLiteral("writer")).toString().toLatin1());
    r.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (!ok || !writer || r.mailbox.isEmpty() || r.headCheckFrom > r.offset || r.offset > r.mailboxSize) {
        return std::nullopt;
    }
    r.writer = *writer;
    return r;
}

void fsyncDirectory(const QString &dir)
{
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

// Whether the dotlock the rewrite held is still there, and still the dead rewriter's: then nothing
// that respects the lock has written to the mailbox since the rewrite stopped.
bool deadRewritersLockStillThere(const MboxRecovery::Record &r)
{
    if (r.lockInode == 0 || r.writer.state() != LockOwner::State::Gone) {
        return false;
    }
    const QByteArray lockPath = QFile::encodeName(r.mailbox + QStringLiteral(".lock"));
    const int fd = ::open(lockPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    struct stat st {};
    char buffer[64] = {};
    const bool same = ::fstat(fd, &st) == 0 && quint64(st.st_dev) == r.lockDevice && quint64(st.st_ino) == r.lockInode;
    const ssize_t n = same ? ::read(fd, buffer, sizeof buffer - 1) : -1;
    ::close(fd);
    if (n <= 0) {
        return false;
    }
    // Its first line is the pid of the process that made it (ours and liblockfile's alike).
    bool ok = false;
    const QByteArray first = QByteArray(buffer, n).split('\n').constFirst().trimmed();
    return first.toLongLong(&ok) == r.writer.pid && ok;
}

bool samePlace(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
        && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}
} // namespace

bool MboxRecovery::write(const Record &record, QString *error)
{
    const QString target = record.descriptionPath();
    const QByteArray temp = QFile::encodeName(target + QStringLiteral(".new"));
    const QByteArray json = QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented);
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    bool ok = fd >= 0;
    int err = errno;
    if (ok) {
        qsizetype done = 0;
        while (ok && done < json.size()) {
            const ssize_t n = ::write(fd, json.constData() + done, size_t(json.size() - done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            ok = n > 0;
            err = errno;
            done += n > 0 ? n : 0;
        }
        if (ok && ::fsync(fd) != 0) {
            ok = false;
            err = errno;
        }
        ::close(fd);
        if (ok && ::rename(temp.constData(), QFile::encodeName(target).constData()) != 0) {
            ok = false;
            err = errno;
        }
    }
    if (!ok) {
        ::unlink(temp.constData());
        if (error) {
            *error = QCoreApplication::translate("MboxRecovery",
                                                 "Cannot write the description of the recovery copy %1: %2")
                         .arg(target, errnoText(err));
        }
        return false;
    }
    fsyncDirectory(QFileInfo(target).absolutePath());
    return true;
}

QList<MboxRecovery::Record> MboxRecovery::find(const QString &mailbox, const QString &dir)
{
    const QString where = dir.isEmpty() ? MboxRewriter::defaultRecoveryDirectory() : dir;
    const QString wanted = canonical(mailbox);
    QList<Record> found;
    const QDir d(where);
    for (const QString &name : d.entryList({QStringLiteral("*") + descriptionSuffix}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 65536) {
            continue;
        }
        const auto r = fromJson(path, f.readAll());
        if (r && (r->mailbox == mailbox || canonical(r->mailbox) == wanted)) {
            found << *r;
        }
    }
    return found;
}

void MboxRecovery::remove(const Record &record)
{
    QFile::remove(record.copyPath);
    QFile::remove(record.descriptionPath());
    fsyncDirectory(QFileInfo(record.copyPath).absolutePath());
}

QList<MboxRecovery::Outcome> MboxRecovery::check(const QString &mailbox, Mode mode, const QString &dir, int lockMethods)
{
    QList<Outcome> outcomes;
    for (const Record &r : find(mailbox, dir)) {
        Outcome o;
        o.record = r;
        auto kept = [&](const QString &reason) {
            o.kind = Outcome::Kind::Kept;
            o.reason = reason;
            outcomes << o;
        };
        if (!QFileInfo::exists(r.copyPath)) {
            // Removed after the copy (remove() was cut short): nothing left to recover.
            if (mode == Mode::Finish) {
                QFile::remove(r.descriptionPath());
            }
            continue;
        }
        const LockOwner::State writer = r.writer.state();
        if (writer == LockOwner::State::Alive) {
            o.kind = Outcome::Kind::InProgress;
            outcomes << o;
            continue;
        }
        QFile copyFile(r.copyPath);
        if (!copyFile.open(QIODevice::ReadOnly)) {
            kept(QCoreApplication::translate("MboxRecovery", "the recovery copy cannot be read (%1).")
                     .arg(copyFile.errorString()));
            continue;
        }
        const FileMap copy(copyFile.handle(), copyFile.size());
        const bool copyOk = copy.ok() && copyFile.size() == r.copySize && sha256(copy.view()) == r.copySha256;
        const QByteArray path = QFile::encodeName(r.mailbox);
        struct stat before {};
        if (::stat(path.constData(), &before) != 0) {
            kept(
                QCoreApplication::translate("MboxRecovery", "the mailbox cannot be found (%1).").arg(errnoText(errno)));
            continue;
        }
        if (quint64(before.st_dev) != r.device || quint64(before.st_ino) != r.inode) {
            kept(QCoreApplication::translate("MboxRecovery", "the mailbox was replaced by another file since."));
            continue;
        }
        // Looked at before locking: our own locking removes the dead rewriter's lock.
        bool untouched = deadRewritersLockStillThere(r);

        MailboxLock lock(r.mailbox, lockMethods);
        int fd = -1;
        QFile readOnly(r.mailbox);
        if (mode == Mode::Finish) {
            // Twice: a dead lock older than Postfix's stale_lock_time is broken by age on the first.
            switch (lock.lock(2, std::chrono::milliseconds(100))) {
            case MailboxLock::Result::Locked:
                break;
            case MailboxLock::Result::Busy:
                kept(QCoreApplication::translate(
                    "MboxRecovery",
                    "another program has locked the mailbox; it is tried again when the mailbox is opened "
                    "next."));
                continue;
            case MailboxLock::Result::Failed:
                kept(lock.errorString());
                continue;
            }
            fd = lock.fd();
            struct stat locked {};
            if (::fstat(fd, &locked) != 0 || !samePlace(before, locked)) {
                untouched = false; // written to between the look and the lock
                if (quint64(locked.st_dev) != r.device || quint64(locked.st_ino) != r.inode) {
                    kept(
                        QCoreApplication::translate("MboxRecovery", "the mailbox was replaced by another file since."));
                    continue;
                }
            }
        } else {
            if (!readOnly.open(QIODevice::ReadOnly)) {
                kept(readOnly.errorString());
                continue;
            }
            fd = readOnly.handle();
        }
        struct stat st {};
        ::fstat(fd, &st);
        const qint64 size = st.st_size;
        bool headSame = false;
        {
            const FileMap box(fd, size);
            if (!box.ok()) {
                kept(QCoreApplication::translate("MboxRecovery", "the mailbox cannot be read (%1).")
                         .arg(errnoText(errno)));
                continue;
            }
            const QByteArrayView data = box.view();
            headSame
                = size >= r.offset && sha256(data.sliced(r.headCheckFrom, r.offset - r.headCheckFrom)) == r.headSha256;
            if (copyOk && size == r.offset + r.copySize && data.sliced(r.offset) == copy.view()) {
                o.kind = Outcome::Kind::AlreadyDone;
            } else if (headSame && size == r.mailboxSize && sha256(data.sliced(r.offset)) == r.oldTailSha256) {
                o.kind = Outcome::Kind::NeverStarted;
            } else {
                o.kind = Outcome::Kind::Kept;
            }
        }
        if (o.kind != Outcome::Kind::Kept) {
            if (mode == Mode::Finish) {
                remove(r);
            }
            outcomes << o;
            continue;
        }
        if (mode == Mode::Report) {
            kept(QCoreApplication::translate(
                     "MboxRecovery",
                     "open the mailbox in Mailroom, or run “mailroomctl mbox recover %1”, to finish it where that "
                     "is safe.")
                     .arg(r.mailbox));
            continue;
        }
        if (!copyOk) {
            kept(QCoreApplication::translate("MboxRecovery", "the recovery copy does not match its checksum."));
            continue;
        }
        if (!headSame) {
            kept(QCoreApplication::translate("MboxRecovery", "the mailbox's messages before byte %1 changed since.")
                     .arg(r.offset));
            continue;
        }
        if (writer != LockOwner::State::Gone) {
            kept(QCoreApplication::translate(
                     "MboxRecovery",
                     "the rewrite was made on another host or in a container (%1), where Mailroom cannot tell "
                     "whether it still runs.")
                     .arg(QString::fromLatin1(r.writer.host)));
            continue;
        }
        if (!untouched) {
            kept(QCoreApplication::translate(
                "MboxRecovery",
                "the lock the rewrite held is gone, so another program may have written to the mailbox "
                "since (Postfix removes a lock after 500 seconds and delivers)."));
            continue;
        }
        if (size > std::max(r.mailboxSize, r.offset + r.copySize)) {
            kept(QCoreApplication::translate("MboxRecovery",
                                             "the mailbox holds more than the rewrite could have written."));
            continue;
        }
        // Finish: the copy over the mailbox from the offset, cut, synced, compared.
        const QByteArrayView tail = copy.view();
        qint64 done = 0;
        int err = 0;
        while (done < tail.size()) {
            const ssize_t n = ::pwrite(fd, tail.data() + done, size_t(tail.size() - done), r.offset + done);
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                err = errno;
                break;
            }
            done += n;
        }
        if (err == 0 && (::ftruncate(fd, r.offset + r.copySize) != 0 || ::fsync(fd) != 0)) {
            err = errno;
        }
        bool equal = false;
        if (err == 0) {
            const FileMap written(fd, r.offset + r.copySize);
            equal = written.ok() && written.view().sliced(r.offset) == tail;
        }
        if (!equal) {
            kept(QCoreApplication::translate("MboxRecovery", "finishing it failed: %1")
                     .arg(err ? errnoText(err)
                              : QCoreApplication::translate("MboxRecovery",
                                                            "the mailbox did not compare equal to the copy")));
            continue;
        }
        remove(r);
        o.kind = Outcome::Kind::Finished;
        outcomes << o;
    }
    return outcomes;
}

bool MboxRecovery::needsAttention(const QList<Outcome> &outcomes)
{
    return std::any_of(outcomes.cbegin(), outcomes.cend(),
                       [](const Outcome &o) { return o.kind == Outcome::Kind::Kept; });
}

QString MboxRecovery::describe(const QList<Outcome> &outcomes)
{
    QStringList parts;
    for (const Outcome &o : outcomes) {
        const Record &r = o.record;
        switch (o.kind) {
        case Outcome::Kind::Finished:
            parts << QCoreApplication::translate(
                         "MboxRecovery",
                         "A rewrite of %1 was interrupted (the program writing it stopped half-way). Mailroom "
                         "finished it from its recovery copy, under the mailbox's locks, and removed the copy: no "
                         "message was lost.")
                         .arg(r.mailbox);
            break;
        case Outcome::Kind::Kept:
            parts << QCoreApplication::translate(
                         "MboxRecovery",
                         "A rewrite of %1 was interrupted and left the mailbox damaged from byte %2 on. Every "
                         "message from there on, as it should be, is in the recovery copy %3 (described in %4). "
                         "Mailroom did not finish the rewrite: %5 Until the copy is dealt with, Mailroom leaves the "
                         "mailbox unchanged. To finish it by hand while nothing else writes to the mailbox: keep "
                         "any mail delivered since (at the end of the mailbox), cut the mailbox at byte %2, append "
                         "the copy and then that mail, and delete both recovery files.")
                         .arg(r.mailbox)
                         .arg(r.offset)
                         .arg(r.copyPath, r.descriptionPath(), o.reason);
            break;
        case Outcome::Kind::AlreadyDone:
        case Outcome::Kind::NeverStarted:
        case Outcome::Kind::InProgress:
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Mailroom
