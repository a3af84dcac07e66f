// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

// The Logs section.
class LogsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPage(QWidget *parent = nullptr);
};
