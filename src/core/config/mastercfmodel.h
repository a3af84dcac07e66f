// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "config/mastercf.h"

#include <QAbstractTableModel>

namespace Mailroom::Config {

// master.cf's services as rows (service, type, private, unpriv, chroot, wakeup, maxproc,
// command + arguments, -o overrides) for the view beside the master.cf text. Commented-out
// services are rows too, not enabled (Qt::ItemIsEnabled unset) and marked in the first column.
// LineRole gives a row's first physical line, for jumping to it. GUI thread only.
class MasterCfModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Service,
        Type,
        Private,
        Unprivileged,
        Chroot,
        Wakeup,
        MaxProcesses,
        Command,
        Overrides,
        ColumnCount
    };
    enum Role
    {
        LineRole = Qt::UserRole + 1,
        EnabledRole,
    };

    explicit MasterCfModel(QObject *parent = nullptr);

    void setText(const QByteArray &text);
    const MasterCf &document() const { return m_doc; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    MasterCf m_doc;
    QList<MasterCf::Service> m_services;
};

} // namespace Mailroom::Config
