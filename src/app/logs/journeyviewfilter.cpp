// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeyviewfilter.h"

#include "logs/journeymodel.h"

JourneyViewFilter::JourneyViewFilter(QObject *parent)
    : Mailroom::JourneyFilterProxyModel(parent)
{ }

void JourneyViewFilter::setDelayRange(double above, double upTo)
{
    m_above = above;
    m_upTo = upTo;
    invalidateRowsFilter();
}

bool JourneyViewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!Mailroom::JourneyFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return false;
    }
    if (m_above < 0 && m_upTo < 0) {
        return true;
    }
    auto *journeys = qobject_cast<Mailroom::JourneyModel *>(sourceModel());
    if (!journeys) {
        return true;
    }
    const float delay = journeys->row(sourceRow).delay;
    if (delay < 0) {
        return false;
    }
    return (m_above < 0 || delay > m_above) && (m_upTo < 0 || delay <= m_upTo);
}
