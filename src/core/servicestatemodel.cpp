// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicestatemodel.h"

#include <QCoreApplication>

namespace Mailroom {

int ServiceStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int ServiceStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ServiceState &s = m_states.at(index.row());
    if (role == StateRole) {
        return QVariant::fromValue(s);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ServiceColumn:
        return role == Qt::ToolTipRole ? s.unit : s.displayName();
    case InstalledColumn:
        return s.installed ? QCoreApplication::translate("ServiceStateModel", "Installed")
                           : QCoreApplication::translate("ServiceStateModel", "Not installed");
    case ActiveColumn:
        if (!s.installed) {
            return QStringLiteral("—");
        }
        if (s.activeState == QLatin1String("active")) {
            return QCoreApplication::translate("ServiceStateModel", "Running");
        }
        if (s.activeState == QLatin1String("failed")) {
            return QCoreApplication::translate("ServiceStateModel", "Failed");
        }
        if (s.activeState == QLatin1String("activating")) {
            return QCoreApplication::translate("ServiceStateModel", "Starting");
        }
        return QCoreApplication::translate("ServiceStateModel", "Stopped");
    case BootColumn:
        if (!s.installed) {
            return QStringLiteral("—");
        }
        if (s.isEnabled()) {
            return QCoreApplication::translate("ServiceStateModel", "Enabled");
        }
        if (s.unitFileState == QLatin1String("masked")) {
            return QCoreApplication::translate("ServiceStateModel", "Masked");
        }
        return QCoreApplication::translate("ServiceStateModel", "Disabled");
    default:
        return {};
    }
}

QVariant ServiceStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ServiceColumn:
        return QCoreApplication::translate("ServiceStateModel", "Service");
    case InstalledColumn:
        return QCoreApplication::translate("ServiceStateModel", "Package");
    case ActiveColumn:
        return QCoreApplication::translate("ServiceStateModel", "State");
    case BootColumn:
        return QCoreApplication::translate("ServiceStateModel", "Start at boot");
    default:
        return {};
    }
}

void ServiceStateModel::setStates(const ServiceStateList &states)
{
    bool sameUnits = states.size() == m_states.size();
    for (qsizetype i = 0; sameUnits && i < states.size(); ++i) {
        sameUnits = states.at(i).unit == m_states.at(i).unit;
    }
    if (!sameUnits) {
        beginResetModel();
        m_states = states;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (!(states.at(i) == m_states.at(i))) {
            m_states[i] = states.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

ServiceState ServiceStateModel::state(const QString &unit) const
{
    for (const auto &s : m_states) {
        if (s.unit == unit) {
            return s;
        }
    }
    ServiceState missing;
    missing.unit = unit;
    return missing;
}

} // namespace Mailroom
