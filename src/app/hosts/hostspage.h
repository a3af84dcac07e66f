// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/hostaddress.h"

#include <QDateTime>
#include <QWidget>

class HostsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Mailroom {
class HostsOverview;
}

// Hosts: every host the user watches (the list mailroomctl hosts and Connect to Host… keep), in
// one table refreshed in parallel over connections that stay open: Postfix's state, the queue,
// deferred mail, the last bounce and the certificate's end. Add and remove hosts here; Open (or a
// double click) opens a window that manages the host. Connections open when the page is first
// shown, never at start-up, and the table refreshes itself every minute while it is on screen.
class HostsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostsPage(QWidget *parent = nullptr);
    ~HostsPage() override;

    // Asks every connected host again (and opens the connections of hosts that failed).
    void refresh();
    // Reads the saved hosts again and watches them.
    void reloadHosts();
    HostsModel *model() const { return m_model; }

Q_SIGNALS:
    void openHostRequested(const Mailroom::HostAddress &host);
    // After every refresh, with how long the slowest host took.
    void refreshed(qint64 elapsedMs);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addHost();
    void removeSelected();
    void openSelected();
    void validateNewHost();
    void updateButtons();
    void updateStatus();
    Mailroom::HostAddress selectedHost() const;

    Mailroom::HostsOverview *m_overview;
    HostsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_newHost;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_updated;
    QTimer *m_timer;
    QList<Mailroom::HostAddress> m_hosts;
    QDateTime m_lastRefresh;
    qint64 m_lastElapsedMs = -1;
    bool m_started = false;
};
