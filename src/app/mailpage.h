// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

// The Mail section.
class MailPage : public QWidget
{
    Q_OBJECT
public:
    explicit MailPage(QWidget *parent = nullptr);
};
