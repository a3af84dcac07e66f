// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeymodel.h"

#include "logs/logindex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Mailroom {

JourneyModel::JourneyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

JourneyModel::~JourneyModel() = default;

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JourneyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JourneyModel::text(TextRef ref) const
{
    return m_sources ? m_sources->string(ref) : QString();
}

QDateTime JourneyModel::toDateTime(quint32 seconds)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::UTC);
    return QDateTime(utc.date(), utc.time());
}

QString JourneyModel::statusName(JourneyStatus status)
{
    switch (status) {
    case JourneyStatus::InProgress:
        return QCoreApplication::translate("JourneyModel", "In queue");
    case JourneyStatus::Sent:
        return QCoreApplication::translate("JourneyModel", "Delivered");
    case JourneyStatus::Deferred:
        return QCoreApplication::translate("JourneyModel", "Deferred");
    case JourneyStatus::Bounced:
        return QCoreApplication::translate("JourneyModel", "Bounced");
    case JourneyStatus::Expired:
        return QCoreApplication::translate("JourneyModel", "Expired");
    case JourneyStatus::Rejected:
        return QCoreApplication::translate("JourneyModel", "Rejected");
    case JourneyStatus::Removed:
        return QCoreApplication::translate("JourneyModel", "Removed");
    }
    return {};
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const JourneyRow &r = m_rows.at(index.row());
    auto recipients = [&] {
        QStringList list;
        for (const TextRef &t : r.recipients) {
            list.append(text(t));
        }
        return list;
    };
    switch (role) {
    case StatusRole:
        return int(r.status);
    case TimeRole:
        return toDateTime(r.firstTime);
    case SenderRole:
        return text(r.sender);
    case RecipientsRole:
        return recipients();
    case QueueIdsRole: {
        QStringList ids;
        for (const TextRef &t : r.queueIds) {
            ids.append(text(t));
        }
        return ids;
    }
    case MessageIdRole:
        return text(r.messageId);
    case LineRangesRole: {
        QList<LogLineRange> ranges;
        for (const TextRef &t : r.lines) {
            const int source = m_sources->sourceAt(t.offset());
            ranges.append({m_sources->path(source), qint64(t.offset() - m_sources->base(source)), qint32(t.length())});
        }
        return QVariant::fromValue(ranges);
    }
    case RawLinesRole: {
        QStringList lines;
        for (const TextRef &t : r.lines) {
            lines.append(text(t));
        }
        return lines;
    }
    case StatusTextRole:
        return text(r.statusText);
    case JourneyRowRole:
        return QVariant::fromValue(r);
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return qint64(r.firstTime);
        case StatusColumn:
            return int(r.status);
        case DelayColumn:
            return double(r.delay);
        case SizeColumn:
            return r.hasSize ? qint64(r.size) : qint64(-1);
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == RelayColumn) {
            return text(r.statusText);
        }
        if (index.column() == ToColumn) {
            return recipients().join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DelayColumn || index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(toDateTime(r.firstTime), QLocale::ShortFormat);
    case FromColumn:
        if (!r.hasSender) {
            return QString();
        }
        return r.sender.isEmpty() ? QStringLiteral("<>") : text(r.sender);
    case ToColumn: {
        if (r.recipients.isEmpty()) {
            return QString();
        }
        const QString first = text(r.recipients.first());
        if (r.recipients.size() == 1) {
            return first;
        }
        // A named count: lupdate (Qt 6.8) loops forever on a functional cast in the numerus argument.
        const int more = static_cast<int>(r.recipients.size()) - 1;
        return QCoreApplication::translate("JourneyModel", "%1 (+%n more)", nullptr, more).arg(first);
    }
    case StatusColumn:
        return statusName(r.status);
    case DelayColumn:
        if (r.delay < 0) {
            return QString();
        }
        if (r.delay < 60) {
            return QCoreApplication::translate("JourneyModel", "%1 s")
                .arg(locale.toString(r.delay, 'f', r.delay < 10 ? 1 : 0));
        }
        if (r.delay < 3600) {
            return QCoreApplication::translate("JourneyModel", "%1 min").arg(locale.toString(r.delay / 60, 'f', 0));
        }
        return QCoreApplication::translate("JourneyModel", "%1 h").arg(locale.toString(r.delay / 3600, 'f', 1));
    case RelayColumn:
        return text(r.relay);
    case SizeColumn:
        return r.hasSize ? locale.formattedDataSize(qint64(r.size)) : QString();
    default:
        return {};
    }
}

QVariant JourneyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("JourneyModel", "Time");
    case FromColumn:
        return QCoreApplication::translate("JourneyModel", "From");
    case ToColumn:
        return QCoreApplication::translate("JourneyModel", "To");
    case StatusColumn:
        return QCoreApplication::translate("JourneyModel", "Status");
    case DelayColumn:
        return QCoreApplication::translate("JourneyModel", "Delay");
    case RelayColumn:
        return QCoreApplication::translate("JourneyModel", "Relay");
    case SizeColumn:
        return QCoreApplication::translate("JourneyModel", "Size");
    default:
        return {};
    }
}

void JourneyModel::setIndex(const std::shared_ptr<const LogIndex> &index)
{
    beginResetModel();
    m_rowOfHead.clear();
    m_index = index;
    m_sources = index ? index->sources() : nullptr;
    m_rows.clear();
    if (index) {
        const QList<quint32> heads = index->chainHeads();
        m_rows.reserve(heads.size());
        for (quint32 head : heads) {
            m_rows.append(index->row(head));
        }
    }
    endResetModel();
}

void JourneyModel::setIndex(const std::shared_ptr<const LogIndex> &index, const QList<JourneyRow> &rows)
{
    beginResetModel();
    m_rowOfHead.clear();
    m_index = index;
    m_sources = index ? index->sources() : nullptr;
    m_rows = index ? rows : QList<JourneyRow>();
    endResetModel();
}

void JourneyModel::updateJourneys(const std::shared_ptr<const LogIndex> &index, const QList<quint32> &journeys)
{
    if (!index || journeys.isEmpty()) {
        return;
    }
    if (m_index != index) {
        setIndex(index);
        return;
    }
    if (m_rowOfHead.isEmpty() && !m_rows.isEmpty()) {
        m_rowOfHead.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r) {
            m_rowOfHead.insert(m_rows[r].head, r);
        }
    }
    QList<quint32> heads;
    QList<int> retired;
    for (quint32 j : journeys) {
        const quint32 head = index->chainHead(j);
        if (head != j) {
            // Now a later hop: if it had a row of its own, that row goes.
            const auto it = m_rowOfHead.constFind(j);
            if (it != m_rowOfHead.constEnd()) {
                retired.append(*it);
            }
        }
        heads.append(head);
    }
    std::sort(heads.begin(), heads.end());
    heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
    QList<JourneyRow> added;
    for (quint32 head : std::as_const(heads)) {
        const auto it = m_rowOfHead.constFind(head);
        if (it == m_rowOfHead.constEnd()) {
            added.append(index->row(head));
            continue;
        }
        m_rows[*it] = index->row(head);
        Q_EMIT dataChanged(this->index(*it, 0), this->index(*it, ColumnCount - 1));
    }
    if (!retired.isEmpty()) {
        std::sort(retired.begin(), retired.end(), std::greater<>());
        retired.erase(std::unique(retired.begin(), retired.end()), retired.end());
        for (int r : std::as_const(retired)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
        m_rowOfHead.clear(); // rows moved: rebuilt on the next update
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (const JourneyRow &row : std::as_const(added)) {
            if (!m_rowOfHead.isEmpty() || m_rows.isEmpty()) {
                m_rowOfHead.insert(row.head, int(m_rows.size()));
            }
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void JourneyModel::appendRows(const std::shared_ptr<const LogSourceSet> &sources, const QList<JourneyRow> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    m_rowOfHead.clear();
    if (m_sources != sources) {
        beginResetModel();
        m_index.reset();
        m_sources = sources;
        m_rows = rows;
        endResetModel();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

void JourneyModel::clear()
{
    beginResetModel();
    m_rowOfHead.clear();
    m_rows.clear();
    m_index.reset();
    m_sources.reset();
    endResetModel();
}

} // namespace Mailroom
