// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/mboxformat.h"
#include "mail/messageentry.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Mailroom {

// Indexes an mbox file through a read-only memory map, incrementally: a later update() reads only
// what was appended (a new delivery), and notices when the file was rewritten by someone else
// (other inode, smaller, different first bytes, or no message where the last one was) and then
// reindexes from the start. The map is released after each update, so the index never touches
// the file afterwards and a concurrent rewrite cannot fault the reader. A large scan uses a
// second thread for the part after a message boundary near the middle (joined before update()
// returns; the sink is only ever called in the calling thread, in file order).
class MboxIndexer
{
public:
    enum class Change
    {
        None,
        Appended,
        Rewritten
    };
    enum class Error
    {
        None,
        NotFound,
        Unreadable,
        NotMbox,
        Cancelled
    };
    using BatchSink = std::function<void(MessageBatch &&)>;

    explicit MboxIndexer(const QString &path);

    // Brings the index up to date and hands new entries to sink in batches (in this thread):
    // the first batch is small so a list can show rows at once.
    bool update(const BatchSink &sink, const std::atomic_bool *cancel = nullptr);

    QString path() const { return m_path; }
    Change lastChange() const { return m_lastChange; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    qsizetype messageCount() const { return m_count; }
    // Bytes of the file the index covers (all messages, the last one up to where it ended then).
    qint64 indexedSize() const { return m_indexedSize; }
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }

    void setBatchSizes(qsizetype first, qsizetype later);
    // Whether a large update builds half of its entries on a worker thread (default). A caller
    // whose own thread is busy meanwhile (the GUI applying batches) turns it off: on two cores
    // the third busy thread made the whole load slower and the UI thread's stalls longer.
    void setEntryWorker(bool on) { m_entryWorker = on; }

    // Reads one message (RFC 5322 bytes, From_ line and quoting removed) with ordinary reads,
    // checking that it is still where the index says. Empty + error on failure.
    static QByteArray readMessage(const QString &path, const MessageEntry &entry, QString *error = nullptr);
    // Builds one entry for the message data[start, end) of an mbox (shared with the rewriter).
    static MessageEntry makeEntry(QByteArrayView data, qint64 start, qint64 end, bool last, QByteArray &pool);

private:
    bool fail(Error e, const QString &message);

    QString m_path;
    Change m_lastChange = Change::None;
    Error m_error = Error::None;
    QString m_errorString;
    qsizetype m_count = 0;
    qint64 m_indexedSize = 0;
    qint64 m_lastOffset = -1;
    MboxFormat::Separators m_separators = MboxFormat::Separators::Dated;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    quint64 m_headHash = 0;
    qint64 m_headLength = 0;
    qsizetype m_firstBatch = 200;
    qsizetype m_batch = 5000;
    bool m_entryWorker = true;
};

} // namespace Mailroom
