// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

// The Setup section.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);
};
