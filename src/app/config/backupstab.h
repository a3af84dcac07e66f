// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Mailroom {
class HelperClient;
} // namespace Mailroom

// The helper's backups of main.cf and master.cf; restoring one shows the diff first and is
// itself a change with its own backup.
class BackupsTab : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsTab(Mailroom::HelperClient *client, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void restored();

private:
    void restoreSelected();
    void restore(const QString &id, const QString &file);
    void showResult(const QString &text, bool good);

    Mailroom::HelperClient *m_client;
    QStandardItemModel *m_backups;
    QTableView *m_view;
    QPushButton *m_restore;
    QLabel *m_status;
};
