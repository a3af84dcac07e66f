// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messagefilterproxymodel.h"

#include "mail/messagelistmodel.h"

namespace Mailroom {

MessageFilterProxyModel::MessageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void MessageFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms) {
        return;
    }
    m_terms = terms;
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setFields(Fields fields)
{
    m_fields = fields;
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly = unreadOnly;
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setBodyMatches(const QBitArray &matches, const QStringList &terms)
{
    m_bodyMatches = matches;
    m_bodyTerms = terms;
    if (m_fields & BodyField) {
        invalidateRowsFilter();
    }
}

void MessageFilterProxyModel::clearBodyMatches()
{
    if (m_bodyTerms.isEmpty()) {
        return;
    }
    m_bodyMatches.clear();
    m_bodyTerms.clear();
    if (m_fields & BodyField) {
        invalidateRowsFilter();
    }
}

void MessageFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel()) {
        sourceModel()->sort(column, order);
    }
}

bool MessageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const MessageListModel *>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return true;
    }
    const int e = model->entryIndex(sourceRow);
    const MessageTable &t = model->table();
    if (m_unreadOnly && (t.flags(e) & (MessageStatus::Read | MessageStatus::Deleted))) {
        return false;
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    QString haystack;
    if (m_fields & SubjectField) {
        haystack += t.subject(e) + QLatin1Char('\n');
    }
    if (m_fields & FromField) {
        haystack += t.from(e) + QLatin1Char('\n');
    }
    if (m_fields & ToField) {
        haystack += t.to(e) + QLatin1Char('\n');
    }
    bool headersMatch = true;
    for (const QString &term : m_terms) {
        if (!haystack.contains(term, Qt::CaseInsensitive)) {
            headersMatch = false;
            break;
        }
    }
    if (headersMatch) {
        return true;
    }
    // The worker's verdict covers headers and text together (words may be split between them).
    return (m_fields & BodyField) && m_bodyTerms == m_terms && e < m_bodyMatches.size() && m_bodyMatches.testBit(e);
}

} // namespace Mailroom
