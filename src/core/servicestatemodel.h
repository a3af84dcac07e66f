// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QAbstractTableModel>

namespace Mailroom {

// The mail services as a table: service, installed, running, at boot.
class ServiceStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ServiceColumn,
        InstalledColumn,
        ActiveColumn,
        BootColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the contents, emitting dataChanged only for rows that changed when the units are the same.
    void setStates(const ServiceStateList &states);
    const ServiceStateList &states() const { return m_states; }
    // The state of one unit, or an uninstalled state when unknown.
    ServiceState state(const QString &unit) const;

private:
    ServiceStateList m_states;
};

} // namespace Mailroom
