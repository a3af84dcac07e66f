// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/helperconnection.h"

#include <QMainWindow>

class ConnectDialog;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Mailroom {
class HostConnector;
}

// Navigation on the left (Dashboard, Setup, Mail, Logs, Configuration, and in this computer's
// window Hosts, the overview of the hosts the user watches), the section on the right.
// A window manages one host: this computer, or another one over SSH (File → Connect to Host…
// opens a window of its own per host). Every page talks to the helper through the window's
// connection; the host is named in the title and the status bar, and a lost connection is
// shown with a Reconnect button that replaces the window with a fresh one for the same host.
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
        Configuration,
        Hosts // only in the window of this computer
    };
    // This computer's helper.
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    const Mailroom::HelperConnection &connection() const { return m_connection; }
    // "alice@mx1.example.org" or this computer's name.
    QString hostName() const;

public Q_SLOTS:
    void showConnectDialog();
    // Connect to Host… for host, connecting at once (progress, errors and Cancel in the dialog).
    void connectToHost(const Mailroom::HostAddress &host);
    // Opens the same host again off the UI thread; on success a new window takes this one's place.
    void reconnect();

Q_SIGNALS:
    // A window for another host was opened (Connect to Host…, or Reconnect's replacement).
    void hostWindowOpened(MainWindow *window);

private:
    void checkConnection();
    ConnectDialog *newConnectDialog();
    MainWindow *openHostWindow(const Mailroom::HelperConnection &connection);

    Mailroom::HelperConnection m_connection;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QFrame *m_lostBanner;
    QLabel *m_lostText;
    QPushButton *m_reconnect;
    QLabel *m_hostLabel;
    QTimer *m_connectionTimer;
    Mailroom::HostConnector *m_reconnector;
};
