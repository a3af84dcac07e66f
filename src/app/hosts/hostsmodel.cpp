// SPDX-License-Identifier: GPL-2.0-or-later
#include "hosts/hostsmodel.h"

#include "smtp/certificateexpiry.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

#include <limits>

using Mailroom::HostStatus;

HostsModel::HostsModel(Mailroom::HostsOverview *overview, QObject *parent)
    : QAbstractTableModel(parent)
    , m_overview(overview)
{
    connect(m_overview, &Mailroom::HostsOverview::hostChanged, this, [this](int row) {
        if (row < 0 || row >= m_overview->size()) {
            return;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

void HostsModel::setHosts(const QList<Mailroom::HostAddress> &hosts, const Mailroom::HelperConnection::Options &options)
{
    beginResetModel();
    m_overview->setHosts(hosts, options);
    endResetModel();
}

Mailroom::HostAddress HostsModel::hostAt(int row) const
{
    return row >= 0 && row < m_overview->size() ? m_overview->status(row).host : Mailroom::HostAddress();
}

int HostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_overview->size();
}

int HostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime HostsModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString HostsModel::postfixStateText(const HostStatus &s)
{
    if (!s.postfixInstalled) {
        return tr("not installed");
    }
    const QString active = s.postfixState.section(QLatin1Char(' '), 0, 0);
    if (active == QLatin1String("active")) {
        return tr("running");
    }
    if (active == QLatin1String("inactive")) {
        return tr("stopped");
    }
    if (active == QLatin1String("failed")) {
        return tr("failed");
    }
    if (active == QLatin1String("activating")) {
        return tr("starting");
    }
    if (active == QLatin1String("deactivating")) {
        return tr("stopping");
    }
    if (active == QLatin1String("reloading")) {
        return tr("reloading");
    }
    return s.postfixState;
}

QString HostsModel::text(const HostStatus &s, int column)
{
    const bool ready = s.state == HostStatus::State::Ready;
    const QLocale locale;
    switch (column) {
    case Host:
        return s.host.toString();
    case Postfix:
        return ready && s.answerMs >= 0 ? postfixStateText(s) : QString();
    case Queue:
        return ready && s.queued >= 0 ? locale.toString(s.queued) : QString();
    case Deferred:
        return ready && s.deferred >= 0 ? locale.toString(s.deferred) : QString();
    case LastBounce:
        if (!ready || s.answerMs < 0) {
            return {};
        }
        return s.lastBounce.isValid() ? locale.toString(s.lastBounce.toLocalTime(), QLocale::ShortFormat)
                                      : tr("none in 24 h");
    case Certificate:
        if (!ready || s.answerMs < 0) {
            return {};
        }
        return s.certificateExpiry.isValid()
            ? locale.toString(s.certificateExpiry.toLocalTime().date(), QLocale::ShortFormat)
            : tr("none");
    case Status:
        switch (s.state) {
        case HostStatus::State::Connecting:
            return tr("Connecting…");
        case HostStatus::State::Failed:
            return s.error;
        case HostStatus::State::Ready:
            if (!s.error.isEmpty()) {
                return s.error;
            }
            return s.answerMs >= 0 ? tr("Answered in %1 ms").arg(s.answerMs) : tr("Connected");
        }
    }
    return {};
}

QString HostsModel::toolTip(const HostStatus &s, int column, const QDateTime &now)
{
    if (s.state != HostStatus::State::Ready || s.answerMs < 0) {
        return column == Status || column == Host ? text(s, Status) : QString();
    }
    switch (column) {
    case Postfix:
        return s.postfixInstalled ? tr("postfix.service: %1").arg(s.postfixState)
                                  : tr("Postfix is not installed on %1.").arg(s.host.toString());
    case Deferred:
        return s.deferred > 0 ? tr("%n message(s) wait for another delivery attempt.", nullptr, s.deferred) : QString();
    case LastBounce:
        return s.lastBounce.isValid() ? tr("The last message that bounced was for %1.").arg(s.lastBounceRecipient)
                                      : tr("No message bounced in the last 24 hours.");
    case Certificate:
        if (!s.certificateExpiry.isValid()) {
            return tr("Postfix offers no certificate on %1.").arg(s.host.toString());
        }
        return Mailroom::CertificateExpiry::at(QDateTime(), s.certificateExpiry, now).message(s.host.host, QString());
    case Status:
        return text(s, Status);
    default:
        return {};
    }
}

bool HostsModel::needsAttention(const HostStatus &s, int column, const QDateTime &now)
{
    const bool answered = s.state == HostStatus::State::Ready && s.answerMs >= 0;
    switch (column) {
    case Host:
        return s.state == HostStatus::State::Failed || !s.error.isEmpty()
            || (answered
                && (needsAttention(s, Postfix, now) || needsAttention(s, Deferred, now)
                    || needsAttention(s, Certificate, now)));
    case Postfix:
        return answered && s.postfixInstalled && !s.postfixRunning;
    case Deferred:
        return answered && s.deferred > 0;
    case Certificate:
        return answered && s.certificateExpiry.isValid()
            && Mailroom::CertificateExpiry::at(QDateTime(), s.certificateExpiry, now).needsAttention();
    case Status:
        return s.state == HostStatus::State::Failed || !s.error.isEmpty();
    default:
        return false;
    }
}

QVariant HostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview->size()) {
        return {};
    }
    const HostStatus &s = m_overview->status(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(s, column);
    case Qt::ToolTipRole:
        return toolTip(s, column, now());
    case Qt::TextAlignmentRole:
        if (column == Queue || column == Deferred) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (needsAttention(s, column, now())) {
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
        return {};
    case Qt::DecorationRole:
        if (column != Host) {
            return {};
        }
        if (s.state == HostStatus::State::Connecting) {
            return QIcon::fromTheme(QStringLiteral("network-connect"));
        }
        return QIcon::fromTheme(needsAttention(s, Host, now()) ? QStringLiteral("dialog-warning")
                                                               : QStringLiteral("emblem-ok-symbolic"));
    case StateRole:
        return int(s.state);
    case NeedsAttentionRole:
        return needsAttention(s, column, now());
    case SortRole:
        switch (column) {
        case Queue:
            return s.queued;
        case Deferred:
            return s.deferred;
        case LastBounce:
            return s.lastBounce.isValid() ? s.lastBounce.toMSecsSinceEpoch() : qint64(-1);
        case Certificate:
            return s.certificateExpiry.isValid() ? s.certificateExpiry.toMSecsSinceEpoch()
                                                 : std::numeric_limits<qint64>::max();
        default:
            return text(s, column);
        }
    default:
        return {};
    }
}

QVariant HostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Host:
        return tr("Host");
    case Postfix:
        return tr("Postfix");
    case Queue:
        return tr("Queue");
    case Deferred:
        return tr("Deferred");
    case LastBounce:
        return tr("Last bounce");
    case Certificate:
        return tr("Certificate until");
    case Status:
        return tr("Connection");
    default:
        return {};
    }
}
