// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logsummaryview.h"

#include "logs/journeymodel.h"
#include "logs/logsummary.h"
#include "logs/spamtotals.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>

using Mailroom::JourneyStatus;
using Mailroom::LogSummary;

namespace {
constexpr int TopCount = 10;

QString delayBucketName(size_t bucket)
{
    switch (bucket) {
    case 0:
        return LogSummaryView::tr("≤ 1 s");
    case 1:
        return LogSummaryView::tr("≤ 5 s");
    case 2:
        return LogSummaryView::tr("≤ 30 s");
    case 3:
        return LogSummaryView::tr("≤ 5 min");
    case 4:
        return LogSummaryView::tr("≤ 1 h");
    case 5:
        return LogSummaryView::tr("≤ 1 day");
    default:
        return LogSummaryView::tr("> 1 day");
    }
}

void setAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *categories, Qt::Alignment categoryAlign,
             Qt::Alignment valueAlign)
{
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, categoryAlign);
    chart->addAxis(values, valueAlign);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setMin(0);
    values->applyNiceNumbers();
    if (values->max() <= 8) { // whole messages: no ticks between them
        values->setMax(qMax(1.0, values->max()));
        values->setTickCount(int(values->max()) + 1);
    }
}
} // namespace

LogSummaryView::LogSummaryView(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QGridLayout(content);

    auto *totals = new QHBoxLayout;
    const QList<JourneyStatus> statuses {JourneyStatus::InProgress, JourneyStatus::Sent, JourneyStatus::Deferred,
                                         JourneyStatus::Bounced, JourneyStatus::Rejected};
    for (JourneyStatus status : statuses) {
        auto *button = new QPushButton(content);
        button->setObjectName(QStringLiteral("total%1").arg(int(status)));
        button->setFlat(true);
        button->setToolTip(tr("Show these messages"));
        connect(button, &QPushButton::clicked, this, [this, status] {
            if (status == JourneyStatus::InProgress) {
                Q_EMIT allRequested(); // "Received": every message
            } else {
                Q_EMIT statusRequested(status);
            }
        });
        totals->addWidget(button);
        m_totals.append(button);
    }
    m_spam = new QLabel(content);
    m_spam->setObjectName(QStringLiteral("spamTotals"));
    m_spam->hide();
    totals->addWidget(m_spam);
    totals->addStretch();
    layout->addLayout(totals, 0, 0, 1, 2);

    m_hourly = makeChartView(QStringLiteral("hourlyChart"));
    layout->addWidget(m_hourly, 1, 0, 1, 2);
    m_delays = makeChartView(QStringLiteral("delayChart"));
    layout->addWidget(m_delays, 2, 0);
    m_rejects = makeChartView(QStringLiteral("rejectChart"));
    layout->addWidget(m_rejects, 2, 1);

    m_senders = makeTable(QStringLiteral("topSenders"), tr("Sender"));
    m_recipients = makeTable(QStringLiteral("topRecipients"), tr("Recipient"));
    m_senderDomains = makeTable(QStringLiteral("topSenderDomains"), tr("Sending domain"));
    m_recipientDomains = makeTable(QStringLiteral("topRecipientDomains"), tr("Recipient domain"));
    auto addTable = [&](QTableWidget *table, const QString &title, int row, int column) {
        auto *box = new QGroupBox(title, content);
        auto *l = new QVBoxLayout(box);
        l->addWidget(table);
        layout->addWidget(box, row, column);
    };
    addTable(m_senders, tr("Top senders"), 3, 0);
    addTable(m_recipients, tr("Top recipients"), 3, 1);
    addTable(m_senderDomains, tr("Top sending domains"), 4, 0);
    addTable(m_recipientDomains, tr("Top recipient domains"), 4, 1);
    connect(m_senders, &QTableWidget::cellClicked, this,
            [this](int row) { Q_EMIT addressRequested(m_senders->item(row, 0)->text()); });
    connect(m_recipients, &QTableWidget::cellClicked, this,
            [this](int row) { Q_EMIT addressRequested(m_recipients->item(row, 0)->text()); });
    connect(m_senderDomains, &QTableWidget::cellClicked, this,
            [this](int row) { Q_EMIT domainRequested(m_senderDomains->item(row, 0)->text()); });
    connect(m_recipientDomains, &QTableWidget::cellClicked, this,
            [this](int row) { Q_EMIT domainRequested(m_recipientDomains->item(row, 0)->text()); });
    clear();
}

QChartView *LogSummaryView::makeChartView(const QString &objectName)
{
    auto *view = new QChartView(this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

QTableWidget *LogSummaryView::makeTable(const QString &objectName, const QString &header)
{
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({header, tr("Messages")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(180);
    table->setToolTip(tr("Click a row to show its messages"));
    return table;
}

QList<JourneyStatus> LogSummaryView::hourlyStatuses()
{
    return {JourneyStatus::Sent, JourneyStatus::Deferred, JourneyStatus::Bounced, JourneyStatus::Rejected};
}

void LogSummaryView::clear()
{
    m_summary.reset();
    for (QPushButton *b : std::as_const(m_totals)) {
        b->setText(QString());
        b->setEnabled(false);
    }
    m_spam->hide();
    for (QChartView *v : {m_hourly, m_delays, m_rejects}) {
        v->chart()->removeAllSeries();
        const auto axes = v->chart()->axes();
        for (QAbstractAxis *a : axes) {
            v->chart()->removeAxis(a);
            delete a;
        }
    }
    for (QTableWidget *t : {m_senders, m_recipients, m_senderDomains, m_recipientDomains}) {
        t->setRowCount(0);
    }
}

void LogSummaryView::setSummary(const std::shared_ptr<const LogSummary> &summary)
{
    clear();
    m_summary = summary;
    if (!summary) {
        return;
    }
    const QLocale locale;
    const double values[]
        = {summary->received(), summary->delivered(), summary->deferred(), summary->bounced(), summary->rejected()};
    const QString names[] = {tr("Received"), tr("Delivered"), tr("Deferred"), tr("Bounced"), tr("Rejected")};
    for (int i = 0; i < m_totals.size(); ++i) {
        m_totals[i]->setText(QStringLiteral("%1: %2").arg(names[i], locale.toString(qint64(values[i]))));
        m_totals[i]->setEnabled(true);
    }
    fillHourly();
    fillDelays();
    fillRejects();
    fillTables();
}

void LogSummaryView::setSpamTotals(const Mailroom::SpamTotals &spam)
{
    if (spam.isEmpty()) {
        m_spam->hide();
        return;
    }
    const QLocale locale;
    m_spam->setText(
        tr("SpamAssassin: %1 scanned, %2 spam delivered tagged, %3 spam rejected")
            .arg(locale.toString(spam.scanned), locale.toString(spam.tagged), locale.toString(spam.rejected)));
    m_spam->show();
}

void LogSummaryView::fillHourly()
{
    QChart *chart = m_hourly->chart();
    chart->setTitle(tr("Messages per hour"));
    auto *series = new QStackedBarSeries;
    const auto &perHour = m_summary->perHour();
    const QList<JourneyStatus> statuses = hourlyStatuses();
    const LogSummary::Column columns[]
        = {LogSummary::Delivered, LogSummary::Deferred, LogSummary::Bounced, LogSummary::Rejected};
    for (int s = 0; s < statuses.size(); ++s) {
        // pflogsumm counts every deferred attempt per hour, not deferred messages, and reject
        // warnings together with rejects.
        QString name = Mailroom::JourneyModel::statusName(statuses[s]);
        if (statuses[s] == JourneyStatus::Deferred) {
            name = tr("Deferred attempts");
        } else if (statuses[s] == JourneyStatus::Rejected) {
            name = tr("Rejects and reject warnings");
        }
        auto *set = new QBarSet(name);
        for (int h = 0; h < 24; ++h) {
            set->append(perHour[h][columns[s]]);
        }
        const JourneyStatus status = statuses[s];
        connect(set, &QBarSet::clicked, this, [this, status](int hour) { Q_EMIT hourRequested(status, hour); });
        series->append(set);
    }
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    for (int h = 0; h < 24; ++h) {
        axis->append(QString::number(h));
    }
    setAxes(chart, series, axis, Qt::AlignBottom, Qt::AlignLeft);
}

void LogSummaryView::fillDelays()
{
    QChart *chart = m_delays->chart();
    chart->setTitle(tr("Delivery delay"));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Delivered messages"));
    auto *axis = new QBarCategoryAxis;
    const auto &histogram = m_summary->delayHistogram();
    for (size_t i = 0; i < histogram.size(); ++i) {
        set->append(double(histogram[i]));
        axis->append(delayBucketName(i));
    }
    connect(set, &QBarSet::clicked, this, [this](int bucket) {
        const auto &bounds = LogSummary::DelayBounds;
        const double above = bucket == 0 ? -1 : bounds[size_t(bucket) - 1];
        const double upTo = size_t(bucket) + 1 < bounds.size() ? bounds[size_t(bucket)] : -1;
        Q_EMIT delayRequested(above, upTo);
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    setAxes(chart, series, axis, Qt::AlignBottom, Qt::AlignLeft);
}

void LogSummaryView::fillRejects()
{
    QChart *chart = m_rejects->chart();
    chart->setTitle(tr("Rejects by reason"));
    QMap<QString, qint64> byReason;
    const LogSummary::Detail3 &detail = m_summary->rejectDetail();
    for (auto type = detail.cbegin(); type != detail.cend(); ++type) {
        for (auto reason = type->cbegin(); reason != type->cend(); ++reason) {
            qint64 n = 0;
            for (qint64 c : *reason) {
                n += c;
            }
            byReason[QString::fromUtf8(reason.key())] += n;
        }
    }
    QList<std::pair<qint64, QString>> sorted;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
        sorted.append({it.value(), it.key()});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    sorted = sorted.mid(0, 8);
    std::reverse(sorted.begin(), sorted.end()); // the biggest on top
    m_rejectReasons.clear();
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Rejected"));
    auto *axis = new QBarCategoryAxis;
    for (const auto &[count, reason] : sorted) {
        set->append(double(count));
        m_rejectReasons.append(reason);
        axis->append(reason.size() > 40 ? reason.left(38) + QStringLiteral("…") : reason);
    }
    connect(set, &QBarSet::clicked, this,
            [this](int index) { Q_EMIT rejectReasonRequested(m_rejectReasons.value(index)); });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    setAxes(chart, series, axis, Qt::AlignLeft, Qt::AlignBottom);
}

void LogSummaryView::fillTables()
{
    const QLocale locale;
    auto fill = [&](QTableWidget *table, const QMap<QByteArray, LogSummary::Traffic> &traffic) {
        QList<std::pair<double, QString>> sorted;
        for (auto it = traffic.cbegin(); it != traffic.cend(); ++it) {
            sorted.append({it->count, QString::fromUtf8(it.key())});
        }
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        sorted = sorted.mid(0, TopCount);
        table->setRowCount(int(sorted.size()));
        for (int r = 0; r < sorted.size(); ++r) {
            table->setItem(r, 0, new QTableWidgetItem(sorted[r].second));
            auto *count = new QTableWidgetItem(locale.toString(qint64(sorted[r].first)));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, 1, count);
        }
    };
    fill(m_senders, m_summary->senderTraffic());
    fill(m_recipients, m_summary->recipientTraffic());
    fill(m_senderDomains, m_summary->sendingDomainTraffic());
    fill(m_recipientDomains, m_summary->recipientDomainTraffic());
}
