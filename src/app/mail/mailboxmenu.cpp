// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxmenu.h"

#include "localuser.h"
#include "mail/maildirstore.h"
#include "rules/mailfolders.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>

namespace Mailroom {

MailboxMenu::MailboxMenu(QWidget *parent)
    : QMenu(parent)
    , m_spoolAction(addAction(QString()))
{
    m_spoolAction->setObjectName(QStringLiteral("openSpool"));
    connect(m_spoolAction, &QAction::triggered, this, [this] {
        const MailSpoolLocation spool = ownSpool();
        Q_EMIT openRequested(spool.path, spool.maildir);
    });
    updateSpoolAction();
    // Where Postfix delivers, and how it locks: asked from postconf without blocking the window.
    if (QFileInfo(PostfixMailSettings::program()).isExecutable()) {
        auto *postconf = new QProcess(this);
        connect(postconf, &QProcess::finished, this, [this, postconf](int code, QProcess::ExitStatus status) {
            postconf->deleteLater();
            if (status == QProcess::NormalExit && code == 0) {
                m_postfix = PostfixMailSettings::parse(postconf->readAllStandardOutput());
                updateSpoolAction();
            }
        });
        connect(postconf, &QProcess::errorOccurred, this, [postconf](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                postconf->deleteLater();
            }
        });
        postconf->start(PostfixMailSettings::program(), PostfixMailSettings::arguments());
    }
    const QString maildir = QDir::home().filePath(QStringLiteral("Maildir"));
    if (MaildirStore::isMaildir(maildir)) {
        connect(addAction(tr("My Maildir (%1)").arg(maildir)), &QAction::triggered, this,
                [this, maildir] { Q_EMIT openRequested(maildir, true); });
    }
    // Folders that delivery rules fill (~/mail): listed afresh each time the menu opens.
    m_foldersEnd = addSeparator();
    connect(this, &QMenu::aboutToShow, this, &MailboxMenu::updateFolderActions);
    updateFolderActions();
    connect(addAction(tr("Open mbox file…")), &QAction::triggered, this, &MailboxMenu::chooseMboxFile);
    connect(addAction(tr("Open Maildir folder…")), &QAction::triggered, this, &MailboxMenu::chooseMaildir);
    if (LocalUser::isMailAdmin()) {
        addSeparator();
        auto *a = addAction(tr("Other user's mailbox…"));
        a->setObjectName(QStringLiteral("openOtherUser"));
        connect(a, &QAction::triggered, this, &MailboxMenu::chooseOtherUser);
    }
}

MailboxMenu::MailboxMenu(const HostAddress &host, QWidget *parent)
    : QMenu(parent)
{
    // ssh logs in as the local user when the address names none.
    const QString user = host.user.isEmpty() ? LocalUser::name() : host.user;
    auto *own = addAction(tr("%1's mailbox on %2").arg(user, host.host));
    own->setObjectName(QStringLiteral("openSpool"));
    connect(own, &QAction::triggered, this, [this, user] { Q_EMIT otherUserRequested(user); });
    addSeparator();
    auto *other = addAction(tr("Other user's mailbox on %1…").arg(host.host));
    other->setObjectName(QStringLiteral("openOtherUser"));
    connect(other, &QAction::triggered, this, &MailboxMenu::chooseOtherUser);
}

MailSpoolLocation MailboxMenu::ownSpool() const
{
    return MailSpool::locate(LocalUser::name(), QDir::homePath(), m_postfix.mailSpoolDirectory, m_postfix.homeMailbox);
}

void MailboxMenu::updateSpoolAction()
{
    const MailSpoolLocation spool = ownSpool();
    m_spoolAction->setText(tr("My mail spool (%1)").arg(spool.path));
    m_spoolAction->setVisible(!spool.path.isEmpty());
}

void MailboxMenu::updateFolderActions()
{
    qDeleteAll(m_folderActions);
    m_folderActions.clear();
    for (const MailFolder &f : MailFolders::list(QDir::home().filePath(QStringLiteral("mail")))) {
        auto *a = new QAction(tr("%1 (~/mail/%1)").arg(f.name), this);
        a->setObjectName(QStringLiteral("openFolder:") + f.name);
        connect(a, &QAction::triggered, this, [this, f] { Q_EMIT openRequested(f.path, f.maildir); });
        insertAction(m_foldersEnd, a);
        m_folderActions.append(a);
    }
}

void MailboxMenu::chooseMboxFile()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Open mbox file"), QDir::homePath());
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path, false);
    }
}

void MailboxMenu::chooseMaildir()
{
    const QString path = QFileDialog::getExistingDirectory(parentWidget(), tr("Open Maildir folder"), QDir::homePath());
    if (path.isEmpty()) {
        return;
    }
    if (!MaildirStore::isMaildir(path)) {
        Q_EMIT problem(tr("%1 is not a Maildir: it has no cur/, new/ and tmp/ folders.").arg(path));
        return;
    }
    Q_EMIT openRequested(path, true);
}

void MailboxMenu::chooseOtherUser()
{
    bool ok = false;
    const QString user
        = QInputDialog::getText(parentWidget(), tr("Other user's mailbox"),
                                tr("User name (the mailbox opens read-only):"), QLineEdit::Normal, {}, &ok);
    if (ok && !user.trimmed().isEmpty()) {
        Q_EMIT otherUserRequested(user.trimmed());
    }
}

} // namespace Mailroom
