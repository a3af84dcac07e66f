// SPDX-License-Identifier: GPL-2.0-or-later
#include "mastercfmodel.h"

namespace Mailroom::Config {

MasterCfModel::MasterCfModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MasterCfModel::setText(const QByteArray &text)
{
    MasterCf doc = MasterCf::fromByteArray(text);
    if (doc.services() == m_services && doc.problems() == m_doc.problems()) {
        return; // typing inside a comment: nothing for the view to redo
    }
    beginResetModel();
    m_doc = std::move(doc);
    m_services = m_doc.services();
    endResetModel();
}

int MasterCfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int MasterCfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MasterCfModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const MasterCf::Service &s = m_services.at(index.row());
    if (role == LineRole) {
        return s.firstLine;
    }
    if (role == EnabledRole) {
        return s.enabled;
    }
    if (role == Qt::ToolTipRole && index.column() == Overrides) {
        return s.overrides.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && !s.enabled) {
        return tr("Commented out (line %1): remove the leading # of the service line and its -o lines to enable it.")
            .arg(s.firstLine);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Service:
        return s.enabled ? s.name : QStringLiteral("# ") + s.name;
    case Type:
        return s.type;
    case Private:
        return s.privateField;
    case Unprivileged:
        return s.unprivileged;
    case Chroot:
        return s.chroot;
    case Wakeup:
        return s.wakeup;
    case MaxProcesses:
        return s.maxproc;
    case Command:
        return (QStringList {s.command} + s.arguments).join(QLatin1Char(' '));
    case Overrides:
        return s.overrides.join(QStringLiteral(", "));
    }
    return {};
}

QVariant MasterCfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Service:
        return tr("Service");
    case Type:
        return tr("Type");
    case Private:
        return tr("Private");
    case Unprivileged:
        return tr("Unpriv");
    case Chroot:
        return tr("Chroot");
    case Wakeup:
        return tr("Wakeup");
    case MaxProcesses:
        return tr("Maxproc");
    case Command:
        return tr("Command");
    case Overrides:
        return tr("-o overrides");
    }
    return {};
}

Qt::ItemFlags MasterCfModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    // Still selectable, so a click can jump to the commented line.
    return m_services.at(index.row()).enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsSelectable;
}

} // namespace Mailroom::Config
