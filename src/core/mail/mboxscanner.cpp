// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mboxscanner.h"

#include <QByteArray>

#include <cerrno>
#include <thread>
#include <unistd.h>

namespace Mailroom {

namespace {
constexpr qint64 chunkBytes = 1 << 20;
// Before a chunk: the blank line in front of a "From " ("\r\n\r" before its '\n', and
// nextMessage wants one more). After it:
// the longest From_ line the rule looks at, so a separator near the end is judged as in the
// whole file.
constexpr qint64 before = 4;
constexpr qint64 after = 1008;
constexpr qint64 parallelBytes = 16 << 20;

bool readAt(int fd, char *to, qint64 length, qint64 offset)
{
    while (length > 0) {
        const ssize_t n = ::pread(fd, to, size_t(length), offset);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        to += n;
        length -= n;
        offset += n;
    }
    return true;
}
} // namespace

bool MboxScanner::scan(int fd, qint64 from, qint64 to, qint64 size, MboxFormat::Separators separators,
                       QList<qint64> *starts, const std::atomic_bool *cancel)
{
    QByteArray buffer(chunkBytes + before + after, Qt::Uninitialized);
    for (qint64 chunk = from; chunk < to; chunk += chunkBytes) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return false;
        }
        const qint64 end = std::min(to, chunk + chunkBytes);
        const qint64 readFrom = std::max<qint64>(0, chunk - before);
        const qint64 readTo = std::min(size, end + after);
        if (!readAt(fd, buffer.data(), readTo - readFrom, readFrom)) {
            return false;
        }
        const QByteArrayView view(buffer.constData(), readTo - readFrom);
        // nextMessage finds starts after `at`: from this chunk's first byte on.
        qint64 at = std::max<qint64>(0, chunk - readFrom - 1);
        while ((at = MboxFormat::nextMessage(view, at, separators)) >= 0) {
            const qint64 start = readFrom + at;
            if (start >= end) {
                break;
            }
            starts->append(start);
        }
    }
    return true;
}

bool MboxScanner::scanAll(int fd, qint64 from, qint64 size, MboxFormat::Separators separators, QList<qint64> *starts,
                          const std::atomic_bool *cancel)
{
    if (size - from < parallelBytes || std::thread::hardware_concurrency() < 2) {
        return scan(fd, from, size, size, separators, starts, cancel);
    }
    const qint64 middle = from + (size - from) / 2;
    QList<qint64> tail;
    bool tailOk = false;
    std::thread worker([&] { tailOk = scan(fd, middle, size, size, separators, &tail, cancel); });
    const bool headOk = scan(fd, from, middle, size, separators, starts, cancel);
    worker.join();
    if (!headOk || !tailOk) {
        starts->clear();
        return false;
    }
    starts->append(tail);
    return true;
}

} // namespace Mailroom
