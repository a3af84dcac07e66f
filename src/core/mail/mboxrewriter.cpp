// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mboxrewriter.h"

#include "mail/mailboxlock.h"
#include "mail/mboxformat.h"
#include "mail/mboxrecovery.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"
#include "stoppoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Mailroom {

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A read-only view of the locked file; unmapped on destruction.
class Mapping
{
public:
    Mapping(int fd, qint64 size)
        : m_size(size)
    {
        if (size > 0) {
            void *p = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
            m_data = p == MAP_FAILED ? nullptr : static_cast<const char *>(p);
        }
    }
    ~Mapping()
    {
        if (m_data) {
            ::munmap(const_cast<char *>(m_data), size_t(m_size));
        }
    }
    bool ok() const { return m_size == 0 || m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

private:
    const char *m_data = nullptr;
    qint64 m_size = 0;
};

// Buffered writes to a descriptor, remembering the first error.
class Writer
{
public:
    explicit Writer(int fd)
        : m_fd(fd)
    {
        m_buffer.reserve(1 << 20);
    }
    void write(QByteArrayView data)
    {
        if (m_buffer.size() + data.size() > (1 << 20)) {
            flush();
        }
        if (data.size() >= (1 << 20)) {
            writeAll(data);
        } else {
            m_buffer.append(data);
        }
        m_written += data.size();
    }
    bool flush()
    {
        writeAll(m_buffer);
        m_buffer.clear();
        return m_errno == 0;
    }
    int error() const { return m_errno; }
    qint64 written() const { return m_written; }

private:
    void writeAll(QByteArrayView data)
    {
        const char *p = data.data();
        qsizetype left = data.size();
        while (left > 0 && m_errno == 0) {
            const ssize_t n = ::write(m_fd, p, size_t(left));
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                m_errno = errno;
                return;
            }
            p += n;
            left -= n;
        }
    }
    int m_fd;
    int m_errno = 0;
    qint64 m_written = 0;
    QByteArray m_buffer;
};

bool isStatusField(QByteArrayView line)
{
    auto is = [&](QByteArrayView name) {
        return line.size() > name.size() && line[name.size()] == ':'
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
    };
    return is("Status") || is("X-Status");
}

// The message's From_ line and headers with Status/X-Status replaced; false if the header block
// has no end (a truncated message is never edited).
bool rewriteHeaders(QByteArrayView message, MessageStatus::Flags flags, QByteArray *out)
{
    const qsizetype n = message.size();
    qsizetype p = 0;
    const bool crlf = [&] {
        const qsizetype nl = message.indexOf('\n');
        return nl > 0 && message[nl - 1] == '\r';
    }();
    const QByteArrayView eol = crlf ? QByteArrayView("\r\n") : QByteArrayView("\n");
    bool first = true;
    bool skipping = false;
    while (p < n) {
        const qsizetype nl = message.indexOf('\n', p);
        const qsizetype lineEnd = nl < 0 ? n : nl + 1;
        const QByteArrayView line = message.sliced(p, lineEnd - p);
        if (first) {
            out->append(line); // the From_ line
            first = false;
            p = lineEnd;
            continue;
        }
        if (line == "\n" || line == "\r\n") {
            const QByteArray status = MessageStatus::statusHeaderValue(flags);
            const QByteArray xStatus = MessageStatus::xStatusHeaderValue(flags);
            if (!status.isEmpty()) {
                out->append("Status: " + status + eol.toByteArray());
            }
            if (!xStatus.isEmpty()) {
                out->append("X-Status: " + xStatus + eol.toByteArray());
            }
            out->append(message.sliced(p)); // blank line and body, verbatim
            return true;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!skipping) {
                out->append(line);
            }
        } else {
            skipping = isStatusField(line);
            if (!skipping) {
                out->append(line);
            }
        }
        if (nl < 0) {
            break;
        }
        p = lineEnd;
    }
    return false;
}

void fsyncDirectory(const QByteArray &dir)
{
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

// What a rewrite of this mailbox killed half-way left next to it: the new file not yet renamed
// over the mailbox, or the recovery link (the mailbox itself, or after the rename the old file).
// Only called under the mailbox's lock, which every rewrite holds from start to end: none of
// them is still at work, and the mailbox is whole either way (rename() is atomic).
void removeInterruptedRewrites(const QByteArray &dir, const QByteArray &base)
{
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
        return;
    }
    DIR *listing = ::fdopendir(dfd);
    if (!listing) {
        ::close(dfd);
        return;
    }
    const QByteArray newPrefix = '.' + base + ".mailroom-new-";
    const QByteArray recoveryPrefix = '.' + base + ".mailroom-recovery-";
    while (const dirent *entry = ::readdir(listing)) {
        const QByteArrayView name(entry->d_name);
        struct stat st {};
        if ((name.startsWith(newPrefix) || name.startsWith(recoveryPrefix))
            && ::fstatat(dfd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)) {
            ::unlinkat(dfd, entry->d_name, 0);
        }
    }
    ::closedir(listing);
}
} // namespace

MboxRewriter::MboxRewriter(const QString &path)
    : m_path(path)
{ }

QString MboxRewriter::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericStateLocation)
        + QStringLiteral("/mailroom/recovery");
}

void MboxRewriter::setLockAttempts(int attempts, std::chrono::milliseconds delay)
{
    m_attempts = attempts;
    m_delay = delay;
}

MboxRewriter::Result MboxRewriter::apply(const MessageTable &table, quint64 device, quint64 inode, bool expunge)
{
    Result result;
    using Reason = MailboxAccess::ReadOnlyReason;
    auto readOnly = [&](Reason reason, const QString &detail = {}) {
        result.outcome = Outcome::ReadOnly;
        result.reason = reason;
        result.error = detail.isEmpty() ? MailboxAccess::reasonText(reason) : detail;
        return result;
    };
    auto failed = [&](const QString &message) {
        result.outcome = Outcome::Failed;
        result.error = message;
        return result;
    };

    // What to do, by message index.
    const qsizetype count = table.size();
    QList<quint8> action(count, 0); // 0 copy, 1 rewrite headers, 2 remove
    bool anything = false;
    for (qsizetype i = 0; i < count; ++i) {
        const MessageEntry &e = table.entry(i);
        if (expunge && (e.flags & MessageStatus::Deleted)) {
            action[i] = 2;
            anything = true;
        } else if ((e.flags & MessageStatus::persistentMask) != (e.fileFlags & MessageStatus::persistentMask)
                   && !(e.flags & MessageStatus::Incomplete)) {
            action[i] = 1;
            anything = true;
        }
    }
    if (!anything) {
        result.outcome = Outcome::NothingToDo;
        return result;
    }
    if (const Reason r = MailboxAccess::checkWritable(m_path); r != Reason::None) {
        return readOnly(r);
    }

    // An interrupted in-place rewrite's recovery copy holds messages this mailbox lacks: nothing
    // is written over it until it is dealt with (MboxRecovery, when the mailbox is opened). Refused
    // before locking: our lock would remove the dead rewriter's, which shows MboxRecovery that
    // nobody wrote to the mailbox since. (A live rewrite's copy: its lock makes us wait below.)
    const QString recoveryDir = m_recoveryDir.isEmpty() ? defaultRecoveryDirectory() : m_recoveryDir;
    for (const MboxRecovery::Record &pending : MboxRecovery::find(m_path, recoveryDir)) {
        if (QFileInfo::exists(pending.copyPath) && pending.writer.state() != LockOwner::State::Alive) {
            return failed(QCoreApplication::translate("MboxRewriter",
                                                      "%1 was left unchanged: an interrupted rewrite of it left the "
                                                      "recovery copy %2. Open the mailbox again to finish that "
                                                      "rewrite, or deal with the copy first.")
                              .arg(m_path, pending.copyPath));
        }
    }

    MailboxLock lock(m_path, m_lockMethods);
    switch (lock.lock(m_attempts, m_delay)) {
    case MailboxLock::Result::Locked:
        break;
    case MailboxLock::Result::Busy:
        return readOnly(Reason::LockedByOther);
    case MailboxLock::Result::Failed:
        // No way to make the lock Postfix respects (e.g. the dotlockfile helper is missing or
        // refused): never write without it.
        if (::access(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), W_OK) != 0) {
            return readOnly(Reason::DirectoryNotWritable,
                            MailboxAccess::reasonText(Reason::DirectoryNotWritable) + QLatin1Char(' ')
                                + lock.errorString());
        }
        return failed(lock.errorString());
    }

    struct stat st {};
    if (::fstat(lock.fd(), &st) != 0) {
        return failed(QCoreApplication::translate("MboxRewriter", "Cannot read the mailbox %1: %2")
                          .arg(m_path, errnoText(errno)));
    }
    if (quint64(st.st_dev) != device || quint64(st.st_ino) != inode) {
        return readOnly(Reason::ChangedOnDisk);
    }
    const qint64 size = st.st_size;
    const Mapping map(lock.fd(), size);
    if (!map.ok()) {
        return failed(QCoreApplication::translate("MboxRewriter", "Cannot read the mailbox %1: %2")
                          .arg(m_path, errnoText(errno)));
    }
    const QByteArrayView data = map.view();

    // Re-check under the lock: every indexed message must still start where it did, and the
    // messages after the indexed ones are new deliveries. The first line sets the separator rule
    // (MboxFormat): the checks of what is written below read it by the rule it will be read by.
    MboxFormat::Separators separators = MboxFormat::Separators::Dated;
    MboxFormat::firstMessage(data, &separators);
    const QList<qint64> starts = MboxFormat::messageStarts(data, separators);
    if (starts.size() < count) {
        return readOnly(Reason::ChangedOnDisk);
    }
    for (qsizetype i = 0; i < count; ++i) {
        const MessageEntry &e = table.entry(i);
        if (starts.at(i) != e.offset) {
            return readOnly(Reason::ChangedOnDisk);
        }
        const qint64 end = i + 1 < starts.size() ? starts.at(i + 1) : size;
        // The last indexed message may have grown since indexing: it was being delivered, and its
        // index entry (subject, flags, length) describes only its beginning. Copied verbatim that is
        // harmless; removed or rewritten, it would take the rest of that delivery with it.
        if ((i + 1 < count || action.at(i) != 0) && end != e.offset + e.length) {
            return readOnly(Reason::ChangedOnDisk);
        }
    }
    result.arrived = int(starts.size() - count);

    // A mailbox that starts with a dateless From_ line is read by the dateless rule, and only as
    // long as it does (MboxFormat). Removing the messages in front of a dated one would make the
    // dateless messages after it part of the message before them: refused before anything is
    // written (the check of the written file would refuse it too, less clearly).
    if (separators == MboxFormat::Separators::Dateless) {
        auto removed = [&](qsizetype i) {
            return i < count && action.at(i) == 2;
        };
        auto dated = [&](qsizetype i) {
            return MboxFormat::isFromLine(data.sliced(starts.at(i), std::min<qint64>(size - starts.at(i), 1001)));
        };
        qsizetype firstKept = 0;
        while (firstKept < starts.size() && removed(firstKept)) {
            ++firstKept;
        }
        if (firstKept > 0 && firstKept < starts.size() && dated(firstKept)) {
            for (qsizetype i = firstKept + 1; i < starts.size(); ++i) {
                if (!removed(i) && !dated(i)) {
                    return failed(QCoreApplication::translate(
                                      "MboxRewriter",
                                      "%1 was left unchanged: without its first message, the messages whose "
                                      "\"From \" line has no date would be read as part of the message before them.")
                                      .arg(m_path));
                }
            }
        }
    }

    // Writes the messages from index `from` on (changed ones with new headers, removed ones
    // left out, messages delivered since indexing verbatim); counts what it wrote.
    auto writeMessages = [&](Writer &writer, qsizetype from, qsizetype *expectedMessages) {
        for (qsizetype i = from; i < starts.size(); ++i) {
            const qint64 begin = starts.at(i);
            const qint64 end = i + 1 < starts.size() ? starts.at(i + 1) : size;
            const QByteArrayView message = data.sliced(begin, end - begin);
            const quint8 what = i < count ? action.at(i) : 0;
            if (what == 2) {
                ++result.removed;
                continue;
            }
            ++*expectedMessages;
            if (what == 1) {
                const MessageEntry &e = table.entry(i);
                const qsizetype headerEnd = std::min<qint64>(e.headerLength, message.size());
                QByteArray headers;
                if (rewriteHeaders(message.first(headerEnd), MessageStatus::Flags(e.flags), &headers)) {
                    writer.write(headers);
                    writer.write(message.sliced(headerEnd));
                    ++result.rewritten;
                    continue;
                }
            }
            writer.write(message);
        }
    };

    const QFileInfo info(m_path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const QByteArray base = QFile::encodeName(info.fileName());
    const QByteArray suffix = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const bool inPlace
        = m_strategy == Strategy::InPlace || (m_strategy == Strategy::Auto && ::access(dir.constData(), W_OK) != 0);

    if (inPlace) {
        // Everything before the first changed message stays where it is.
        qsizetype first = 0;
        while (first < count && action.at(first) == 0) {
            ++first;
        }
        const qint64 keep = starts.at(first);
        if (!QDir().mkpath(recoveryDir)) {
            return failed(
                QCoreApplication::translate("MboxRewriter", "Cannot create the folder %1 for the recovery copy.")
                    .arg(recoveryDir));
        }
        const QByteArray recoveryFile = QFile::encodeName(recoveryDir) + '/' + base + '-'
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")).toLatin1() + '-' + suffix
            + ".mbox-tail";
        const int rfd = ::open(recoveryFile.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (rfd < 0) {
            return failed(QCoreApplication::translate("MboxRewriter", "Cannot create the recovery copy %1: %2")
                              .arg(QFile::decodeName(recoveryFile), errnoText(errno)));
        }
        MAILROOM_STOP_POINT("mboxrewriter.recovery-created");
        // What the copy belongs to, written next to it before the mailbox is touched (MboxRecovery).
        MboxRecovery::Record record;
        record.copyPath = QFile::decodeName(recoveryFile);
        record.mailbox = info.absoluteFilePath();
        record.device = st.st_dev;
        record.inode = st.st_ino;
        record.mailboxSize = size;
        record.offset = keep;
        record.lockDevice = lock.dotLockDevice();
        record.lockInode = lock.dotLockInode();
        record.writer = LockOwner::current();
        record.created = QDateTime::currentDateTimeUtc();
        bool described = false;
        auto dropRecovery = [&] {
            ::close(rfd);
            if (described) {
                MboxRecovery::remove(record);
            } else {
                ::unlink(recoveryFile.constData());
            }
        };
        Writer writer(rfd);
        qsizetype expectedTail = 0;
        writeMessages(writer, first, &expectedTail);
        if (!writer.flush() || ::fsync(rfd) != 0) {
            const int err = writer.error() ? writer.error() : errno;
            dropRecovery();
            return failed(QCoreApplication::translate("MboxRewriter", "Cannot write the recovery copy %1: %2")
                              .arg(QFile::decodeName(recoveryFile), errnoText(err)));
        }
        const qint64 tailSize = writer.written();
        {
            // Behind a kept first message the tail is read by the mailbox's rule; from the start
            // of the file (the first message changed or removed), by its own first line's.
            const Mapping written(rfd, tailSize);
            if (!written.ok()
                || (first > 0 ? MboxFormat::messageStarts(written.view(), separators)
                              : MboxFormat::messageStarts(written.view()))
                        .size()
                    != expectedTail) {
                dropRecovery();
                return failed(QCoreApplication::translate(
                                  "MboxRewriter", "The rewritten mailbox did not check out; %1 was left unchanged.")
                                  .arg(m_path));
            }
            auto sha256 = [](QByteArrayView bytes) {
                return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            };
            record.copySize = tailSize;
            record.copySha256 = sha256(written.view());
            // The last MiB before the offset stands for the head (hashing all of a large spool
            // for a change near its end would cost more than the rewrite).
            record.headCheckFrom = std::max<qint64>(0, keep - (1 << 20));
            record.headSha256 = sha256(data.sliced(record.headCheckFrom, keep - record.headCheckFrom));
            record.oldTailSha256 = sha256(data.sliced(keep));
        }
        if (QString error; !MboxRecovery::write(record, &error)) {
            dropRecovery();
            return failed(error);
        }
        described = true;
        lock.touch();
        MAILROOM_STOP_POINT("mboxrewriter.recovery-written");
        // From here on the mailbox changes: on any failure the recovery file stays.
        auto keepRecovery = [&](const QString &what) {
            ::close(rfd);
            result.recoveryPath = QFile::decodeName(recoveryFile);
            return failed(
                QCoreApplication::translate(
                    "MboxRewriter",
                    "%1 The mailbox is unchanged up to byte %2; everything after that, as it should be, is in %3.")
                    .arg(what, QString::number(keep), result.recoveryPath));
        };
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 copied = 0;
        while (copied < tailSize) {
            const ssize_t n
                = ::pread(rfd, buffer.data(), size_t(std::min<qint64>(buffer.size(), tailSize - copied)), copied);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                return keepRecovery(QCoreApplication::translate("MboxRewriter", "Cannot read the recovery copy: %1.")
                                        .arg(errnoText(n < 0 ? errno : EIO)));
            }
            qint64 done = 0;
            while (done < n) {
                const ssize_t w
                    = ::pwrite(lock.fd(), buffer.constData() + done, size_t(n - done), keep + copied + done);
                if (w < 0) {
                    if (errno == EINTR) {
                        continue;
                    }
                    return keepRecovery(QCoreApplication::translate("MboxRewriter", "Cannot write the mailbox %1: %2.")
                                            .arg(m_path, errnoText(errno)));
                }
                done += w;
            }
            copied += n;
            MAILROOM_STOP_POINT("mboxrewriter.tail-copying");
        }
        if (::ftruncate(lock.fd(), keep + tailSize) != 0 || ::fsync(lock.fd()) != 0) {
            return keepRecovery(QCoreApplication::translate("MboxRewriter", "Cannot write the mailbox %1: %2.")
                                    .arg(m_path, errnoText(errno)));
        }
        MAILROOM_STOP_POINT("mboxrewriter.truncated");
        {
            const Mapping mailbox(lock.fd(), keep + tailSize);
            const Mapping copy(rfd, tailSize);
            // An empty tail (the last messages expunged) maps nothing: nothing to compare.
            if (!mailbox.ok() || !copy.ok()
                || (tailSize > 0
                    && std::memcmp(mailbox.view().data() + keep, copy.view().data(), size_t(tailSize)) != 0)) {
                return keepRecovery(
                    QCoreApplication::translate("MboxRewriter",
                                                "The rewritten mailbox %1 did not compare equal to its recovery copy.")
                        .arg(m_path));
            }
        }
        dropRecovery();
        lock.unlock();
        result.outcome = Outcome::Written;
        return result;
    }

    removeInterruptedRewrites(dir, base);
    // The new file, next to the old one so rename() is atomic.
    const QByteArray tempPath = dir + "/." + base + ".mailroom-new-" + suffix;
    const QByteArray recoveryPath = dir + "/." + base + ".mailroom-recovery-" + suffix;
    const int out = ::open(tempPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (out < 0) {
        return failed(QCoreApplication::translate("MboxRewriter", "Cannot create a temporary file next to %1: %2")
                          .arg(m_path, errnoText(errno)));
    }
    auto abandon = [&](const QString &message) {
        ::close(out);
        ::unlink(tempPath.constData());
        return failed(message);
    };
    struct stat outSt {};
    ::fstat(out, &outSt);
    if ((outSt.st_uid != st.st_uid || outSt.st_gid != st.st_gid) && ::fchown(out, st.st_uid, st.st_gid) != 0) {
        return abandon(QCoreApplication::translate("MboxRewriter",
                                                   "Cannot give the rewritten mailbox the owner and group of %1: %2")
                           .arg(m_path, errnoText(errno)));
    }
    if (::fchmod(out, st.st_mode & 07777) != 0) {
        return abandon(
            QCoreApplication::translate("MboxRewriter", "Cannot give the rewritten mailbox the permissions of %1: %2")
                .arg(m_path, errnoText(errno)));
    }
    MAILROOM_STOP_POINT("mboxrewriter.temporary-created");

    Writer writer(out);
    qsizetype expectedMessages = 0;
    if (!starts.isEmpty() && starts.constFirst() > 0) {
        writer.write(data.first(starts.constFirst())); // leading blank lines, kept as they were
    }
    writeMessages(writer, 0, &expectedMessages);
    if (!writer.flush() || ::fsync(out) != 0) {
        const int err = writer.error() ? writer.error() : errno;
        return abandon(QCoreApplication::translate("MboxRewriter", "Cannot write the rewritten mailbox %1: %2")
                           .arg(m_path, errnoText(err)));
    }

    // Check what was written before it replaces anything.
    {
        struct stat check {};
        ::fstat(out, &check);
        const int rfd = ::open(tempPath.constData(), O_RDONLY | O_CLOEXEC);
        const Mapping written(rfd, check.st_size);
        if (rfd >= 0) {
            ::close(rfd);
        }
        // Read by its own first line's rule, as the next reader will read it.
        if (rfd < 0 || !written.ok() || check.st_size != writer.written()
            || MboxFormat::messageStarts(written.view()).size() != expectedMessages) {
            return abandon(QCoreApplication::translate(
                               "MboxRewriter", "The rewritten mailbox did not check out; %1 was left unchanged.")
                               .arg(m_path));
        }
    }
    ::close(out);
    MAILROOM_STOP_POINT("mboxrewriter.temporary-written");

    const bool haveRecovery = ::link(QFile::encodeName(m_path).constData(), recoveryPath.constData()) == 0;
    MAILROOM_STOP_POINT("mboxrewriter.recovery-linked");
    if (::rename(tempPath.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int err = errno;
        ::unlink(tempPath.constData());
        if (haveRecovery) {
            ::unlink(recoveryPath.constData());
        }
        return failed(QCoreApplication::translate("MboxRewriter", "Cannot replace the mailbox %1: %2")
                          .arg(m_path, errnoText(err)));
    }
    fsyncDirectory(dir);
    MAILROOM_STOP_POINT("mboxrewriter.renamed");
    if (haveRecovery) {
        ::unlink(recoveryPath.constData());
        fsyncDirectory(dir);
    }
    lock.unlock();
    result.outcome = Outcome::Written;
    return result;
}

} // namespace Mailroom
