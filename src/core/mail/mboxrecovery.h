// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/lockowner.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Mailroom {

// The recovery copies an in-place rewrite (MboxRewriter, Strategy::InPlace) leaves when it is
// killed or fails after it started overwriting the mailbox: the mailbox is then damaged from the
// first changed message on, and the copy, FILE.mbox-tail in $XDG_STATE_HOME/mailroom/recovery,
// holds everything from there as it should be. Next to it FILE.mbox-tail.json describes it: which
// mailbox (path, device, inode, size), the offset it belongs at, checksums of the copy and of the
// mailbox's bytes around the offset before the rewrite, the dotlock the rewrite held and the
// process that made it (LockOwner). The description is written before the mailbox is touched and
// removed after the copy, so a copy without one never needs attention.
//
// check() is what opening the mailbox does (MailboxLoader, `mailroomctl mbox list` and
// `mbox recover`): for each copy of this mailbox whose rewriter is gone it decides, under the
// mailbox's locks, whether the rewrite had finished (the copy is removed), had not yet touched the
// mailbox (removed too: the mailbox is as it was), or was interrupted. An interrupted one is
// finished from the copy only when that is provably safe: the mailbox is the same file, its bytes
// before the offset are unchanged, no more than the rewrite could have written is there, and the
// dead rewriter's own dotlock was still in place — so no program that respects the lock (Postfix
// local, procmail, mutt, s-nail) wrote to the mailbox since. Otherwise the copy is kept and
// describe() tells the user where it is and what to do; MboxRewriter refuses to change the
// mailbox until it is dealt with.
//
// Threading: blocking file work (checksums over the copy and part of the mailbox); call it off
// the UI thread (MailboxLoader's worker does).
class MboxRecovery
{
public:
    struct Record
    {
        QString copyPath; // FILE.mbox-tail
        QString mailbox; // absolute path
        quint64 device = 0;
        quint64 inode = 0;
        qint64 mailboxSize = 0; // before the rewrite
        qint64 offset = 0; // where the copy belongs: everything before it stays as it is
        qint64 copySize = 0;
        QByteArray copySha256; // hex
        qint64 headCheckFrom = 0; // the checked bytes before the offset start here
        QByteArray headSha256; // of the mailbox's bytes [headCheckFrom, offset) before the rewrite
        QByteArray oldTailSha256; // of its bytes [offset, mailboxSize) before the rewrite
        quint64 lockDevice = 0; // the dotlock the rewrite held (0: it held none)
        quint64 lockInode = 0;
        LockOwner writer;
        QDateTime created;

        QString descriptionPath() const { return copyPath + QStringLiteral(".json"); }
    };

    enum class Mode
    {
        Report, // look only: never lock, change or remove anything
        Finish // under the mailbox's locks: remove copies no longer needed, finish what is safe
    };

    struct Outcome
    {
        enum class Kind
        {
            AlreadyDone, // the mailbox already holds the copy: removed (Finish)
            NeverStarted, // the mailbox is as it was before the rewrite: removed (Finish)
            Finished, // the interrupted rewrite was finished from the copy, which was removed
            Kept, // needs the user: see reason
            InProgress // its rewriter still runs
        };
        Kind kind = Kind::Kept;
        Record record;
        QString reason; // Kept: why it was not finished (translated)
    };

    // Writes the description of record.copyPath (atomically, synced). False with *error set.
    static bool write(const Record &record, QString *error);
    // The described copies of this mailbox in dir (default MboxRewriter::defaultRecoveryDirectory()).
    static QList<Record> find(const QString &mailbox, const QString &dir = {});
    // Removes the copy, then its description.
    static void remove(const Record &record);
    static QList<Outcome> check(const QString &mailbox, Mode mode, const QString &dir = {}, int lockMethods = 0);
    // What the user should know, translated; empty when nothing needs telling (nothing found, or
    // only copies that were no longer needed).
    static QString describe(const QList<Outcome> &outcomes);
    // Whether any copy still needs the user (Kept).
    static bool needsAttention(const QList<Outcome> &outcomes);
};

} // namespace Mailroom
