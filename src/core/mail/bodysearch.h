// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messagetable.h"

#include <QBitArray>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QTimer;

namespace Mailroom {

// Full-text search over a mailbox in a worker thread: each message is read from the file (mbox or
// Maildir), decoded (MIME, charsets, HTML to text) and matched, so the thread that asked never
// waits. A new start() abandons the previous run (its result is dropped); cancel() stops it.
class BodySearch : public QObject
{
    Q_OBJECT
public:
    explicit BodySearch(QObject *parent = nullptr);
    ~BodySearch() override;

    // table is a snapshot of the index (MessageTable is implicitly shared: the copy is cheap).
    void start(const QString &path, bool maildir, const MessageTable &table, const QStringList &terms);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    // For tests and the command line: waits for the current run. False on timeout.
    bool waitForFinished(int msecs = 30000);

    // Whether every term occurs, case-insensitively, in the message's subject, from, to or text.
    static bool matches(const MessageTable &table, qsizetype entry, const QString &text, const QStringList &terms);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // matches.testBit(entry) for every entry of the table the run was started with.
    void finished(const QBitArray &matches, const QStringList &terms);
    void cancelled();

private:
    struct Run
    {
        std::atomic_bool cancel {false};
        std::atomic<qint64> done {0};
        qint64 total = 0;
    };
    std::shared_ptr<Run> m_run; // the current run; older ones finish on their own
    QTimer *m_progressTimer;
    int m_running = 0;
};

} // namespace Mailroom
