// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journey.h"

#include <QWidget>

#include <memory>

class QBarSet;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Mailroom {
class LogSummary;
struct SpamTotals;
} // namespace Mailroom

// The Summary tab: pflogsumm's totals as clickable numbers, messages per hour by status (stacked
// bars), the delay distribution, rejects by reason and the top senders, recipients and domains.
// Every number leads to the journeys behind it through the signals.
class LogSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit LogSummaryView(QWidget *parent = nullptr);

    void setSummary(const std::shared_ptr<const Mailroom::LogSummary> &summary);
    // SpamAssassin's part, next to the totals (hidden when spamd was never seen).
    void setSpamTotals(const Mailroom::SpamTotals &spam);
    void clear();

    // The statuses of the stacked per-hour bars, in stacking order (a bar set each).
    static QList<Mailroom::JourneyStatus> hourlyStatuses();

Q_SIGNALS:
    void allRequested();
    void statusRequested(Mailroom::JourneyStatus status);
    void hourRequested(Mailroom::JourneyStatus status, int hour);
    void addressRequested(const QString &address);
    void domainRequested(const QString &domain);
    void delayRequested(double above, double upTo);
    void rejectReasonRequested(const QString &reason);

private:
    QChartView *makeChartView(const QString &objectName);
    QTableWidget *makeTable(const QString &objectName, const QString &header);
    void fillHourly();
    void fillDelays();
    void fillRejects();
    void fillTables();

    std::shared_ptr<const Mailroom::LogSummary> m_summary;
    QList<QPushButton *> m_totals;
    QLabel *m_spam;
    QChartView *m_hourly;
    QChartView *m_delays;
    QChartView *m_rejects;
    QTableWidget *m_senders;
    QTableWidget *m_recipients;
    QTableWidget *m_senderDomains;
    QTableWidget *m_recipientDomains;
    QStringList m_rejectReasons;
};
