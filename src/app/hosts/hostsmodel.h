// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/hostsoverview.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The hosts overview as a table: one row per watched host (HostsOverview's order), its Postfix
// state, queue, deferred messages, last bounce, certificate expiry and how it answered. A row
// that needs the admin (no connection, Postfix not running, deferred mail, a certificate about to
// expire) says so with its colour and NeedsAttentionRole.
class HostsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Host,
        Postfix,
        Queue,
        Deferred,
        LastBounce,
        Certificate,
        Status,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // HostStatus::State as int
        NeedsAttentionRole, // bool
        SortRole, // numbers and times as numbers, so columns sort by value
    };

    explicit HostsModel(Mailroom::HostsOverview *overview, QObject *parent = nullptr);

    // Replaces the watched hosts (kept ones keep their connection) and connects the new ones.
    void setHosts(const QList<Mailroom::HostAddress> &hosts, const Mailroom::HelperConnection::Options &options = {});
    Mailroom::HostAddress hostAt(int row) const;
    // The moment certificate expiry is judged against; the current time unless set (tests).
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The words for systemd's "active (running)", "failed", … as the table shows them.
    static QString postfixStateText(const Mailroom::HostStatus &status);
    // A cell's text and tooltip, and whether it needs the admin, for a host's status at `now`.
    static QString text(const Mailroom::HostStatus &s, int column);
    static QString toolTip(const Mailroom::HostStatus &s, int column, const QDateTime &now);
    static bool needsAttention(const Mailroom::HostStatus &s, int column, const QDateTime &now);

private:
    QDateTime now() const;

    Mailroom::HostsOverview *m_overview; // the rows: read from it, never copied
    QDateTime m_now;
};
