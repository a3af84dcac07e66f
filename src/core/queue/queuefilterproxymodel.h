// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Mailroom {

// Filters a QueueModel by queue (exact Postfix name, "" for all) and by sender, recipient and
// reason (case-insensitive substrings; all given filters must match). Sorts by SortRole.
class QueueFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterProxyModel(QObject *parent = nullptr);

    void setQueueName(const QString &queueName);
    void setSenderFilter(const QString &text);
    void setRecipientFilter(const QString &text);
    void setReasonFilter(const QString &text);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changeFilter(QString *field, const QString &value);

    QString m_queueName;
    QString m_sender;
    QString m_recipient;
    QString m_reason;
};

} // namespace Mailroom
