// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messagelistmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include "mail/mimeheader.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace Mailroom {

namespace {
// "Re: Fwd: AW: 回复: subject" → "subject", for sorting by topic.
QString baseSubject(const QString &subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*((re|fwd?|aw|wg|sv|vs|antw|回复|答复|转发|回覆|轉寄)(\\[\\d+\\])?\\s*[:：]\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = subject;
    s.remove(prefix);
    return s.trimmed().toCaseFolded();
}

// Messages SpamAssassin never saw sort below every score.
qint64 spamSortKey(const MessageEntry &m)
{
    if (!(m.spam & SpamHeaders)) {
        return std::numeric_limits<qint64>::min();
    }
    // A flagged message without a score still sorts above the unflagged ones without one.
    return (m.spam & SpamScored) ? qint64(m.spamScore) * 2 + ((m.spam & SpamFlagged) ? 1 : 0)
                                 : ((m.spam & SpamFlagged) ? std::numeric_limits<qint64>::max() : -1);
}
} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<Mailroom::MessageBatch>();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int e = m_order.at(index.row());
    const MessageEntry &entry = m_table.entry(e);
    switch (role) {
    case FlagsRole:
        return int(entry.flags);
    case EntryIndexRole:
        return e;
    case ToRole:
        return m_table.to(e);
    case FromAddressRole:
        return MimeHeader::addressOf(m_table.from(e));
    case ThreadRootRole:
        ensureThreads();
        return m_threadRoot.at(e);
    case ThreadParentRole:
        ensureThreads();
        return m_threadParent.at(e);
    case SpamRole:
        return int(entry.spam);
    case ThreadDepthRole: {
        ensureThreads();
        int depth = 0;
        for (int p = m_threadParent.at(e); p >= 0 && depth < 1000; p = m_threadParent.at(p)) {
            ++depth;
        }
        return depth;
    }
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        if (role == SortRole) {
            return int(MessageStatus::letter(MessageStatus::Flags(entry.flags)));
        }
        return MessageStatus::displayText(MessageStatus::Flags(entry.flags));
    case FromColumn:
        if (role == Qt::ToolTipRole) {
            return m_table.from(e);
        }
        return role == SortRole ? QVariant(m_table.fromDisplay(e).toCaseFolded()) : QVariant(m_table.fromDisplay(e));
    case SubjectColumn: {
        const QString s = m_table.subject(e);
        if (role == SortRole) {
            return baseSubject(s);
        }
        if (s.isEmpty() && role == Qt::DisplayRole) {
            return tr("(no subject)");
        }
        return s;
    }
    case DateColumn:
        if (role == SortRole) {
            return entry.date;
        }
        if (entry.date == 0) {
            return QString();
        }
        return QLocale().toString(m_table.date(e).toLocalTime(),
                                  role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
    case SizeColumn:
        if (role == SortRole) {
            return entry.length;
        }
        return QLocale().formattedDataSize(entry.length);
    case SpamColumn: {
        if (role == SortRole) {
            return spamSortKey(entry);
        }
        if (!(entry.spam & SpamHeaders)) {
            return QString();
        }
        const bool flagged = entry.spam & SpamFlagged;
        QLocale locale; // "1003.6", not "1,003.6": a score, not an amount
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        const QString score = (entry.spam & SpamScored) ? locale.toString(entry.spamScore / 10.0, 'f', 1) : QString();
        if (role == Qt::ToolTipRole) {
            if (score.isEmpty()) {
                return flagged ? tr("SpamAssassin: spam") : tr("SpamAssassin: not spam");
            }
            return flagged ? tr("SpamAssassin: spam (score %1)").arg(score)
                           : tr("SpamAssassin: not spam (score %1)").arg(score);
        }
        return score.isEmpty() ? (flagged ? tr("spam") : QString()) : score;
    }
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case SpamColumn:
        return tr("Spam");
    default:
        return {};
    }
}

int MessageListModel::rowOfEntry(int entry) const
{
    if (m_sortColumn < 0) {
        return entry >= 0 && entry < m_order.size() ? entry : -1;
    }
    const qsizetype row = m_order.indexOf(entry);
    return int(row);
}

void MessageListModel::setFlags(int row, MessageStatus::Flags flags)
{
    if (row < 0 || row >= m_order.size()) {
        return;
    }
    const int e = m_order.at(row);
    const MessageStatus::Flags keep = MessageStatus::Flags(m_table.entry(e).flags) & MessageStatus::Incomplete;
    m_table.setFlags(e, (flags & MessageStatus::Flags(MessageStatus::persistentMask)) | keep);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageListModel::setMaildirKey(int row, QByteArrayView key, MessageStatus::Flags fileFlags)
{
    if (row < 0 || row >= m_order.size()) {
        return;
    }
    m_table.setKey(m_order.at(row), key, fileFlags);
}

bool MessageListModel::hasSpamHeaders() const
{
    for (const MessageEntry &e : m_table.entries()) {
        if (e.spam & SpamHeaders) {
            return true;
        }
    }
    return false;
}

bool MessageListModel::hasUnsavedChanges() const
{
    for (const MessageEntry &e : m_table.entries()) {
        if ((e.flags & MessageStatus::persistentMask) != (e.fileFlags & MessageStatus::persistentMask)) {
            return true;
        }
    }
    return false;
}

void MessageListModel::clear()
{
    beginResetModel();
    m_table.clear();
    m_order.clear();
    m_threadParent.clear();
    m_threadRoot.clear();
    endResetModel();
}

void MessageListModel::applyBatch(const MessageBatch &batch)
{
    m_threadParent.clear();
    m_threadRoot.clear();
    const qsizetype oldCount = m_table.size();
    const qsizetype newCount = batch.firstIndex + batch.entries.size();
    if (batch.reset || batch.firstIndex > oldCount || newCount < oldCount) {
        beginResetModel();
        MessageBatch b = batch;
        m_table.apply(std::move(b));
        m_order.resize(m_table.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        endResetModel();
        if (m_sortColumn >= 0) {
            resort();
        }
        return;
    }
    if (newCount > oldCount) {
        beginInsertRows({}, int(oldCount), int(newCount - 1));
    }
    MessageBatch b = batch;
    m_table.apply(std::move(b));
    for (qsizetype e = oldCount; e < newCount; ++e) {
        m_order.append(qint32(e));
    }
    if (newCount > oldCount) {
        endInsertRows();
    }
    for (qsizetype e = batch.firstIndex; e < oldCount; ++e) {
        const int row = rowOfEntry(int(e));
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (m_sortColumn >= 0) {
        resort();
    }
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        m_sortColumn = -1;
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void MessageListModel::resort()
{
    const qsizetype n = m_order.size();
    // Keys computed once per entry (decoding is the expensive part), then a stable sort.
    QList<qint32> newOrder(n);
    std::iota(newOrder.begin(), newOrder.end(), 0);
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == FromColumn || m_sortColumn == SubjectColumn) {
        QList<QString> keys(n);
        for (qsizetype e = 0; e < n; ++e) {
            keys[e]
                = m_sortColumn == FromColumn ? m_table.fromDisplay(e).toCaseFolded() : baseSubject(m_table.subject(e));
        }
        std::stable_sort(newOrder.begin(), newOrder.end(), [&](qint32 a, qint32 b) {
            const int c = keys.at(a).localeAwareCompare(keys.at(b));
            return desc ? c > 0 : c < 0;
        });
    } else {
        QList<qint64> keys(n);
        for (qsizetype e = 0; e < n; ++e) {
            const MessageEntry &m = m_table.entry(e);
            keys[e] = m_sortColumn == DateColumn ? m.date
                : m_sortColumn == SizeColumn     ? m.length
                : m_sortColumn == SpamColumn     ? spamSortKey(m)
                                                 : qint64(MessageStatus::letter(MessageStatus::Flags(m.flags)));
        }
        std::stable_sort(newOrder.begin(), newOrder.end(),
                         [&](qint32 a, qint32 b) { return desc ? keys.at(a) > keys.at(b) : keys.at(a) < keys.at(b); });
    }
    if (newOrder == m_order) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint32> entries;
    entries.reserve(before.size());
    for (const QModelIndex &i : before) {
        entries.append(m_order.at(i.row()));
    }
    m_order = std::move(newOrder);
    QList<qint32> rowOf(n);
    for (qsizetype r = 0; r < n; ++r) {
        rowOf[m_order.at(r)] = qint32(r);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        after.append(index(rowOf.at(entries.at(k)), before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::ensureThreads() const
{
    const qsizetype n = m_table.size();
    if (m_threadParent.size() == n && m_threadRoot.size() == n) {
        return;
    }
    QHash<quint64, qint32> byId;
    byId.reserve(n);
    for (qsizetype e = 0; e < n; ++e) {
        const quint64 id = m_table.entry(e).messageIdHash;
        if (id && !byId.contains(id)) {
            byId.insert(id, qint32(e));
        }
    }
    m_threadParent.assign(n, -1);
    for (qsizetype e = 0; e < n; ++e) {
        for (quint64 h : m_table.entry(e).parentHashes) {
            if (!h) {
                continue;
            }
            const auto it = byId.constFind(h);
            if (it != byId.constEnd() && it.value() != e) {
                m_threadParent[e] = it.value();
                break;
            }
        }
    }
    // Break reference cycles (forged or looping References): walk up with a step limit.
    m_threadRoot.assign(n, -1);
    QList<qint32> path;
    for (qsizetype e = 0; e < n; ++e) {
        if (m_threadRoot.at(e) >= 0) {
            continue;
        }
        path.clear();
        qint32 cur = qint32(e);
        QSet<qint32> seen;
        while (true) {
            if (m_threadRoot.at(cur) >= 0) {
                break;
            }
            path.append(cur);
            seen.insert(cur);
            const qint32 p = m_threadParent.at(cur);
            if (p < 0) {
                break;
            }
            if (seen.contains(p)) {
                m_threadParent[cur] = -1; // cut the cycle here
                break;
            }
            cur = p;
        }
        const qint32 root = m_threadRoot.at(cur) >= 0 ? m_threadRoot.at(cur) : cur;
        for (qint32 x : std::as_const(path)) {
            m_threadRoot[x] = root;
        }
    }
}

} // namespace Mailroom
