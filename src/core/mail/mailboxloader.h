// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messageentry.h"

#include <QObject>
#include <QSemaphore>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Mailroom {

class MboxIndexer;

// Indexes a mailbox (mbox file or Maildir) in a worker thread and delivers the entries in
// batches to the thread that owns the loader: a small first batch so the list shows rows at
// once, then larger ones, with progress and cancel. refresh() indexes only what was appended
// to an mbox since the last run (new mail), or everything when the file was rewritten.
// Opening an mbox first deals with the recovery copies an interrupted rewrite of it left
// (MboxRecovery::check, finishing the rewrite where that is safe); recoveryNotice() tells the user.
//
//     connect(loader, &MailboxLoader::batchReady, model, &MessageListModel::applyBatch);
class MailboxLoader : public QObject
{
    Q_OBJECT
public:
    explicit MailboxLoader(QObject *parent = nullptr);
    ~MailboxLoader() override;

    // Starts indexing path from scratch (cancelling a running job).
    void open(const QString &path);
    // Brings the index up to date with the file (incremental for mbox). No-op while running.
    void refresh();
    void cancel();
    bool isRunning() const;
    // Waits for the running job (for command-line use and tests). False on timeout.
    bool waitForFinished(int msecs = -1);

    QString path() const { return m_path; }
    bool isMaildir() const { return m_maildir; }
    // Identity of the indexed mbox file (for MboxRewriter); valid after finished().
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }

    void setBatchSizes(qsizetype first, qsizetype later);
    // Where MboxRewriter keeps recovery copies (default: MboxRewriter::defaultRecoveryDirectory()).
    void setRecoveryDirectory(const QString &dir) { m_recoveryDir = dir; }
    // After finished() of open() (refresh() clears it): what the check of recovery copies found,
    // translated (empty: nothing to tell), and whether a copy still needs the user.
    QString recoveryNotice() const { return m_recoveryNotice; }
    bool recoveryNeedsAttention() const { return m_recoveryNeedsAttention; }

Q_SIGNALS:
    void batchReady(const Mailroom::MessageBatch &batch);
    void progress(qint64 done, qint64 total);
    // ok false with a translated error (also when cancelled). `changed` tells whether anything
    // new was found.
    void finished(bool ok, const QString &error);

private:
    void start(bool fromScratch);
    void unpace();
    void onThreadFinished();

    QString m_path;
    bool m_maildir = false;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qsizetype m_firstBatch = 200;
    qsizetype m_batch = 5000;
    std::unique_ptr<MboxIndexer> m_indexer;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    // Batches the worker may hand over before this thread has applied them (see start()).
    std::shared_ptr<QSemaphore> m_queueSlots;
    bool m_ok = false;
    QString m_error;
    QString m_recoveryDir;
    QString m_recoveryNotice;
    bool m_recoveryNeedsAttention = false;
};

} // namespace Mailroom
