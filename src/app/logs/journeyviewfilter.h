// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journeyfilterproxymodel.h"

// The journey table's filter: everything JourneyFilterProxyModel filters by, plus a delay range,
// so a bar of the delay distribution can show the messages behind it.
class JourneyViewFilter : public Mailroom::JourneyFilterProxyModel
{
    Q_OBJECT
public:
    explicit JourneyViewFilter(QObject *parent = nullptr);

    // Delay in seconds in (above, upTo]; a negative bound is open. (-1, -1) turns it off.
    void setDelayRange(double above, double upTo);
    double delayAbove() const { return m_above; }
    double delayUpTo() const { return m_upTo; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    double m_above = -1;
    double m_upTo = -1;
};
