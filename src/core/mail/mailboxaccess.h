// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Mailroom {

// Why a mailbox is open read-only, for the status line of the mail view.
namespace MailboxAccess {
Q_NAMESPACE
enum class ReadOnlyReason
{
    None, // writable
    NotRequested, // opened for reading only (the default)
    FileNotWritable, // no write permission on the mailbox file
    DirectoryNotWritable, // cannot create the lock and temporary files next to it
    LockedByOther, // another program holds the mailbox lock
    ChangedOnDisk, // the file changed underneath (rewritten by another program); reload first
    NotMbox, // not a mailbox format we can write back safely
};
Q_ENUM_NS(ReadOnlyReason)

// A translated sentence for the user.
QString reasonText(ReadOnlyReason reason);
// Decides whether a mailbox at path can be written (permissions only; locks are tried when writing).
ReadOnlyReason checkWritable(const QString &path, bool maildir = false);
} // namespace MailboxAccess

} // namespace Mailroom
