// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messagetable.h"

#include <QAbstractTableModel>

namespace Mailroom {

// The message list of one mailbox: status, from, subject, date, size, spam score. Filled batch by batch
// from a MailboxLoader (applyBatch), sortable by any column (sort() reorders a row→entry
// permutation, decoding each header once per sort), with thread roles from
// Message-ID/In-Reply-To/References for a threaded view.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        FromColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        SpamColumn, // SpamAssassin's score; empty for messages it never saw
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a comparable raw value (epoch seconds, bytes, lower-case text)
        FlagsRole, // MessageStatus::Flags as int
        EntryIndexRole, // index in table(): stable while the file is not reloaded
        ToRole, // decoded To header
        FromAddressRole, // the sender's address
        ThreadRootRole, // entry index of the first message of the thread (itself when it starts one)
        ThreadParentRole, // entry index of the message this one replies to, or -1
        ThreadDepthRole, // 0 for a thread start, 1 for a reply to it, ...
        SpamRole, // SpamInfo bits as int (0: no SpamAssassin headers)
    };

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const MessageTable &table() const { return m_table; }
    int entryIndex(int row) const { return m_order.at(row); }
    int rowOfEntry(int entry) const; // -1 if unknown
    void setFlags(int row, MessageStatus::Flags flags);
    // After a Maildir message was renamed to carry new flags: its new key and stored flags.
    void setMaildirKey(int row, QByteArrayView key, MessageStatus::Flags fileFlags);
    // Rows whose messages are flagged but not yet written to the file.
    bool hasUnsavedChanges() const;
    // Whether any message carries SpamAssassin headers (the view hides the column otherwise).
    bool hasSpamHeaders() const;

public Q_SLOTS:
    void applyBatch(const Mailroom::MessageBatch &batch);
    void clear();

private:
    void ensureThreads() const;
    void resort();

    MessageTable m_table;
    QList<qint32> m_order; // row → entry
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QList<qint32> m_threadParent; // entry → entry or -1; empty when stale
    mutable QList<qint32> m_threadRoot;
};

} // namespace Mailroom
