// SPDX-License-Identifier: GPL-2.0-or-later
#include "backupstab.h"

#include "config/diffdialog.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using Mailroom::HelperError;

BackupsTab::BackupsTab(Mailroom::HelperClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_backups(new QStandardItemModel(0, 3, this))
    , m_view(new QTableView(this))
    , m_restore(new QPushButton(tr("Restore this backup…"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change Mailroom makes to main.cf or master.cf is preceded by a backup (kept by "
                                "the helper, readable by root only). Restoring one shows the changes first and is "
                                "itself a change with its own backup."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_backups->setHorizontalHeaderLabels({tr("File"), tr("Taken"), tr("Backup")});
    m_view->setObjectName(QStringLiteral("backupsTable"));
    m_view->setModel(m_backups);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    row->addWidget(m_restore);
    layout->addLayout(row);

    connect(m_restore, &QPushButton::clicked, this, &BackupsTab::restoreSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_view->selectionModel()->hasSelection()); });
}

void BackupsTab::refresh()
{
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->ListConfigBackups(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::ConfigBackupList> reply = *watcher;
        m_backups->removeRows(0, m_backups->rowCount());
        if (reply.isError()) {
            const HelperError error = HelperError::fromDBus(reply.error());
            showResult(error.userMessage(), false);
            return;
        }
        for (const auto &b : reply.value()) {
            // sasl_passwd backups hold the relay password: never shown or restored here.
            if (b.file != QLatin1String("main.cf") && b.file != QLatin1String("master.cf")) {
                continue;
            }
            auto *file = new QStandardItem(b.file);
            file->setData(b.id, Qt::UserRole);
            m_backups->appendRow(
                {file,
                 new QStandardItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(b.time), QLocale::ShortFormat)),
                 new QStandardItem(b.id)});
        }
        m_view->resizeColumnsToContents();
    });
}

void BackupsTab::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QStandardItem *item = m_backups->item(rows.first().row(), 0);
    const QString id = item->data(Qt::UserRole).toString();
    const QString file = item->text();
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->PreviewConfigBackup(id), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, id, file](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            showResult(HelperError::fromDBus(reply.error()).userMessage(), false);
            return;
        }
        if (reply.value().isEmpty()) {
            showResult(tr("%1 is already exactly as in this backup: nothing to restore.").arg(file), true);
            return;
        }
        if (DiffDialog::confirm(this, tr("Restore %1").arg(file),
                                tr("Restoring backup %1 makes these changes to /etc/postfix/%2. The current file is "
                                   "backed up first; Postfix checks the result and reloads, and if it refuses it "
                                   "nothing changes.")
                                    .arg(id, file),
                                reply.value(), tr("Restore"))) {
            restore(id, file);
        }
    });
}

void BackupsTab::restore(const QString &id, const QString &file)
{
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->RestoreConfigBackup(id), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, file](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            const HelperError error = HelperError::fromDBus(reply.error());
            showResult(error.dbusName == Mailroom::Api::Error::RolledBack
                           ? tr("Postfix refused the restored %1, so the current file stays. Postfix said:\n%2")
                                 .arg(file, error.message)
                           : error.userMessage(),
                       false);
        } else {
            showResult(tr("Restored %1. The file it replaced was saved as backup %2.").arg(file, reply.value()), true);
            Q_EMIT restored();
        }
        refresh();
    });
}

void BackupsTab::showResult(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString()
                                 : QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #e8a3aa; "
                                                  "border-radius: 4px; padding: 6px; color: #5c0a12; }"));
    m_status->show();
}
