// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/helperconnection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Mailroom {
class HostConnector;
}

// "Connect to Host…": a host as [user@]host[:port] (recent ones offered, most recent first),
// checked as it is typed; Connect opens the SSH connection off the UI thread with a busy
// indicator, and Cancel abandons the attempt. A failure is shown as ssh's or the helper's
// sentence and the dialog stays open; on success the host is remembered, connected() is emitted
// and the dialog closes.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setHostText(const QString &text);
    bool isConnecting() const;

Q_SIGNALS:
    void connected(const Mailroom::HelperConnection &connection);

public Q_SLOTS:
    void connectToHost();
    void reject() override;

private:
    void validate();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void fit();

    QComboBox *m_host;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    Mailroom::HostConnector *m_connector;
};
