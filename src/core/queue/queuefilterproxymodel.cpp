// SPDX-License-Identifier: GPL-2.0-or-later
#include "queue/queuefilterproxymodel.h"

#include "queue/queuemodel.h"

namespace Mailroom {

namespace {
bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list) {
        if (s.contains(text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
} // namespace

QueueFilterProxyModel::QueueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
}

void QueueFilterProxyModel::changeFilter(QString *field, const QString &value)
{
    const QString v = value.trimmed();
    if (*field == v) {
        return;
    }
    *field = v;
    invalidateRowsFilter();
}

void QueueFilterProxyModel::setQueueName(const QString &queueName)
{
    changeFilter(&m_queueName, queueName);
}

void QueueFilterProxyModel::setSenderFilter(const QString &text)
{
    changeFilter(&m_sender, text);
}

void QueueFilterProxyModel::setRecipientFilter(const QString &text)
{
    changeFilter(&m_recipient, text);
}

void QueueFilterProxyModel::setReasonFilter(const QString &text)
{
    changeFilter(&m_reason, text);
}

void QueueFilterProxyModel::clearFilters()
{
    m_queueName.clear();
    m_sender.clear();
    m_recipient.clear();
    m_reason.clear();
    invalidateRowsFilter();
}

bool QueueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_queueName.isEmpty() && i.data(QueueModel::QueueNameRole).toString() != m_queueName) {
        return false;
    }
    if (!m_sender.isEmpty()
        && !sourceModel()
                ->index(sourceRow, QueueModel::SenderColumn, sourceParent)
                .data()
                .toString()
                .contains(m_sender, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_recipient.isEmpty() && !anyContains(i.data(QueueModel::RecipientsRole).toStringList(), m_recipient)) {
        return false;
    }
    if (!m_reason.isEmpty() && !anyContains(i.data(QueueModel::ReasonsRole).toStringList(), m_reason)) {
        return false;
    }
    return true;
}

} // namespace Mailroom
