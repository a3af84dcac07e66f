// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxloader.h"

#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/mboxrecovery.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QThread>

#include <memory>

namespace Mailroom {

MailboxLoader::MailboxLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Mailroom::MessageBatch>();
}

MailboxLoader::~MailboxLoader()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MailboxLoader::setBatchSizes(qsizetype first, qsizetype later)
{
    m_firstBatch = first;
    m_batch = later;
}

void MailboxLoader::open(const QString &path)
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_path = path;
    m_maildir = QFileInfo(path).isDir();
    m_indexer.reset(m_maildir ? nullptr : new MboxIndexer(path));
    if (m_indexer) {
        m_indexer->setBatchSizes(m_firstBatch, m_batch);
        // This thread applies the batches meanwhile (measured on two busy cores: longest UI
        // stall 95-104 ms with the worker, 52 ms without, and the whole load faster).
        m_indexer->setEntryWorker(false);
    }
    start(true);
}

void MailboxLoader::refresh()
{
    if (isRunning() || m_path.isEmpty()) {
        return;
    }
    if (m_thread) {
        delete m_thread;
        m_thread = nullptr;
    }
    start(m_maildir);
}

void MailboxLoader::cancel()
{
    m_cancel = true;
    unpace();
}

void MailboxLoader::unpace()
{
    if (m_queueSlots) {
        // A worker waiting for a slot goes on (and stops, when cancelled).
        m_queueSlots->release(1 << 24);
    }
}

bool MailboxLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool MailboxLoader::waitForFinished(int msecs)
{
    if (!m_thread) {
        return true;
    }
    unpace(); // no event loop runs here to take the batches
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}

void MailboxLoader::start(bool fromScratch)
{
    m_cancel = false;
    m_ok = false;
    m_error.clear();
    m_recoveryNotice.clear(); // told once, after the open that found it
    m_recoveryNeedsAttention = false;
    const bool checkRecovery = fromScratch && !m_maildir;
    const QString recoveryDir = m_recoveryDir;
    MboxIndexer *indexer = m_indexer.get();
    const QString path = m_path;
    const qsizetype first = m_firstBatch;
    const qsizetype later = m_batch;
    const qint64 total = m_maildir ? 0 : QFileInfo(path).size();
    // Everything the worker hands over goes through queued calls into this object's thread, so
    // the model only ever sees complete batches, in order, followed by finished().
    // At most two batches wait in the event queue: the indexer's second thread finishes many at
    // once, and a queue of them would be applied in one go, stalling this thread.
    // The worker waits without a deadline: cancel() and waitForFinished() release it (a timed
    // wait would also be a futex deadline on CLOCK_MONOTONIC, which tools/sandbox's libfaketime
    // shifts by years).
    m_queueSlots = std::make_shared<QSemaphore>(2);
    auto deliver = [this, total, queueSlots = m_queueSlots](MessageBatch &&batch) {
        queueSlots->acquire();
        const qint64 done
            = batch.entries.isEmpty() ? 0 : batch.entries.constLast().offset + batch.entries.constLast().length;
        QMetaObject::invokeMethod(
            this,
            [this, b = std::move(batch), done, total, queueSlots]() {
                queueSlots->release();
                Q_EMIT batchReady(b);
                if (total > 0) {
                    Q_EMIT progress(done, total);
                }
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, indexer, path, first, later, deliver, checkRecovery, recoveryDir] {
        if (checkRecovery) {
            // Before indexing: finishing an interrupted rewrite changes what there is to index.
            const auto outcomes = MboxRecovery::check(path, MboxRecovery::Mode::Finish, recoveryDir);
            m_recoveryNotice = MboxRecovery::describe(outcomes);
            m_recoveryNeedsAttention = MboxRecovery::needsAttention(outcomes);
        }
        if (indexer) {
            m_ok = indexer->update(deliver, &m_cancel);
            m_error = m_ok ? QString() : indexer->errorString();
            m_device = indexer->device();
            m_inode = indexer->inode();
        } else {
            MaildirStore store(path);
            m_ok = store.load(deliver, &m_cancel, first, later);
            m_error = store.errorString();
        }
    });
    m_thread->setObjectName(QStringLiteral("MailboxLoader"));
    connect(m_thread, &QThread::finished, this, &MailboxLoader::onThreadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void MailboxLoader::onThreadFinished()
{
    Q_EMIT finished(m_ok, m_error);
}

} // namespace Mailroom
