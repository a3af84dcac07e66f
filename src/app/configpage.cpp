// SPDX-License-Identifier: GPL-2.0-or-later
#include "configpage.h"

#include "config/backupstab.h"
#include "config/certificatestab.h"
#include "config/clientstab.h"
#include "config/configfiletab.h"
#include "config/queuetab.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "hosts/helperconnection.h"
#include "setup/filterstep.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The parameters the chapter configures, in its order.
const QStringList &shownKeys()
{
    static const QStringList keys {QStringLiteral("myhostname"),
                                   QStringLiteral("mydomain"),
                                   QStringLiteral("myorigin"),
                                   QStringLiteral("mydestination"),
                                   QStringLiteral("inet_interfaces"),
                                   QStringLiteral("inet_protocols"),
                                   QStringLiteral("mynetworks"),
                                   QStringLiteral("relayhost"),
                                   QStringLiteral("smtp_sasl_auth_enable"),
                                   QStringLiteral("smtp_tls_security_level"),
                                   QStringLiteral("message_size_limit"),
                                   QStringLiteral("mailbox_size_limit"),
                                   QStringLiteral("home_mailbox"),
                                   QStringLiteral("mail_version")};
    return keys;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}
} // namespace

ConfigPage::ConfigPage(QWidget *parent)
    : ConfigPage(Mailroom::HelperConnection(), parent)
{ }

ConfigPage::ConfigPage(const Mailroom::HelperConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(new Mailroom::HelperClient(connection.bus(), this))
    , m_banner(new QLabel(this))
    , m_settings(new QStandardItemModel(0, 3, this))
    , m_queueTab(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Configuration"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);

    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("configBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    layout->addWidget(tabs, 1);

    // Settings
    auto *settingsTab = new QWidget(tabs);
    auto *sl = new QVBoxLayout(settingsTab);
    auto *intro
        = new QLabel(tr("The values Postfix uses now (postconf). Values in bold are set in /etc/postfix/main.cf; "
                        "the others are Postfix's defaults. Change them in Setup → Basics, in the main.cf tab, "
                        "or with mailroomctl config set."),
                     settingsTab);
    intro->setWordWrap(true);
    sl->addWidget(intro);
    m_settings->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Default")});
    m_settingsView = makeTable(m_settings, settingsTab);
    m_settingsView->setObjectName(QStringLiteral("settingsTable"));
    // The names as wide as they are; the values (what the page is for) and the defaults share
    // the rest, so that neither is cut short while the other has room to spare.
    m_settingsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_settingsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    sl->addWidget(m_settingsView);
    tabs->addTab(settingsTab, tr("Settings"));

    // The whole files, and the backups of both.
    m_mainCfTab = new ConfigFileTab(m_client, ConfigFileTab::File::MainCf, tabs);
    tabs->addTab(m_mainCfTab, QStringLiteral("main.cf"));
    m_masterCfTab = new ConfigFileTab(m_client, ConfigFileTab::File::MasterCf, tabs);
    tabs->addTab(m_masterCfTab, QStringLiteral("master.cf"));
    m_backupsTab = new BackupsTab(m_client, tabs);
    tabs->addTab(m_backupsTab, tr("Backups"));
    connect(m_mainCfTab, &ConfigFileTab::applied, this, &ConfigPage::refresh);
    connect(m_masterCfTab, &ConfigFileTab::applied, this, &ConfigPage::refresh);
    connect(m_backupsTab, &BackupsTab::restored, this, [this] {
        loadSettings();
        m_mainCfTab->reload();
        m_masterCfTab->reload();
    });

    m_certificatesTab = new CertificatesTab(m_client, tabs);
    tabs->addTab(m_certificatesTab, tr("Certificates"));
    connect(m_certificatesTab, &CertificatesTab::applied, this, [this] {
        loadSettings();
        m_mainCfTab->reload();
        m_backupsTab->refresh();
        m_clientsTab->refresh();
    });

    m_clientsTab = new ClientsTab(m_client, tabs);
    tabs->addTab(m_clientsTab, tr("Mail clients"));

    // The same controls as the Setup step, so both places say and do the same.
    m_filterTab = new FilterStep(m_client, tabs);
    m_filterTab->setObjectName(QStringLiteral("filterTab"));
    tabs->addTab(m_filterTab, tr("Spam filter"));
    connect(m_filterTab, &SetupStep::systemChanged, this, [this] {
        loadSettings();
        m_mainCfTab->reload();
        m_backupsTab->refresh();
    });

    m_queueTab = new QueueTab(m_client, tabs);
    tabs->addTab(m_queueTab, tr("Mail queue"));

    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    footer->addWidget(refresh);
    layout->addLayout(footer);

    connect(refresh, &QPushButton::clicked, this, &ConfigPage::refresh);
}

void ConfigPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConfigPage::showCertificates()
{
    m_tabs->setCurrentWidget(m_certificatesTab);
}

void ConfigPage::showClients()
{
    m_tabs->setCurrentWidget(m_clientsTab);
}

void ConfigPage::showSpamFilter()
{
    m_tabs->setCurrentWidget(m_filterTab);
}

void ConfigPage::refresh()
{
    m_banner->hide();
    loadSettings();
    m_backupsTab->refresh();
    m_certificatesTab->refresh();
    m_clientsTab->refresh();
    m_filterTab->refresh();
    // The editors load once; later only on Reload, so that edits in progress survive a refresh.
    for (ConfigFileTab *tab : {m_mainCfTab, m_masterCfTab}) {
        if (!tab->isModified()) {
            tab->reload();
        }
    }
    m_queueTab->refresh();
}

void ConfigPage::showError(const Mailroom::HelperError &error)
{
    if (error.dbusName == Mailroom::Api::Error::NotInstalled) {
        // The helper's own words add nothing here (and are English in every language).
        m_banner->setText(tr("Postfix is not installed yet: install it in Setup."));
    } else {
        m_banner->setText(error.userMessage());
    }
    m_banner->show();
}

void ConfigPage::loadSettings()
{
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->GetConfig(shownKeys()), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::ConfigValueList> reply = *watcher;
        m_settings->removeRows(0, m_settings->rowCount());
        if (reply.isError()) {
            showError(Mailroom::HelperError::fromDBus(reply.error()));
            return;
        }
        for (const auto &v : reply.value()) {
            QList<QStandardItem *> row {new QStandardItem(v.key), new QStandardItem(v.value),
                                        new QStandardItem(v.defaultValue)};
            if (v.explicitlySet) {
                QFont f = row.at(1)->font();
                f.setBold(true);
                row.at(0)->setFont(f);
                row.at(1)->setFont(f);
            }
            row.at(1)->setToolTip(v.value);
            m_settings->appendRow(row);
        }
        m_settingsView->resizeColumnToContents(0);
    });
}
