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
    // The totals on a second thread: on two cores, reading takes the time of the slower half.
    builder.setSummary(summary.get(), true);
    builder.setTrackCompleted(true);
    std::vector<char> reported;
    auto rowsFor = [&](const QList<quint32> &heads) {
        QList<JourneyRow> rows;
        rows.reserve(heads.size());
        const LogIndex &index = builder.index();
        reported.resize(index.journeys().size(), 0);
        for (quint32 head : heads) {
            if (!reported[head]) {
                reported[head] = 1;
                rows.append(index.row(head));
            }
        }
        return rows;
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
            const QList<JourneyRow> rows = rowsFor(builder.takeCompletedChains());
            if (!rows.isEmpty()) {
                Q_EMIT batchReady(shared, rows);
            }
            Q_EMIT progress(done, total);
        }
    }
    // Messages still in the queue when the log ends.
    QList<quint32> open;
    const LogIndex &index = builder.index();
    for (quint32 j = 0; j < index.journeys().size(); ++j) {
        if (index.journeys()[j].previousHop == Journey::None) {
            open.append(j);
        }
    }
    const QList<JourneyRow> rows = rowsFor(open);
    if (!rows.isEmpty()) {
        Q_EMIT batchReady(shared, rows);
    }
    Q_EMIT progress(total, total);
    if (!m_followable) {
        Q_EMIT finished(builder.finish(), summary);
        return;
    }
    builder.setTrackCompleted(false);
    auto follower = std::make_shared<LogFollower>(sources, std::move(builderOwner), summary);
    follower->moveToThread(m_owner);
    Q_EMIT finished(follower->index(), summary);
    Q_EMIT followerReady(follower);
}

} // namespace Mailroom
