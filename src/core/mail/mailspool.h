// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mailroom {

// Where a user's mail is delivered. Postfix's local(8) uses home_mailbox when set (relative to
// the home directory; a trailing '/' means Maildir), else mail_spool_directory/USER (again
// Maildir with a trailing '/'). Callers pass the postconf values in (empty when unknown or
// Postfix is absent); this never runs programs.
struct MailSpoolLocation
{
    QString path;
    bool maildir = false;
};

namespace MailSpool {
MailSpoolLocation locate(const QString &user, const QString &homeDirectory, const QString &mailSpoolDirectory = {},
                         const QString &homeMailbox = {});
// The conventional places to look when nothing is configured, in order: /var/mail/USER,
// /var/spool/mail/USER.
QStringList defaultCandidates(const QString &user);

// The spool directory itself (/var/mail, symbolic links followed) as it is now. Debian's
// sendmail leaves it writable by every user (3777): anyone can then create files there, such as
// a lock file that holds up another user's mail. Postfix needs only the group mail to write.
struct DirectoryState
{
    QString path; // empty when there is none
    uint mode = 0; // permission bits, e.g. 03777
    bool worldWritable() const { return mode & 0002; }
};
DirectoryState spoolDirectory(const QString &path = QStringLiteral("/var/mail"));
} // namespace MailSpool

} // namespace Mailroom
