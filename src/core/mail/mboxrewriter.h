// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/mailboxaccess.h"

#include <QString>

#include <chrono>

namespace Mailroom {

class MessageTable;

// Writes changes back to an mbox file without ever losing a message:
//  1. locks like Postfix local(8) (MailboxLock: dotlock, then fcntl);
//  2. re-reads the file under the lock and checks that every indexed message is still where
//     the index says (else: ChangedOnDisk, nothing written); mail delivered since indexing is
//     found here and copied byte for byte;
//  3. where the mailbox's directory is writable (ReplaceFile): writes the new mailbox to a
//     temporary file next to it with the owner, group and mode of the old one, fsyncs it, checks
//     it by re-scanning, hard-links the old file to a recovery name, renames the new file over
//     the mailbox, fsyncs the directory, and only then removes the recovery link;
//     where it is not (InPlace: the user's own spool in /var/mail, root:mail 2775 on Debian),
//     like mutt and s-nail: writes the new tail — from the first changed message on — to a
//     recovery file in the user's state directory, fsyncs and checks it, describes it next to it
//     (MboxRecovery: which mailbox, the offset, checksums, the lock held), copies it over the
//     mailbox from that offset, truncates, fsyncs, compares, and only then removes the recovery
//     file (kept, and reported, on any failure: the mailbox's head is untouched, the rest is there;
//     the next open finishes it where that is safe, MboxRecovery::check);
//  4. unlocks.
// Status changes are written as Status:/X-Status: headers (R/O and A/F/D/T, like mutt and
// s-nail); expunging drops messages flagged Deleted. Untouched messages are copied verbatim.
// A mailbox with a described recovery copy is not rewritten (Failed, naming the copy).
class MboxRewriter
{
public:
    enum class Outcome
    {
        Written,
        NothingToDo,
        ReadOnly,
        Failed
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        MailboxAccess::ReadOnlyReason reason = MailboxAccess::ReadOnlyReason::None;
        QString error; // translated
        QString recoveryPath; // set when a recovery copy was left behind
        int removed = 0;
        int rewritten = 0;
        int arrived = 0; // messages delivered after indexing, copied untouched
    };

    enum class Strategy
    {
        Auto,
        ReplaceFile,
        InPlace
    };

    explicit MboxRewriter(const QString &path);

    void setLockAttempts(int attempts, std::chrono::milliseconds delay);
    // MailboxLock methods; default dotlock + fcntl (Postfix's mailbox_delivery_lock on Linux).
    void setLockMethods(int methods) { m_lockMethods = methods; }
    // Auto: ReplaceFile when the directory is writable, else InPlace.
    void setStrategy(Strategy strategy) { m_strategy = strategy; }
    // Where InPlace keeps its recovery file; default $XDG_STATE_HOME/mailroom/recovery.
    void setRecoveryDirectory(const QString &dir) { m_recoveryDir = dir; }
    static QString defaultRecoveryDirectory();
    // Applies the flags in `table` that differ from the file, and with expunge removes messages
    // flagged Deleted. device/inode identify the file the table was indexed from.
    Result apply(const MessageTable &table, quint64 device, quint64 inode, bool expunge);

private:
    QString m_path;
    QString m_recoveryDir;
    Strategy m_strategy = Strategy::Auto;
    int m_lockMethods = 0;
    int m_attempts = 10;
    std::chrono::milliseconds m_delay {200};
};

} // namespace Mailroom
