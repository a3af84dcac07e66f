// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/hostaddress.h"
#include "mail/mailspool.h"
#include "mail/postfixmailsettings.h"

#include <QMenu>

namespace Mailroom {

// The Mail page's "Mailbox" menu: the user's own spool (where Postfix delivers, asked from
// postconf without blocking the window), ~/Maildir when there is one, any mbox file or Maildir
// folder, the folders under ~/mail that delivery rules fill, and for administrators another user's mailbox. It only
// asks; the page opens.
class MailboxMenu : public QMenu
{
    Q_OBJECT
public:
    explicit MailboxMenu(QWidget *parent = nullptr);
    // For a window on another host: that host's spools only, through its helper (the user's own
    // and, for anyone, another user's). Nothing of this computer is listed or read.
    MailboxMenu(const HostAddress &host, QWidget *parent = nullptr);

    // Postfix's delivery settings once postconf has answered (defaults before).
    const PostfixMailSettings &postfixSettings() const { return m_postfix; }
    // Where this user's own mail is delivered (Postfix's settings when known).
    MailSpoolLocation ownSpool() const;

Q_SIGNALS:
    void openRequested(const QString &path, bool maildir);
    void otherUserRequested(const QString &user);
    // A choice that cannot be opened (not a Maildir), for the page's banner.
    void problem(const QString &text);

private:
    void updateSpoolAction();
    void updateFolderActions();
    void chooseMboxFile();
    void chooseMaildir();
    void chooseOtherUser();

    QAction *m_spoolAction = nullptr;
    QAction *m_foldersEnd = nullptr;
    QList<QAction *> m_folderActions;
    PostfixMailSettings m_postfix;
};

} // namespace Mailroom
