// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace Mailroom {

class JourneyBuilder;
class LogIndex;
class LogSourceSet;
class LogSummary;

// Keeps a log's index current while the log grows: only the appended bytes are parsed, and
// only the journeys they touch are reported, so a new line costs the time of that line, not of
// the whole log. Lives on the thread of its readers (the index and summary are extended in
// place); LogIndexer hands one over after its initial reading when asked to.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    LogFollower(std::shared_ptr<LogSourceSet> sources, std::unique_ptr<JourneyBuilder> builder,
                std::shared_ptr<LogSummary> summary, QObject *parent = nullptr);
    ~LogFollower() override;

    std::shared_ptr<const LogIndex> index() const;
    std::shared_ptr<const LogSummary> summary() const { return m_summary; }

    // Adds text that was appended to the log. A last line without its newline waits for the
    // rest; journeysChanged() is emitted when complete lines changed something.
    void append(QByteArrayView bytes);

    // Polls a file for appended bytes, from offset on, every intervalMs milliseconds. If the
    // file gets shorter (truncated, or rotated and recreated), fileReplaced() is emitted and
    // the polling stops: the log has to be read anew.
    void watchFile(const QString &path, qint64 offset, int intervalMs = 100);
    void stopWatching();
    bool isWatching() const;

Q_SIGNALS:
    // The hops (LogIndex::journeys() indexes) that are new or gained lines or links.
    void journeysChanged(const QList<quint32> &journeys);
    void fileReplaced();
    void failed(const QString &error);

private:
    void poll();

    std::shared_ptr<LogSourceSet> m_sources;
    std::unique_ptr<JourneyBuilder> m_builder;
    std::shared_ptr<LogSummary> m_summary;
    QByteArray m_partial; // the start of a line whose newline has not come yet
    QString m_path;
    qint64 m_offset = 0;
    QTimer *m_timer = nullptr;
    int m_appended = 0;
};

} // namespace Mailroom
