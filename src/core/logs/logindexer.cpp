// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logindexer.h"

#include "logs/journeybuilder.h"
#include "logs/logfollower.h"
#include "logs/logindex.h"
#include "logs/logsourceset.h"
#include "logs/logsummary.h"

#include <QThread>

namespace Mailroom {

LogIndexer::LogIndexer(QObject *parent)
    : QObject(parent)
{ }

LogIndexer::~LogIndexer()
{
    cancel();
    wait();
}

bool LogIndexer::start(const QStringList &files, QDate referenceDate)
{
    if (isRunning()) {
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_owner = QThread::currentThread();
    m_thread = QThread::create([this, files, referenceDate] { run(files, referenceDate); });
    m_thread->setObjectName(QStringLiteral("LogIndexer"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void LogIndexer::cancel()
{
    m_cancel = true;
}

bool LogIndexer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool LogIndexer::wait(int msecs)
{
    if (!m_thread) {
        return true;
    }
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}

// Runs on the worker thread. Signals are emitted from here and queued to the receivers' threads;
// everything they carry is immutable or a copy.
void LogIndexer::run(const QStringList &files, QDate referenceDate)
{
    auto sources = std::make_shared<LogSourceSet>();
    for (const QString &file : files) {
        QString error;
        if (!sources->addFile(file, &error)) {
            Q_EMIT failed(error);
            return;
        }
        if (m_cancel) {
            Q_EMIT canceled();
            return;
        }
    }
    const std::shared_ptr<const LogSourceSet> shared = sources;
    auto summary = std::make_shared<LogSummary>();
    auto builderOwner = std::make_unique<JourneyBuilder>(shared);
    JourneyBuilder &builder = *builderOwner;
    builder.setReferenceDate(referenceDate);
    // The totals first, on every core: the summary is there in half the time of the journeys
    // and the summary together, and the whole run is shorter than with the totals on a thread
    // of their own next to the grouping (which then shares the cores with them).
    builder.setSummary(summary.get());
    builder.summarizeNow(QThread::idealThreadCount(), &m_cancel);
    if (m_cancel) {
        Q_EMIT canceled();
        return;
    }
    Q_EMIT summaryReady(summary);
    builder.setTrackCompleted(true);
    // Rows handed over in batches are kept for the final list unless their message changed
    // afterwards (a session's last lines after a rejection, a late content-filter hop).
    builder.setTrackChanges(true);
    QList<JourneyRow> handedOver;
    std::vector<quint32> rowOfHead; // index in handedOver + 1; 0: none or out of date
    std::vector<quint32> changed;
    auto forgetChanged = [&] {
        builder.takeChangedJourneys(changed);
        const LogIndex &index = builder.index();
        for (quint32 j : changed) {
            const quint32 head = index.chainHead(j);
            if (head < rowOfHead.size()) {
                rowOfHead[head] = 0;
            }
        }
    };
    auto rowsFor = [&](const QList<quint32> &heads) {
        QList<JourneyRow> rows;
        rows.reserve(heads.size());
        const LogIndex &index = builder.index();
        rowOfHead.resize(index.journeys().size(), 0);
        for (quint32 head : heads) {
            rows.append(index.row(head));
            handedOver.append(rows.last()); // shares the row's lists
            rowOfHead[head] = quint32(handedOver.size());
        }
        return rows;
    };
    std::vector<char> reported; // each message goes into a batch once
    auto newRows = [&](const QList<quint32> &heads) {
        reported.resize(builder.index().journeys().size(), 0);
        QList<quint32> fresh;
        for (quint32 head : heads) {
            if (!reported[head]) {
                reported[head] = 1;
                fresh.append(head);
            }
        }
        return rowsFor(fresh);
    };

    const qint64 total = shared->totalSize();
    qint64 done = 0;
    for (int s = 0; s < shared->count(); ++s) {
        const qint64 size = shared->data(s).size();
        qint64 offset = 0;
        while (offset < size) {
            const qint64 next = builder.process(s, offset, m_chunkSize);
            done += next - offset;
            offset = next;
            if (m_cancel) {
                builder.cancel();
                Q_EMIT canceled();
                return;
            }
            forgetChanged();
            const QList<JourneyRow> rows = newRows(builder.takeCompletedChains());
            if (!rows.isEmpty()) {
                Q_EMIT batchReady(shared, rows);
            }
            Q_EMIT progress(done, total);
        }
    }
    forgetChanged();
    // Messages still in the queue when the log ends.
    QList<quint32> open;
    const LogIndex &index = builder.index();
    for (quint32 j = 0; j < index.journeys().size(); ++j) {
        if (index.journeys()[j].previousHop == Journey::None) {
            open.append(j);
        }
    }
    const QList<JourneyRow> rows = newRows(open);
    if (!rows.isEmpty()) {
        Q_EMIT batchReady(shared, rows);
    }
    // Every message's row, computed again only where it changed after being handed over.
    QList<JourneyRow> allRows;
    {
        const QList<quint32> heads = index.chainHeads();
        allRows.reserve(heads.size());
        rowOfHead.resize(index.journeys().size(), 0);
        for (quint32 head : heads) {
            // Each head once: a kept row can be moved.
            allRows.append(rowOfHead[head] ? std::move(handedOver[rowOfHead[head] - 1]) : index.row(head));
        }
        handedOver.clear();
    }
    builder.setTrackChanges(false);
    Q_EMIT progress(total, total);
    if (!m_followable) {
        Q_EMIT finished(builder.finish(), summary, allRows);
        return;
    }
    builder.setTrackCompleted(false);
    auto follower = std::make_shared<LogFollower>(sources, std::move(builderOwner), summary);
    follower->moveToThread(m_owner);
    Q_EMIT finished(follower->index(), summary, allRows);
    Q_EMIT followerReady(follower);
}

} // namespace Mailroom
