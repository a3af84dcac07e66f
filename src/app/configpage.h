// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class BackupsTab;
class CertificatesTab;
class ClientsTab;
class FilterStep;
class QTabWidget;
class ConfigFileTab;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QueueTab;

namespace Mailroom {
class HelperConnection;
class HelperClient;
struct HelperError;
} // namespace Mailroom

// The Configuration section: Postfix's main settings as Postfix sees them, the whole
// main.cf and master.cf to edit and apply, the helper's backups of both (restore with a
// diff first), the certificate, what users type into their mail programs, and the mail queue.
class ConfigPage : public QWidget
{
    Q_OBJECT
public:
    // The helper on this computer's system bus.
    explicit ConfigPage(QWidget *parent = nullptr);
    // The helper reached through connection (this computer's, or another host's over SSH).
    explicit ConfigPage(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);

    QueueTab *queueTab() const { return m_queueTab; }
    // Brings the Certificates tab to the front (the Dashboard's certificate notice).
    void showCertificates();
    // Brings the Mail clients tab to the front.
    void showClients();
    // Brings the Spam filter tab to the front (the Dashboard's spam filter row).
    void showSpamFilter();

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadSettings();
    void showError(const Mailroom::HelperError &error);

    Mailroom::HelperClient *m_client;
    QLabel *m_banner;
    QStandardItemModel *m_settings;
    QTableView *m_settingsView;
    ConfigFileTab *m_mainCfTab;
    ConfigFileTab *m_masterCfTab;
    BackupsTab *m_backupsTab;
    CertificatesTab *m_certificatesTab;
    ClientsTab *m_clientsTab;
    FilterStep *m_filterTab;
    QTabWidget *m_tabs;
    QueueTab *m_queueTab;
};
