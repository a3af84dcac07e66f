// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QueueTab;

namespace Mailroom {
class HelperClient;
struct HelperError;
} // namespace Mailroom

// The Configuration section: Postfix's main settings as Postfix sees them, the
// helper's backups of main.cf (restore in one click), and the mail queue.
class ConfigPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPage(QWidget *parent = nullptr);

    QueueTab *queueTab() const { return m_queueTab; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadSettings();
    void loadBackups();
    void restoreSelectedBackup();
    void showError(const Mailroom::HelperError &error);

    Mailroom::HelperClient *m_client;
    QLabel *m_banner;
    QStandardItemModel *m_settings;
    QStandardItemModel *m_backups;
    QTableView *m_settingsView;
    QTableView *m_backupsView;
    QPushButton *m_restore;
    QueueTab *m_queueTab;
};
