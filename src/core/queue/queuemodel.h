// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QAbstractTableModel>

namespace Mailroom {

// Postfix's mail queue as GetQueue returned it: one row per message with its queue, id,
// arrival, age, size, sender, recipients and why delivery was deferred. The age is counted
// from the time given with the entries (setEntries), so the model never reads the clock.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        QueueColumn,
        IdColumn,
        ArrivalColumn,
        AgeColumn,
        SizeColumn,
        SenderColumn,
        RecipientsColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a comparable raw value (seconds, bytes, lower-case text)
        QueueIdRole,
        QueueNameRole, // "active", "deferred", "hold", "incoming" as Postfix names it
        RecipientsRole, // QStringList of addresses
        ReasonsRole, // QStringList, one per recipient ("" when not deferred)
        DetailsRole, // every recipient with its full reason, one a line
    };

    explicit QueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // now: seconds since the epoch, the reference for the ages.
    void setEntries(const QueueEntryList &entries, qint64 now);
    const QueueEntryList &entries() const { return m_entries; }
    const QueueEntry &entry(int row) const { return m_entries.at(row); }
    int rowOfId(const QString &queueId) const; // -1 if not queued

    // Messages that have waited longer than seconds (the navigation badge: an hour).
    int countWaitingLongerThan(qint64 seconds) const;

    // "45 s", "12 min", "3 h", "2 d": the largest unit, rounded down.
    static QString ageText(qint64 seconds);
    // The queue's name in the user's language.
    static QString queueText(const QString &queueName);

private:
    QueueEntryList m_entries;
    qint64 m_now = 0;
};

} // namespace Mailroom
