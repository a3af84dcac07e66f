// SPDX-License-Identifier: GPL-2.0-or-later
#include "hosts/hostspage.h"

#include "bannerstyle.h"
#include "hosts/hostsmodel.h"
#include "hosts/hostsoverview.h"
#include "hosts/savedhosts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using Mailroom::HostAddress;

namespace {
constexpr int RefreshIntervalMs = 60 * 1000;
}

HostsPage::HostsPage(QWidget *parent)
    : QWidget(parent)
    , m_overview(new Mailroom::HostsOverview(this))
    , m_model(new HostsModel(m_overview, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_newHost(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("hostsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Hosts"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("The mail hosts you watch, each asked over SSH at the same time. Every host needs "
                                "Mailroom's helper and your SSH key; polkit on that host decides what you may see. "
                                "Open a host (or double-click it) to manage it in a window of its own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *addRow = new QHBoxLayout;
    m_newHost->setObjectName(QStringLiteral("newHost"));
    m_newHost->setPlaceholderText(tr("user@mail.example.org"));
    m_newHost->setAccessibleName(tr("Host to add"));
    m_newHost->setClearButtonEnabled(true);
    addRow->addWidget(m_newHost, 1);
    m_add->setObjectName(QStringLiteral("addHostButton"));
    m_add->setEnabled(false);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    m_message->setObjectName(QStringLiteral("hostsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(BannerStyle::Error);
    m_message->hide();
    layout->addWidget(m_message);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HostsModel::SortRole);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HostsModel::Host, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Only the last column (the connection's sentence) is ever too long: its end says why.
    m_table->setTextElideMode(Qt::ElideLeft);
    layout->addWidget(m_table, 1);

    m_empty->setObjectName(QStringLiteral("hostsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No hosts yet. Add one above as user@host (a port after a colon if sshd listens "
                        "elsewhere); hosts you connect to with File → Connect to Host… appear here too."));
    layout->addWidget(m_empty, 1);

    auto *footer = new QHBoxLayout;
    m_updated->setObjectName(QStringLiteral("hostsUpdated"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(m_updated, 1);
    m_open->setObjectName(QStringLiteral("openHostButton"));
    m_remove->setObjectName(QStringLiteral("removeHostButton"));
    m_refresh->setObjectName(QStringLiteral("refreshHostsButton"));
    footer->addWidget(m_open);
    footer->addWidget(m_remove);
    footer->addWidget(m_refresh);
    layout->addLayout(footer);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &HostsPage::refresh);
    connect(m_newHost, &QLineEdit::textChanged, this, &HostsPage::validateNewHost);
    connect(m_newHost, &QLineEdit::returnPressed, this, &HostsPage::addHost);
    connect(m_add, &QPushButton::clicked, this, &HostsPage::addHost);
    connect(m_remove, &QPushButton::clicked, this, &HostsPage::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &HostsPage::openSelected);
    connect(m_refresh, &QPushButton::clicked, this, &HostsPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &HostsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HostsPage::updateButtons);
    // Hosts just connected are asked at once (queued: setHosts may say so before the table has
    // its rows). Only the button and the timer open failed hosts again, never this answer.
    connect(
        m_overview, &Mailroom::HostsOverview::connected, this,
        [this] {
            if (!m_overview->isRefreshing()) {
                m_overview->refresh();
            }
            updateStatus();
        },
        Qt::QueuedConnection);
    connect(m_overview, &Mailroom::HostsOverview::hostChanged, this, &HostsPage::updateStatus);
    connect(m_overview, &Mailroom::HostsOverview::refreshed, this, [this](qint64 elapsedMs) {
        m_lastRefresh = QDateTime::currentDateTime();
        m_lastElapsedMs = elapsedMs;
        updateStatus();
        Q_EMIT refreshed(elapsedMs);
    });
    updateButtons();
    updateStatus();
}

HostsPage::~HostsPage() = default;

void HostsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Connect to Host… and mailroomctl hosts change the same list: read it again on every visit.
    reloadHosts();
    m_timer->start();
}

void HostsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void HostsPage::reloadHosts()
{
    QList<HostAddress> hosts = Mailroom::SavedHosts::load();
    const auto byName = [](const HostAddress &a, const HostAddress &b) {
        return a.toString() < b.toString();
    };
    std::sort(hosts.begin(), hosts.end(), byName);
    if (m_started && hosts == m_hosts) {
        return;
    }
    m_started = true;
    m_hosts = hosts;
    const HostAddress selected = selectedHost();
    // Never a prompt here: many hosts at once, and a refresh every minute.
    m_model->setHosts(m_hosts, Mailroom::HelperConnection::Options());
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_model->hostAt(m_sorted->mapToSource(m_sorted->index(row, 0)).row()) == selected) {
            m_table->selectRow(row);
        }
    }
    updateButtons();
    updateStatus();
}

void HostsPage::refresh()
{
    if (m_overview->isRefreshing()) {
        return;
    }
    m_overview->reconnect();
    m_overview->refresh();
    updateStatus();
}

void HostsPage::validateNewHost()
{
    const QString text = m_newHost->text().trimmed();
    QString error;
    const bool valid = !text.isEmpty() && HostAddress::parse(text, &error).isValid();
    m_add->setEnabled(valid);
    if (text.isEmpty() || valid) {
        m_message->hide();
    } else {
        m_message->setText(error);
        m_message->show();
    }
}

void HostsPage::addHost()
{
    QString error;
    const HostAddress host = HostAddress::parse(m_newHost->text().trimmed(), &error);
    if (!host.isValid()) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    if (m_hosts.contains(host)) {
        m_message->setText(tr("%1 is on the list already.").arg(host.toString()));
        m_message->show();
        return;
    }
    if (m_hosts.size() >= Mailroom::SavedHosts::MaxHosts) {
        m_message->setText(
            tr("At most %1 hosts can be watched: remove one first.").arg(Mailroom::SavedHosts::MaxHosts));
        m_message->show();
        return;
    }
    Mailroom::SavedHosts::remember(host);
    m_newHost->clear();
    reloadHosts();
}

void HostsPage::removeSelected()
{
    const HostAddress host = selectedHost();
    if (!host.isValid()) {
        return;
    }
    Mailroom::SavedHosts::forget(host);
    reloadHosts();
}

void HostsPage::openSelected()
{
    const HostAddress host = selectedHost();
    if (host.isValid()) {
        Q_EMIT openHostRequested(host);
    }
}

HostAddress HostsPage::selectedHost() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_model->hostAt(m_sorted->mapToSource(rows.first()).row());
}

void HostsPage::updateButtons()
{
    const bool selected = selectedHost().isValid();
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_refresh->setEnabled(!m_hosts.isEmpty());
}

void HostsPage::updateStatus()
{
    const bool empty = m_hosts.isEmpty();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty) {
        m_updated->clear();
        return;
    }
    int connecting = 0;
    int failed = 0;
    int attention = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex host = m_model->index(row, HostsModel::Host);
        const auto state = Mailroom::HostStatus::State(host.data(HostsModel::StateRole).toInt());
        connecting += state == Mailroom::HostStatus::State::Connecting;
        failed += state == Mailroom::HostStatus::State::Failed;
        attention += state != Mailroom::HostStatus::State::Failed && host.data(HostsModel::NeedsAttentionRole).toBool();
    }
    QStringList parts;
    if (connecting > 0) {
        parts << tr("Connecting to %n host(s)…", nullptr, connecting);
    } else if (m_overview->isRefreshing()) {
        parts << tr("Refreshing…");
    } else if (m_lastRefresh.isValid()) {
        parts << tr("%n host(s) answered in %1 ms at %2.", nullptr, m_model->rowCount() - failed)
                     .arg(m_lastElapsedMs)
                     .arg(QLocale().toString(m_lastRefresh.time(), QLocale::ShortFormat));
    }
    if (failed > 0) {
        parts << tr("%n not connected.", nullptr, failed);
    }
    if (attention > 0) {
        parts << tr("%n need(s) attention.", nullptr, attention);
    }
    m_updated->setText(parts.join(QLatin1Char(' ')));
}
