// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

// A section whose feature has not landed yet: says so plainly, fakes nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};
