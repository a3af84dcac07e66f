// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clients/clientsettings.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Mailroom {
class HelperClient;
} // namespace Mailroom

// What users type into their mail programs (server, ports, security, user name), made from what
// the helper reports (GetConfig, GetPorts, GetTlsCertificate, asked at once and asynchronously): a
// warning when mail programs cannot connect yet or must accept the certificate, the text to mail
// to users, and Thunderbird's autoconfig file to publish.
class ClientsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsTab(Mailroom::HelperClient *client, QWidget *parent = nullptr);

    const Mailroom::ClientSettings &settings() const { return m_settings; }
    // Writes the autoconfig file to path (what "Save autoconfig file…" does after asking where).
    bool saveAutoconfig(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Each refresh: the settings shown, or why there are none.
    void loaded();
    void loadFailed(const QString &message);

private:
    void showSettings(const Mailroom::ClientSettings &settings);
    void showFailure(const QString &message);
    void chooseAutoconfigFile();
    void showResult(const QString &text, bool good);

    Mailroom::HelperClient *m_client;
    Mailroom::ClientSettings m_settings;
    quint64 m_generation = 0;
    QLabel *m_summary;
    QLabel *m_warning;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_publish;
    QPlainTextEdit *m_instructions;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_refresh;
    QLabel *m_status;
};
