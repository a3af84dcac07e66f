// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journey.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Mailroom {

class JourneyModel;

// Filters a JourneyModel by status, address, domain, time range, delay range and free text
// (searched in the raw log lines), and sorts by the model's SortRole so times, delays and sizes sort as numbers.
class JourneyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JourneyFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Only these statuses; empty shows all.
    void setStatuses(const QList<JourneyStatus> &statuses);
    QList<JourneyStatus> statuses() const { return m_statuses; }
    // Sender or any recipient contains the text (case-insensitive).
    void setAddress(const QString &address);
    // Sender or any recipient is in the domain or a subdomain of it.
    void setDomain(const QString &domain);
    // Journeys that overlap [from, to]; invalid ends are open. Times as written in the log.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Any raw line of the journey contains the text (case-insensitive): queue ids, Message-IDs,
    // IP addresses, reply texts.
    void setText(const QString &text);
    // Delay in seconds in (above, upTo]; a negative bound is open, (-1, -1) turns it off. So a
    // bar of the delay distribution can show the messages behind it; journeys without a delay
    // (never delivered) are left out while it is on.
    void setDelayRange(double above, double upTo);
    double delayAbove() const { return m_delayAbove; }
    double delayUpTo() const { return m_delayUpTo; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    JourneyModel *m_journeys = nullptr;
    QList<JourneyStatus> m_statuses;
    QByteArray m_address;
    QByteArray m_domain;
    qint64 m_from = -1;
    qint64 m_to = -1;
    QByteArray m_text;
    double m_delayAbove = -1;
    double m_delayUpTo = -1;
};

} // namespace Mailroom
