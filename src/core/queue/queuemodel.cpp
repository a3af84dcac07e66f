// SPDX-License-Identifier: GPL-2.0-or-later
#include "queue/queuemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Mailroom {

namespace {
QStringList addresses(const QueueEntry &e)
{
    QStringList list;
    for (const auto &r : e.recipients) {
        list.append(r.address);
    }
    return list;
}

QStringList reasons(const QueueEntry &e)
{
    QStringList list;
    for (const auto &r : e.recipients) {
        list.append(r.delayReason);
    }
    return list;
}

// The column shows each distinct reason once: a relay that is down gives every recipient
// the same words.
QString reasonSummary(const QueueEntry &e)
{
    QStringList distinct;
    for (const auto &r : e.recipients) {
        if (!r.delayReason.isEmpty() && !distinct.contains(r.delayReason)) {
            distinct.append(r.delayReason);
        }
    }
    return distinct.join(QStringLiteral("; "));
}

QString details(const QueueEntry &e)
{
    QStringList lines;
    for (const auto &r : e.recipients) {
        lines.append(r.delayReason.isEmpty() ? r.address : QStringLiteral("%1: %2").arg(r.address, r.delayReason));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QueueEntry &e = m_entries.at(index.row());
    const qint64 age = qMax<qint64>(0, m_now - e.arrivalTime);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return queueText(e.queueName);
        case IdColumn:
            return e.queueId;
        case ArrivalColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(e.arrivalTime), QLocale::ShortFormat);
        case AgeColumn:
            return ageText(age);
        case SizeColumn:
            return QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat);
        case SenderColumn:
            // The null sender: bounces and notifications Postfix itself sends.
            return e.sender.isEmpty() ? QCoreApplication::translate("QueueModel", "(mail system)") : e.sender;
        case RecipientsColumn:
            return addresses(e).join(QStringLiteral(", "));
        case ReasonColumn:
            return reasonSummary(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RecipientsColumn || index.column() == ReasonColumn) {
            return details(e); // the reasons are long
        }
        if (index.column() == ArrivalColumn || index.column() == AgeColumn) {
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(e.arrivalTime), QLocale::LongFormat);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == AgeColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ArrivalColumn:
            return e.arrivalTime;
        case AgeColumn:
            return age;
        case SizeColumn:
            return e.size;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case QueueIdRole:
        return e.queueId;
    case QueueNameRole:
        return e.queueName;
    case RecipientsRole:
        return addresses(e);
    case ReasonsRole:
        return reasons(e);
    case DetailsRole:
        return details(e);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case QueueColumn:
        return QCoreApplication::translate("QueueModel", "Queue");
    case IdColumn:
        return QCoreApplication::translate("QueueModel", "Queue ID");
    case ArrivalColumn:
        return QCoreApplication::translate("QueueModel", "Arrived");
    case AgeColumn:
        return QCoreApplication::translate("QueueModel", "Age");
    case SizeColumn:
        return QCoreApplication::translate("QueueModel", "Size");
    case SenderColumn:
        return QCoreApplication::translate("QueueModel", "Sender");
    case RecipientsColumn:
        return QCoreApplication::translate("QueueModel", "Recipients");
    case ReasonColumn:
        return QCoreApplication::translate("QueueModel", "Reason");
    }
    return {};
}

void QueueModel::setEntries(const QueueEntryList &entries, qint64 now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

int QueueModel::rowOfId(const QString &queueId) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        if (m_entries.at(r).queueId == queueId) {
            return r;
        }
    }
    return -1;
}

int QueueModel::countWaitingLongerThan(qint64 seconds) const
{
    int n = 0;
    for (const auto &e : m_entries) {
        n += m_now - e.arrivalTime > seconds ? 1 : 0;
    }
    return n;
}

QString QueueModel::ageText(qint64 seconds)
{
    if (seconds < 60) {
        return QCoreApplication::translate("QueueModel", "%1 s").arg(qMax<qint64>(0, seconds));
    }
    if (seconds < 3600) {
        return QCoreApplication::translate("QueueModel", "%1 min").arg(seconds / 60);
    }
    if (seconds < 86400) {
        return QCoreApplication::translate("QueueModel", "%1 h").arg(seconds / 3600);
    }
    return QCoreApplication::translate("QueueModel", "%1 d").arg(seconds / 86400);
}

QString QueueModel::queueText(const QString &queueName)
{
    if (queueName == QLatin1String("active")) {
        return QCoreApplication::translate("QueueModel", "active");
    }
    if (queueName == QLatin1String("deferred")) {
        return QCoreApplication::translate("QueueModel", "deferred");
    }
    if (queueName == QLatin1String("hold")) {
        return QCoreApplication::translate("QueueModel", "hold");
    }
    if (queueName == QLatin1String("incoming")) {
        return QCoreApplication::translate("QueueModel", "incoming");
    }
    if (queueName == QLatin1String("maildrop")) {
        return QCoreApplication::translate("QueueModel", "maildrop");
    }
    return queueName;
}

} // namespace Mailroom
