// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journeyrow.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Mailroom {

class LogFollower;
class LogIndex;
class LogSourceSet;
class LogSummary;

// Indexes log files on a worker thread, so the GUI stays responsive on gigabyte logs. Counts the
// summary first (on every core) and hands it over, then reports progress, hands over finished
// journeys in batches while it reads, and the complete index at the end. cancel() stops it within one chunk (a few
// megabytes).
class LogIndexer : public QObject
{
    Q_OBJECT
public:
    explicit LogIndexer(QObject *parent = nullptr);
    ~LogIndexer() override; // cancels and waits for the worker

    // Starts reading; returns false if a run is still going. Files are read in the given order.
    bool start(const QStringList &files, QDate referenceDate = {});
    void cancel();
    bool isRunning() const;
    // Waits for the worker (tests, command line); true if it ended within the time.
    bool wait(int msecs = -1);

    // Bytes handed over per progress step and the journeys per batch (tests use small values).
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }
    // After the next run, also hand over a LogFollower that keeps the index current as the log
    // grows (followerReady(), emitted after finished(); it belongs to start()'s thread).
    void setFollowable(bool followable) { m_followable = followable; }

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // The pflogsumm-compatible totals, complete, before the journeys (counted first, on every
    // core); the same summary comes again with finished().
    void summaryReady(const std::shared_ptr<const Mailroom::LogSummary> &summary);
    void batchReady(const std::shared_ptr<const Mailroom::LogSourceSet> &sources,
                    const QList<Mailroom::JourneyRow> &rows);
    // rows: the table's row of every message, in LogIndex::chainHeads() order (what
    // JourneyModel::setIndex(index) computes), rows of batches reused where nothing changed since.
    void finished(const std::shared_ptr<const Mailroom::LogIndex> &index,
                  const std::shared_ptr<const Mailroom::LogSummary> &summary, const QList<Mailroom::JourneyRow> &rows);
    void followerReady(const std::shared_ptr<Mailroom::LogFollower> &follower);
    void failed(const QString &error);
    void canceled();

private:
    void run(const QStringList &files, QDate referenceDate);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    qint64 m_chunkSize = 8 * 1024 * 1024;
    bool m_followable = false;
    QThread *m_owner = nullptr;
};

} // namespace Mailroom
