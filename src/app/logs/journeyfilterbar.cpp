// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeyfilterbar.h"

#include "logs/journeyfilterproxymodel.h"
#include "logs/journeymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Mailroom::JourneyModel;
using Mailroom::JourneyStatus;

JourneyFilterBar::JourneyFilterBar(Mailroom::JourneyFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    // No margins of its own: it sits in the journeys tab as the filter row did before it was a widget.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (JourneyStatus s :
         {JourneyStatus::InProgress, JourneyStatus::Sent, JourneyStatus::Deferred, JourneyStatus::Bounced,
          JourneyStatus::Expired, JourneyStatus::Rejected, JourneyStatus::Removed}) {
        m_statusCombo->addItem(JourneyModel::statusName(s), int(s));
    }
    filters->addWidget(m_statusCombo);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressFilter"));
    m_addressEdit->setPlaceholderText(tr("Address or @domain"));
    m_addressEdit->setClearButtonEnabled(true);
    filters->addWidget(m_addressEdit, 1);
    m_fromCheck = new QCheckBox(tr("From", "start of a time range"), this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new QDateTimeEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_toCheck = new QCheckBox(tr("To", "end of a time range"), this);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateTimeEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_toEdit);
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("textFilter"));
    m_textEdit->setPlaceholderText(tr("Search the log lines (queue ID, Message-ID, IP address…)"));
    m_textEdit->setClearButtonEnabled(true);
    filters->addWidget(m_textEdit, 2);
    auto *clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    filters->addWidget(clearButton);
    layout->addLayout(filters);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("filterNote"));
    m_note->hide(); // shown with a note only: an empty line above the table looks like a gap
    layout->addWidget(m_note);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &JourneyFilterBar::apply);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &JourneyFilterBar::apply);
    connect(m_textEdit, &QLineEdit::textChanged, this, &JourneyFilterBar::apply);
    connect(m_fromCheck, &QCheckBox::toggled, this, &JourneyFilterBar::apply);
    connect(m_toCheck, &QCheckBox::toggled, this, &JourneyFilterBar::apply);
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &JourneyFilterBar::apply);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, &JourneyFilterBar::apply);
    connect(clearButton, &QPushButton::clicked, this, &JourneyFilterBar::clear);
}

void JourneyFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_statusCombo), b2(m_addressEdit), b3(m_textEdit), b4(m_fromCheck), b5(m_toCheck);
        m_statusCombo->setCurrentIndex(0);
        m_addressEdit->clear();
        m_textEdit->clear();
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
    }
    m_filter->setDelayRange(-1, -1);
    setNote({});
    apply();
}

void JourneyFilterBar::setStatus(int status)
{
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(status)));
}

void JourneyFilterBar::setAddress(const QString &address)
{
    m_addressEdit->setText(address);
}

void JourneyFilterBar::setText(const QString &text)
{
    m_textEdit->setText(text);
}

void JourneyFilterBar::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_fromEdit->setDateTime(from);
    m_toEdit->setDateTime(to);
    m_fromCheck->setChecked(true);
    m_toCheck->setChecked(true);
}

bool JourneyFilterBar::hasTimeRange() const
{
    return m_fromCheck->isChecked() || m_toCheck->isChecked();
}

void JourneyFilterBar::suggestTimeRange(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker b1(m_fromEdit), b2(m_toEdit);
    m_fromEdit->setDateTime(from);
    m_toEdit->setDateTime(to);
}

void JourneyFilterBar::setDelayRange(double above, double upTo)
{
    m_filter->setDelayRange(above, upTo);
}

void JourneyFilterBar::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void JourneyFilterBar::apply()
{
    const int status = m_statusCombo->currentData().toInt();
    m_filter->setStatuses(status < 0 ? QList<JourneyStatus> {} : QList<JourneyStatus> {JourneyStatus(status)});
    const QString address = m_addressEdit->text().trimmed();
    if (address.startsWith(QLatin1Char('@'))) {
        m_filter->setAddress(QString());
        m_filter->setDomain(address);
    } else {
        m_filter->setDomain(QString());
        m_filter->setAddress(address);
    }
    m_filter->setTimeRange(m_fromCheck->isChecked() ? m_fromEdit->dateTime() : QDateTime(),
                           m_toCheck->isChecked() ? m_toEdit->dateTime() : QDateTime());
    m_filter->setText(m_textEdit->text());
    m_fromEdit->setEnabled(m_fromCheck->isChecked());
    m_toEdit->setEnabled(m_toCheck->isChecked());
}
