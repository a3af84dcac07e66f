// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/summarystep.h"

#include "helperproxy.h"
#include "helpertypes.h"

#include <QDBusPendingReply>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SummaryStep::SummaryStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Summary"), parent)
    , m_backups(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("Restore selected backup"), this))
{
    setIntro(tr("The steps marked done on the left are in place. Every change to Postfix's configuration was "
                "preceded by a backup of the file, kept by the helper (readable by root only) in "
                "/var/lib/mailroom/backups."),
             tr("nothing, unless you restore a backup: that writes the old main.cf back (after a backup of the "
                "current one) and reloads Postfix."));
    auto *undo = new QLabel(tr("<b>How to undo:</b> select the main.cf backup taken before a change in the list "
                               "below and restore it; the same backups are under Configuration → Backups, where "
                               "each can be looked at first. The Relay step's “Remove relay” sends mail directly "
                               "again."),
                            this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setWordWrap(true);
    body()->addWidget(undo);
    m_backups->setObjectName(QStringLiteral("backups"));
    m_backups->setRootIsDecorated(false);
    m_backups->setHeaderLabels({tr("Backup"), tr("File"), tr("Taken")});
    m_backups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_backups->setMinimumHeight(140);
    body()->addWidget(m_backups, 1);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(false);
    buttons()->addWidget(m_restore);
    connect(m_backups, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_backups->selectedItems();
        m_restore->setEnabled(!items.isEmpty() && items.first()->text(1) == QLatin1String("main.cf"));
    });
    connect(m_restore, &QPushButton::clicked, this, &SummaryStep::restore);
}

void SummaryStep::refresh()
{
    whenFinished(proxy()->ListConfigBackups(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ConfigBackupList> r = *w;
        if (showIfFailed(w)) {
            setState(tr("The list of backups could not be read."));
            setDone(true);
            return;
        }
        m_backups->clear();
        const Mailroom::ConfigBackupList list = r.value();
        for (const auto &b : list) {
            auto *item = new QTreeWidgetItem(m_backups);
            item->setText(0, b.id);
            item->setText(1, b.file);
            item->setText(2, QLocale().toString(QDateTime::fromSecsSinceEpoch(b.time), QLocale::ShortFormat));
        }
        setState(list.isEmpty() ? tr("No configuration file has been changed through Mailroom yet.")
                                : tr("%n configuration backup(s) are kept.", nullptr, static_cast<int>(list.size())));
        setDone(true); // this page only reports
    });
}

void SummaryStep::restore()
{
    const auto items = m_backups->selectedItems();
    if (items.isEmpty()) {
        return;
    }
    setError(QString());
    m_restore->setEnabled(false);
    whenFinished(proxy()->RestoreConfigBackup(items.first()->text(0)), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString> r = *w;
        if (!showIfFailed(w)) {
            setResult(tr("Restored. The configuration before the restore is kept as backup %1.").arg(r.value()));
        }
        Q_EMIT systemChanged();
        refresh();
    });
}
