// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mboxindexer.h"

#include "mail/headerindex.h"
#include "mail/maildate.h"
#include "mail/mboxformat.h"
#include "mail/mboxscanner.h"
#include "mail/messagestatus.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Mailroom {

namespace {
constexpr qint64 headBytes = 4096;
// Below this, a second thread costs more than it saves.
constexpr qint64 parallelBytes = 16 << 20;

// Joins a thread when the scope ends, however it ends.
struct JoinOnExit
{
    std::thread &thread;
    ~JoinOnExit()
    {
        if (thread.joinable()) {
            thread.join();
        }
    }
};

quint64 fnv(QByteArrayView data)
{
    quint64 h = 14695981039346656037ULL;
    for (char c : data) {
        h ^= uchar(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// A shared kernel lock for as long as the file is mapped: in-place rewriters (ours for the user's
// own spool, mutt's, s-nail's) hold an exclusive lock while they shorten the file, which would
// otherwise fault this scan. Postfix only appends, and holds its lock for milliseconds. Gives up
// waiting after a few seconds (then the scan goes on unlocked, as it always did) or on cancel.
void holdReadLock(int fd, const std::atomic_bool *cancel)
{
#ifdef F_OFD_SETLK
    struct flock fl {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    for (int attempt = 0; attempt < 250; ++attempt) {
        if (::fcntl(fd, F_OFD_SETLK, &fl) == 0 || (errno != EAGAIN && errno != EACCES)) {
            return;
        }
        if (cancel && cancel->load()) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
#else
    Q_UNUSED(fd);
    Q_UNUSED(cancel);
#endif
}
} // namespace

MboxIndexer::MboxIndexer(const QString &path)
    : m_path(path)
{ }

void MboxIndexer::setBatchSizes(qsizetype first, qsizetype later)
{
    m_firstBatch = std::max<qsizetype>(1, first);
    m_batch = std::max<qsizetype>(1, later);
}

bool MboxIndexer::fail(Error e, const QString &message)
{
    m_error = e;
    m_errorString = message;
    return false;
}

MessageEntry MboxIndexer::makeEntry(QByteArrayView data, qint64 start, qint64 end, bool last, QByteArray &pool)
{
    MessageEntry e;
    e.offset = start;
    e.length = end - start;
    const char *const p = data.data() + start;
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - start)));
    const qint64 fromLineLength = nl ? (nl - p) + 1 : end - start;
    bool complete = false;
    const qsizetype headerLength
        = HeaderIndex::fill(QByteArrayView(p + fromLineLength, e.length - fromLineLength), &e, pool, &complete);
    e.headerLength = quint32(std::min<qint64>(fromLineLength + headerLength, 0xffffffffLL));
    if (e.date == 0) {
        e.date = MailDate::parseFromLine(QByteArrayView(p, fromLineLength));
    }
    if (last && (!complete || data[end - 1] != '\n')) {
        e.flags |= MessageStatus::Incomplete;
    }
    return e;
}

bool MboxIndexer::update(const BatchSink &sink, const std::atomic_bool *cancel)
{
    m_error = Error::None;
    m_errorString.clear();
    m_lastChange = Change::None;

    QFile file(m_path);
    if (!file.exists()) {
        return fail(Error::NotFound,
                    QCoreApplication::translate("MboxIndexer", "The mailbox %1 does not exist.").arg(m_path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Unreadable,
                    QCoreApplication::translate("MboxIndexer", "Cannot read the mailbox %1: %2")
                        .arg(m_path, file.errorString()));
    }
    holdReadLock(file.handle(), cancel); // released when file closes
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0) {
        return fail(Error::Unreadable,
                    QCoreApplication::translate("MboxIndexer", "Cannot read the mailbox %1: %2")
                        .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (S_ISDIR(st.st_mode)) {
        return fail(Error::NotMbox,
                    QCoreApplication::translate("MboxIndexer", "%1 is a directory, not an mbox file.").arg(m_path));
    }
    const qint64 size = st.st_size;
    const uchar *map = nullptr;
    if (size > 0) {
        map = file.map(0, size);
        if (!map) {
            return fail(Error::Unreadable,
                        QCoreApplication::translate("MboxIndexer", "Cannot read the mailbox %1: %2")
                            .arg(m_path, file.errorString()));
        }
        ::posix_madvise(const_cast<uchar *>(map), size_t(size), POSIX_MADV_SEQUENTIAL);
    }
    const QByteArrayView data(reinterpret_cast<const char *>(map), size);

    // Decide between "nothing new", "appended" and "rewritten".
    bool rewritten = m_count > 0 || m_indexedSize > 0;
    if (rewritten && quint64(st.st_dev) == m_device && quint64(st.st_ino) == m_inode && size >= m_indexedSize) {
        const bool sameHead = fnv(data.first(m_headLength)) == m_headHash;
        const bool lastStillThere = m_lastOffset < 0
            || (m_lastOffset + 5 <= size && data.sliced(m_lastOffset).startsWith("From ")
                && (m_lastOffset == 0 || data[m_lastOffset - 1] == '\n'));
        rewritten = !(sameHead && lastStillThere);
    }
    if (!rewritten && size == m_indexedSize && m_count > 0) {
        return true; // unchanged
    }

    qint64 pos = 0;
    qsizetype firstIndex = 0;
    bool reset = false;
    if (rewritten) {
        reset = true;
        m_lastChange = Change::Rewritten;
        m_count = 0;
        m_lastOffset = -1;
        m_indexedSize = 0;
    } else if (m_lastOffset >= 0) {
        // The last message may have grown while being delivered: index it again.
        pos = m_lastOffset;
        firstIndex = m_count - 1;
        m_lastChange = Change::Appended;
    }
    m_device = st.st_dev;
    m_inode = st.st_ino;
    m_headLength = std::min(size, headBytes);
    m_headHash = fnv(data.first(m_headLength));

    if (pos == 0 && m_count == 0) {
        pos = MboxFormat::firstMessage(data, &m_separators);
        if (pos < 0) {
            if (reset) {
                sink(MessageBatch {0, true, {}, {}});
            }
            return fail(Error::NotMbox,
                        QCoreApplication::translate(
                            "MboxIndexer", "%1 is not an mbox mailbox (it does not start with a \"From \" line).")
                            .arg(m_path));
        }
    }
    const MboxFormat::Separators separators = m_separators;

    MessageBatch batch;
    batch.firstIndex = firstIndex;
    batch.reset = reset;
    qsizetype limit = (m_count == 0) ? m_firstBatch : m_batch;
    auto flush = [&](bool force) {
        if (batch.entries.isEmpty() && !batch.reset && !force) {
            return;
        }
        const qsizetype n = batch.entries.size();
        const qsizetype first = batch.firstIndex;
        if (!batch.entries.isEmpty()) {
            m_lastOffset = batch.entries.constLast().offset;
            m_indexedSize = batch.entries.constLast().offset + batch.entries.constLast().length;
        }
        m_count = first + n;
        sink(std::move(batch));
        batch = MessageBatch {};
        batch.firstIndex = m_count;
        limit = m_batch;
    };
    auto cancelled = [&] {
        flush(false);
        return fail(Error::Cancelled, QCoreApplication::translate("MboxIndexer", "Indexing was cancelled."));
    };
    auto isCancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    // The first rows at once, straight from the map; a small append ends here too.
    const qint64 firstPart = std::min(size, pos + qint64(parallelBytes));
    while (pos >= 0 && pos < size && batch.entries.size() < m_firstBatch) {
        const qint64 next = MboxFormat::nextMessage(data.first(firstPart), pos + 5, separators);
        if (firstPart < size && (next < 0 || next + 1008 > firstPart)) {
            break; // a longer message, or a From_ line cut by firstPart: the scan below judges it
        }
        batch.entries.append(makeEntry(data, pos, next < 0 ? size : next, next < 0, batch.pool));
        pos = next;
    }
    if (pos >= 0 && pos < size) {
        flush(false);
        // The rest: the separators found with ordinary reads on both cores (MboxScanner), then
        // the entries from the map, which now only touches each message's header pages, half
        // of them by a worker whose batches are handed on after this thread's own.
        QList<qint64> starts {pos};
        if (!MboxScanner::scanAll(file.handle(), pos + 1, size, separators, &starts, cancel)) {
            if (isCancelled()) {
                return cancelled();
            }
            starts = {pos}; // a read error: the map finds them too
            for (qint64 p = MboxFormat::nextMessage(data, pos + 5, separators); p >= 0;
                 p = MboxFormat::nextMessage(data, p + 5, separators)) {
                starts.append(p);
            }
        }
        const qsizetype n = starts.size();
        auto endOf = [&](qsizetype i) {
            return i + 1 < n ? starts.at(i + 1) : size;
        };
        qsizetype split = n;
        std::vector<MessageBatch> tail;
        std::thread worker;
        const JoinOnExit joiner {worker};
        if (m_entryWorker && size - pos >= parallelBytes && n >= 2 && std::thread::hardware_concurrency() > 1) {
            split = n / 2;
            const qsizetype workerBatch = m_batch;
            worker = std::thread([&, split, workerBatch] {
                // Sized once: a growing list would leave its old blocks in this thread's arena.
                MessageBatch b;
                b.entries.reserve(std::min(workerBatch, n - split));
                for (qsizetype i = split; i < n; ++i) {
                    if ((i & 1023) == 0 && isCancelled()) {
                        return;
                    }
                    b.entries.append(makeEntry(data, starts.at(i), endOf(i), i + 1 == n, b.pool));
                    if (b.entries.size() >= workerBatch) {
                        tail.push_back(std::move(b));
                        b = MessageBatch {};
                        b.entries.reserve(std::min(workerBatch, n - i - 1));
                    }
                }
                if (!b.entries.isEmpty()) {
                    tail.push_back(std::move(b));
                }
            });
        }
        for (qsizetype i = 0; i < split; ++i) {
            if ((i & 1023) == 0 && isCancelled()) {
                return cancelled();
            }
            batch.entries.append(makeEntry(data, starts.at(i), endOf(i), i + 1 == n, batch.pool));
            if (batch.entries.size() >= limit) {
                flush(false);
            }
        }
        if (worker.joinable()) {
            worker.join();
            if (isCancelled()) {
                return cancelled();
            }
            flush(false);
            for (MessageBatch &b : tail) {
                batch.entries = std::move(b.entries);
                batch.pool = std::move(b.pool);
                flush(false);
            }
        }
    }
    flush(reset);
    if (m_count == 0) {
        m_indexedSize = size; // empty mailbox (or blank lines only)
    }
    return true;
}

QByteArray MboxIndexer::readMessage(const QString &path, const MessageEntry &entry, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("MboxIndexer", "Cannot read the mailbox %1: %2")
                         .arg(path, file.errorString());
        }
        return {};
    }
    if (!file.seek(entry.offset)) {
        if (error) {
            *error = QCoreApplication::translate("MboxIndexer", "The mailbox %1 changed on disk; reload it.").arg(path);
        }
        return {};
    }
    const QByteArray stored = file.read(entry.length);
    if (stored.size() != entry.length || !stored.startsWith("From ")) {
        if (error) {
            *error = QCoreApplication::translate("MboxIndexer", "The mailbox %1 changed on disk; reload it.").arg(path);
        }
        return {};
    }
    return MboxFormat::toRfc5322(stored);
}

} // namespace Mailroom
