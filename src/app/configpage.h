// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class BackupsTab;
class ConfigFileTab;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Mailroom {
class HelperClient;
struct HelperError;
} // namespace Mailroom

// The Configuration section: Postfix's main settings as Postfix sees them, the whole
// main.cf and master.cf to edit and apply, the helper's backups of both (restore with a
// diff first), and the mail queue.
class ConfigPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPage(QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadSettings();
    void loadQueue();
    void queueAction(const QString &action);
    void showError(const Mailroom::HelperError &error);
    QStringList selectedQueueIds() const;

    Mailroom::HelperClient *m_client;
    QLabel *m_banner;
    QStandardItemModel *m_settings;
    QStandardItemModel *m_queue;
    QTableView *m_settingsView;
    QTableView *m_queueView;
    ConfigFileTab *m_mainCfTab;
    ConfigFileTab *m_masterCfTab;
    BackupsTab *m_backupsTab;
    QLabel *m_queueSummary;
};
