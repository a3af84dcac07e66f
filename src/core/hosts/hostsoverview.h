// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperconnection.h"
#include "hostaddress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

class HelperProxy;

namespace Mailroom {

// One host's line in the overview.
struct HostStatus
{
    enum class State
    {
        Connecting,
        Ready,
        Failed, // could not connect, or the connection was lost: error says why
    };
    HostAddress host;
    State state = State::Connecting;
    QString error;
    bool postfixInstalled = false;
    bool postfixRunning = false;
    QString postfixState; // systemd's "active (running)", "failed", …; empty until read
    int queued = -1; // messages in Postfix's queue; -1 until read
    int deferred = -1; // of those, in the deferred queue
    QDateTime lastBounce; // the last bounced delivery in the journal's last 24 hours; invalid: none
    QString lastBounceRecipient;
    QDateTime certificateExpiry; // of the certificate smtpd offers; invalid: none
    qint64 answerMs = -1; // how long the host took to answer its last refresh
};

// The hosts a user watches, each with one SSH connection to its helper that stays open between
// refreshes. Connections open in parallel (each in a thread of its own: opening blocks), and a
// refresh asks every connected host at once (asynchronous calls), so the slowest host, not the
// sum of them, sets how long a refresh takes.
class HostsOverview : public QObject
{
    Q_OBJECT
public:
    explicit HostsOverview(QObject *parent = nullptr);
    ~HostsOverview() override;

    // Connects to hosts not connected yet (in parallel); hosts no longer listed are closed.
    // Emits connected() once every new host has connected or failed.
    void setHosts(const QList<HostAddress> &hosts, const HelperConnection::Options &options = {});
    // Every connected host at once; emits hostChanged per host and refreshed() at the end.
    // A host that lost its connection is opened again on the next setHosts()/reconnect().
    void refresh();
    // Opens the failed hosts' connections again.
    void reconnect();
    bool isRefreshing() const { return m_refreshing > 0; }
    QList<HostStatus> statuses() const;
    const HostStatus &status(int row) const;
    int size() const { return int(m_entries.size()); }

Q_SIGNALS:
    void hostChanged(int row);
    void connected();
    void refreshed(qint64 elapsedMs);

private:
    struct Entry;
    void open(Entry *entry);
    void refreshEntry(Entry *entry);
    void readLog(Entry *entry, quint64 sinceUsec);
    void answered(Entry *entry);
    int rowOf(const Entry *entry) const;

    std::vector<std::unique_ptr<Entry>> m_entries;
    HelperConnection::Options m_options;
    int m_opening = 0;
    int m_refreshing = 0;
    QElapsedTimer m_refreshTimer;
};

} // namespace Mailroom
