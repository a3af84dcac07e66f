// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeyfilterproxymodel.h"

#include "logs/journeymodel.h"
#include "logs/loglineparser.h"

namespace Mailroom {

namespace {
bool containsCaseInsensitive(QByteArrayView haystack, const QByteArray &lowerNeedle)
{
    if (lowerNeedle.isEmpty()) {
        return true;
    }
    const qsizetype n = lowerNeedle.size();
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        qsizetype k = 0;
        while (k < n) {
            char c = haystack[i + k];
            if (c >= 'A' && c <= 'Z') {
                c = char(c + 32);
            }
            if (c != lowerNeedle[k]) {
                break;
            }
            ++k;
        }
        if (k == n) {
            return true;
        }
    }
    return false;
}

bool inDomain(QByteArrayView address, const QByteArray &lowerDomain)
{
    const qsizetype at = address.lastIndexOf('@');
    const QByteArray domain = (at < 0 ? address : address.sliced(at + 1)).toByteArray().toLower();
    return domain == lowerDomain || domain.endsWith('.' + lowerDomain);
}

qint64 naiveSeconds(const QDateTime &dt)
{
    if (!dt.isValid()) {
        return -1;
    }
    const QDate d = dt.date();
    const QTime t = dt.time();
    return LogLineParser::civilToSeconds(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second());
}
} // namespace

JourneyFilterProxyModel::JourneyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JourneyModel::SortRole);
}

void JourneyFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_journeys = qobject_cast<JourneyModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void JourneyFilterProxyModel::setStatuses(const QList<JourneyStatus> &statuses)
{
    m_statuses = statuses;
    invalidateRowsFilter();
}

void JourneyFilterProxyModel::setAddress(const QString &address)
{
    m_address = address.trimmed().toUtf8().toLower();
    invalidateRowsFilter();
}

void JourneyFilterProxyModel::setDomain(const QString &domain)
{
    QString d = domain.trimmed();
    if (d.startsWith(QLatin1Char('@'))) {
        d.remove(0, 1);
    }
    m_domain = d.toUtf8().toLower();
    invalidateRowsFilter();
}

void JourneyFilterProxyModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = naiveSeconds(from);
    m_to = naiveSeconds(to);
    invalidateRowsFilter();
}

void JourneyFilterProxyModel::setText(const QString &text)
{
    m_text = text.toUtf8().toLower();
    invalidateRowsFilter();
}

void JourneyFilterProxyModel::setDelayRange(double above, double upTo)
{
    m_delayAbove = above;
    m_delayUpTo = upTo;
    invalidateRowsFilter();
}

bool JourneyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_journeys || sourceParent.isValid()) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    const JourneyRow &row = m_journeys->row(sourceRow);
    const LogSourceSet *sources = m_journeys->sources().get();
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status)) {
        return false;
    }
    if (m_from >= 0 && qint64(row.lastTime) < m_from) {
        return false;
    }
    if (m_to >= 0 && qint64(row.firstTime) > m_to) {
        return false;
    }
    if (m_delayAbove >= 0 || m_delayUpTo >= 0) {
        if (row.delay < 0 || (m_delayAbove >= 0 && row.delay <= m_delayAbove)
            || (m_delayUpTo >= 0 && row.delay > m_delayUpTo)) {
            return false;
        }
    }
    if (!m_address.isEmpty() || !m_domain.isEmpty()) {
        QList<QByteArrayView> addresses;
        if (row.hasSender) {
            addresses.append(sources->text(row.sender));
        }
        for (const TextRef &r : row.recipients) {
            addresses.append(sources->text(r));
        }
        bool addressOk = m_address.isEmpty();
        bool domainOk = m_domain.isEmpty();
        for (QByteArrayView a : std::as_const(addresses)) {
            addressOk = addressOk || containsCaseInsensitive(a, m_address);
            domainOk = domainOk || inDomain(a, m_domain);
        }
        if (!addressOk || !domainOk) {
            return false;
        }
    }
    if (!m_text.isEmpty()) {
        for (const TextRef &line : row.lines) {
            if (containsCaseInsensitive(sources->text(line), m_text)) {
                return true;
            }
        }
        return false;
    }
    return true;
}

} // namespace Mailroom
