// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Mailroom {

// How Postfix's local(8) delivers to mailboxes here, as postconf(1) reports it (any user may run
// it): where the mailboxes are and which locks it takes. Not available when Postfix is absent.
struct PostfixMailSettings
{
    bool available = false;
    QString mailSpoolDirectory; // mail_spool_directory
    QString homeMailbox; // home_mailbox
    QString mailboxDeliveryLock; // mailbox_delivery_lock

    // The MailboxLock methods a rewrite takes: dotlock + fcntl, which every mbox reader expects,
    // plus whatever else Postfix takes (flock).
    int lockMethods() const;

    static QString program();
    static QStringList arguments();
    // Parses `postconf NAME…` output ("name = value" lines).
    static PostfixMailSettings parse(const QByteArray &output);
    // Runs postconf and waits (for the command line and worker threads; the GUI runs it async).
    static PostfixMailSettings query(int timeoutMs = 5000);
};

} // namespace Mailroom
