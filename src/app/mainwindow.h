// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

// Navigation on the left (Dashboard, Setup, Mail, Logs, Configuration), the section on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section
    {
        Dashboard,
        Setup,
        Mail,
        Logs,
        Configuration
    };
    explicit MainWindow(QWidget *parent = nullptr);

    void showSection(Section section);

private:
    QListWidget *m_nav;
    QStackedWidget *m_stack;
};
