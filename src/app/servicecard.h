// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QFrame>

class QLabel;

// A card on the Dashboard for one service: installed, running, starts at boot.
class ServiceCard : public QFrame
{
    Q_OBJECT
public:
    ServiceCard(const QString &title, const QString &role, QWidget *parent = nullptr);
    void setState(const Mailroom::ServiceState &state);
    void setUnknown();

private:
    QLabel *m_dot;
    QLabel *m_summary;
    QLabel *m_package;
    QLabel *m_running;
    QLabel *m_boot;
};
