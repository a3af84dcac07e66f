// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journeyrow.h"
#include "logs/logsourceset.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <memory>

namespace Mailroom {

class LogIndex;

// Where one raw log line is: the file it is in, the byte offset inside that file and its length.
struct LogLineRange
{
    QString file;
    qint64 offset = 0;
    qint32 length = 0;
    bool operator==(const LogLineRange &) const = default;
};

// The messages found in a mail log, one row per journey (all hops of a message):
// time, sender, recipients, status, delay, relay, size. Text stays in the mapped log files.
class JourneyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        DelayColumn,
        RelayColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for time, delay, size and status; text otherwise
        StatusRole, // Mailroom::JourneyStatus as int
        TimeRole, // QDateTime of the first line (as written in the log)
        SenderRole, // QString, empty for the null sender
        RecipientsRole, // QStringList
        QueueIdsRole, // QStringList, every hop
        MessageIdRole,
        LineRangesRole, // QList<Mailroom::LogLineRange>: the raw lines of the journey
        RawLinesRole, // QStringList: their text
        StatusTextRole, // the deciding delivery's explanation
        JourneyRowRole, // Mailroom::JourneyRow
    };

    explicit JourneyModel(QObject *parent = nullptr);
    ~JourneyModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything with the journeys of a finished index.
    void setIndex(const std::shared_ptr<const LogIndex> &index);
    // The same with the rows already computed (LogIndexer::finished hands them over): the row of
    // every chain head, in LogIndex::chainHeads() order.
    void setIndex(const std::shared_ptr<const LogIndex> &index, const QList<JourneyRow> &rows);
    // Brings the rows of these hops' messages up to date after the index grew (LogFollower):
    // rows of changed messages are recomputed, new messages appended, and a message that became a
    // later hop of another (content filter) leaves the table, its lines now in the other's row.
    void updateJourneys(const std::shared_ptr<const LogIndex> &index, const QList<quint32> &journeys);
    // Adds rows delivered by LogIndexer while it is still reading.
    void appendRows(const std::shared_ptr<const LogSourceSet> &sources, const QList<JourneyRow> &rows);
    void clear();

    const JourneyRow &row(int row) const { return m_rows.at(row); }
    QString text(TextRef ref) const;
    const std::shared_ptr<const LogSourceSet> &sources() const { return m_sources; }

    static QString statusName(JourneyStatus status);
    // Wall-clock seconds as written in the log → local date and time.
    static QDateTime toDateTime(quint32 seconds);

private:
    std::shared_ptr<const LogSourceSet> m_sources;
    std::shared_ptr<const LogIndex> m_index; // keeps the sources of setIndex() alive
    QList<JourneyRow> m_rows;
    QHash<quint32, int> m_rowOfHead; // built on first use, dropped when rows move
};

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::LogLineRange)
