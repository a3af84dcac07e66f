// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logfollower.h"

#include "logs/journeybuilder.h"
#include "logs/logsourceset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace Mailroom {

LogFollower::LogFollower(std::shared_ptr<LogSourceSet> sources, std::unique_ptr<JourneyBuilder> builder,
                         std::shared_ptr<LogSummary> summary, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_builder(std::move(builder))
    , m_summary(std::move(summary))
{
    m_builder->completeSummary();
    m_builder->countKinds();
    m_builder->setTrackChanges(true);
}

LogFollower::~LogFollower() = default;

std::shared_ptr<const LogIndex> LogFollower::index() const
{
    return m_builder->sharedIndex();
}

void LogFollower::append(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    const qsizetype lastNewline = bytes.lastIndexOf('\n');
    if (lastNewline < 0) {
        m_partial += bytes;
        return;
    }
    // Complete lines only: each append becomes a small source of its own, so everything read
    // before stays where it is (views and references into it remain valid).
    QByteArray lines = std::exchange(m_partial, QByteArray());
    lines += bytes.first(lastNewline + 1);
    m_partial = bytes.sliced(lastNewline + 1).toByteArray();
    // The text continues the watched file (or the last source), for its name and line numbers.
    int continues = m_sources->count() - 1;
    for (int s = m_sources->count() - 1; s >= 0 && !m_path.isEmpty(); --s) {
        if (m_sources->path(s) == m_path) {
            continues = s;
            break;
        }
    }
    const QString name = continues >= 0 ? m_sources->path(continues) : QStringLiteral("appended");
    m_sources->addBuffer(name, lines, QDateTime::currentDateTime(), continues);
    ++m_appended;
    m_builder->process(m_sources->count() - 1, 0, -1);
    m_builder->countKinds();
    const QList<quint32> changed = m_builder->takeChangedJourneys();
    if (!changed.isEmpty()) {
        Q_EMIT journeysChanged(changed);
    }
}

void LogFollower::watchFile(const QString &path, qint64 offset, int intervalMs)
{
    m_path = path;
    m_offset = offset;
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &LogFollower::poll);
    }
    m_timer->start(intervalMs);
}

void LogFollower::stopWatching()
{
    if (m_timer) {
        m_timer->stop();
    }
}

bool LogFollower::isWatching() const
{
    return m_timer && m_timer->isActive();
}

void LogFollower::poll()
{
    const qint64 size = QFileInfo(m_path).size();
    if (size == m_offset) {
        return;
    }
    if (size < m_offset) {
        stopWatching();
        Q_EMIT fileReplaced();
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offset)) {
        stopWatching();
        Q_EMIT failed(QCoreApplication::translate("LogFollower", "Cannot read %1: %2").arg(m_path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(size - m_offset);
    m_offset += bytes.size();
    append(bytes);
}

} // namespace Mailroom
