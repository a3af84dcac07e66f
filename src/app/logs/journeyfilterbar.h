// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Mailroom {
class JourneyFilterProxyModel;
} // namespace Mailroom

// The filters above the journeys table: status, address or @domain, a time range and free text,
// applied to a JourneyFilterProxyModel as they change, and a note for filters that have no
// field of their own (a delay range, hours of several days).
class JourneyFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyFilterBar(Mailroom::JourneyFilterProxyModel *filter, QWidget *parent = nullptr);

    // Every filter off (also the delay range) and no note.
    void clear();
    // A Mailroom::JourneyStatus, -1 for all.
    void setStatus(int status);
    void setAddress(const QString &address); // "@domain" filters by domain
    void setText(const QString &text);
    // Turns both ends of the time range on.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    bool hasTimeRange() const;
    // Preset the time fields without turning them on (the span of a freshly read log).
    void suggestTimeRange(const QDateTime &from, const QDateTime &to);
    void setDelayRange(double above, double upTo);
    void setNote(const QString &text);

private:
    void apply();

    Mailroom::JourneyFilterProxyModel *m_filter;
    QComboBox *m_statusCombo;
    QLineEdit *m_addressEdit;
    QCheckBox *m_fromCheck;
    QDateTimeEdit *m_fromEdit;
    QCheckBox *m_toCheck;
    QDateTimeEdit *m_toEdit;
    QLineEdit *m_textEdit;
    QLabel *m_note;
};
