// SPDX-License-Identifier: GPL-2.0-or-later
#include "clientstab.h"

#include "bannerstyle.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using Mailroom::ClientSettings;
using Mailroom::HelperError;

namespace {
// The three replies of one refresh, gathered as they come.
struct Pending
{
    std::optional<Mailroom::ConfigValueList> config;
    std::optional<Mailroom::PortStateList> ports;
    std::optional<Mailroom::TlsCertificateState> tls;
    std::optional<HelperError> error;
    int waiting = 3;
};
} // namespace

ClientsTab::ClientsTab(Mailroom::HelperClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_model(new QStandardItemModel(0, 7, this))
    , m_table(new QTableView(this))
    , m_publish(new QLabel(this))
    , m_instructions(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy instructions"), this))
    , m_save(new QPushButton(tr("Save autoconfig file…"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("clientsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_warning->setObjectName(QStringLiteral("clientsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(BannerStyle::Warning);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_model->setHorizontalHeaderLabels(
        {tr("Mail"), tr("Protocol"), tr("Server"), tr("Port"), tr("Security"), tr("User name"), tr("Authentication")});
    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    layout->addWidget(m_table);

    m_publish->setObjectName(QStringLiteral("clientsPublish"));
    m_publish->setWordWrap(true);
    m_publish->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_publish);

    auto *textBox = new QGroupBox(tr("Text for users (Copy instructions puts it on the clipboard)"), this);
    auto *tl = new QVBoxLayout(textBox);
    m_instructions->setObjectName(QStringLiteral("clientsInstructions"));
    m_instructions->setReadOnly(true);
    m_instructions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tl->addWidget(m_instructions);
    layout->addWidget(textBox, 1);

    m_status->setObjectName(QStringLiteral("clientsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("copyInstructionsButton"));
    m_save->setObjectName(QStringLiteral("saveAutoconfigButton"));
    m_refresh->setObjectName(QStringLiteral("clientsRefreshButton"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_settings.instructions());
        showResult(tr("The text for users is on the clipboard."), true);
    });
    connect(m_save, &QPushButton::clicked, this, &ClientsTab::chooseAutoconfigFile);
    connect(m_refresh, &QPushButton::clicked, this, &ClientsTab::refresh);
}

void ClientsTab::refresh()
{
    // Only the newest refresh's replies count: an older one still on its way is dropped.
    const quint64 generation = ++m_generation;
    auto pending = std::make_shared<Pending>();
    const auto done = [this, generation, pending] {
        if (--pending->waiting > 0 || generation != m_generation) {
            return;
        }
        if (pending->error) {
            const bool missing = pending->error->dbusName == Mailroom::Api::Error::NotInstalled;
            showFailure(missing ? tr("Postfix is not installed: install and start it first.")
                                : pending->error->userMessage());
            return;
        }
        showSettings(ClientSettings::fromHelper(*pending->config, *pending->ports, *pending->tls,
                                                QDateTime::currentDateTimeUtc()));
    };
    const auto watch = [this, pending, done](const QDBusPendingCall &call, auto store) {
        auto *w = new QDBusPendingCallWatcher(call, this);
        connect(w, &QDBusPendingCallWatcher::finished, this, [pending, done, store](QDBusPendingCallWatcher *watcher) {
            watcher->deleteLater();
            if (watcher->isError()) {
                if (!pending->error) {
                    pending->error = HelperError::fromDBus(watcher->error());
                }
            } else {
                store(*watcher);
            }
            done();
        });
    };
    watch(m_client->proxy()->GetConfig(ClientSettings::configKeys()), [pending](QDBusPendingCallWatcher &w) {
        pending->config = QDBusPendingReply<Mailroom::ConfigValueList>(w).value();
    });
    watch(m_client->proxy()->GetPorts(), [pending](QDBusPendingCallWatcher &w) {
        pending->ports = QDBusPendingReply<Mailroom::PortStateList>(w).value();
    });
    watch(m_client->proxy()->GetTlsCertificate(), [pending](QDBusPendingCallWatcher &w) {
        pending->tls = QDBusPendingReply<Mailroom::TlsCertificateState>(w).value();
    });
}

void ClientsTab::showSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_model->removeRows(0, m_model->rowCount());
    for (const ClientSettings::Row &r : settings.rows()) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {r.direction, r.protocol, r.server, r.port, r.security, r.userName, r.authentication}) {
            row.append(new QStandardItem(text));
        }
        m_model->appendRow(row);
    }
    m_table->setVisible(settings.canConnect());
    // As tall as its rows: the text for users below gets the rest.
    m_table->resizeRowsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length()
                            + 2 * m_table->frameWidth());
    m_summary->setText(settings.canConnect()
                           ? tr("What your users type into Thunderbird, KMail, Outlook or a phone to read and send "
                                "mail as USER@%1. They log in with their user name and password on %2.")
                                 .arg(settings.domain, settings.hostName)
                           : tr("Mail programs cannot use this server yet."));
    const QStringList warnings = settings.warnings();
    m_warning->setText(warnings.join(QStringLiteral("\n\n")));
    m_warning->setStyleSheet(settings.canConnect()
                                     && settings.certificateState != ClientSettings::CertificateState::Expired
                                     && settings.certificateState != ClientSettings::CertificateState::None
                                 ? BannerStyle::Warning
                                 : BannerStyle::Error);
    m_warning->setVisible(!warnings.isEmpty());
    const QStringList urls = settings.autoconfigUrls();
    m_publish->setText(
        settings.canConnect()
            ? tr("Thunderbird fills these settings in by itself from a user's address when you publish the "
                 "autoconfig file on your web server at %1 or %2.")
                  .arg(urls.value(0), urls.value(1))
            : QString());
    m_publish->setVisible(settings.canConnect());
    m_instructions->setPlainText(settings.instructions());
    m_copy->setEnabled(true);
    m_save->setEnabled(settings.canConnect());
    Q_EMIT loaded();
}

void ClientsTab::showFailure(const QString &message)
{
    m_settings = ClientSettings();
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(message);
    m_warning->hide();
    m_publish->hide();
    m_instructions->clear();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    Q_EMIT loadFailed(message);
}

bool ClientsTab::saveAutoconfig(const QString &path)
{
    QSaveFile f(path);
    const QByteArray xml = m_settings.autoconfigXml();
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit()) {
        showResult(tr("Cannot write %1: %2").arg(path, f.errorString()), false);
        return false;
    }
    showResult(tr("Saved %1. Publish it at one of the addresses above.").arg(path), true);
    return true;
}

void ClientsTab::chooseAutoconfigFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the autoconfig file"),
                                                      QStringLiteral("config-v1.1.xml"), tr("XML files (*.xml)"));
    if (!path.isEmpty()) {
        saveAutoconfig(path);
    }
}

void ClientsTab::showResult(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? BannerStyle::Good : BannerStyle::Error);
    m_status->show();
}
