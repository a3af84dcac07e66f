// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxaccess.h"

#include "mail/mailboxlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace Mailroom::MailboxAccess {

QString reasonText(ReadOnlyReason reason)
{
    switch (reason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::NotRequested:
        return QCoreApplication::translate("MailboxAccess", "Opened read-only.");
    case ReadOnlyReason::FileNotWritable:
        return QCoreApplication::translate("MailboxAccess", "Read-only: you may not write to this mailbox file.");
    case ReadOnlyReason::DirectoryNotWritable:
        return QCoreApplication::translate("MailboxAccess",
                                           "Read-only: the folder of this mailbox does not let you create the lock "
                                           "file that mail delivery respects, and no dotlockfile helper can create it "
                                           "for you.");
    case ReadOnlyReason::LockedByOther:
        return QCoreApplication::translate("MailboxAccess",
                                           "Read-only: another program (mail delivery or a mail reader) has locked "
                                           "this mailbox. Try again in a moment.");
    case ReadOnlyReason::ChangedOnDisk:
        return QCoreApplication::translate("MailboxAccess",
                                           "Read-only: the mailbox was changed by another program. Reload it before "
                                           "changing messages.");
    case ReadOnlyReason::NotMbox:
        return QCoreApplication::translate("MailboxAccess", "Read-only: this file is not in mbox format.");
    }
    return {};
}

ReadOnlyReason checkWritable(const QString &path, bool maildir)
{
    const QByteArray p = QFile::encodeName(path);
    if (maildir) {
        for (const char *sub : {"/cur", "/new"}) {
            if (::access((p + sub).constData(), W_OK) != 0) {
                return ReadOnlyReason::DirectoryNotWritable;
            }
        }
        return ReadOnlyReason::None;
    }
    if (::access(p.constData(), W_OK) != 0) {
        return ReadOnlyReason::FileNotWritable;
    }
    // A directory we may not write (the user's own spool in /var/mail) is fine when the dotlock
    // can still be made through liblockfile's setgid helper: the rewrite then works in place.
    if (!MailboxLock::canDotLock(path)) {
        return ReadOnlyReason::DirectoryNotWritable;
    }
    return ReadOnlyReason::None;
}

} // namespace Mailroom::MailboxAccess
