// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A recovery copy left by an interrupted rewrite of `mailbox` that cannot be proven safe to
// finish: the program that wrote it is gone (a child that exited) and the mailbox's size is not
// the one it recorded. Opening the mailbox must then say so and leave it alone (MboxRecovery's
// "kept" outcome). For the Mail page's tests.

#include "mail/lockowner.h"
#include "mail/mboxrecovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace MailroomTest {

// Writes the copy (holding `copy`) and its description under recoveryDir; the record, or an
// error in *error.
inline Mailroom::MboxRecovery::Record writeStaleRecovery(const QString &mailbox, const QString &recoveryDir,
                                                         const QByteArray &copy, QString *error)
{
    Mailroom::MboxRecovery::Record r;
    struct stat st {};
    if (::stat(QFile::encodeName(mailbox).constData(), &st) != 0 || !QDir().mkpath(recoveryDir)) {
        *error = QStringLiteral("cannot stat %1 or make %2").arg(mailbox, recoveryDir);
        return r;
    }
    r.copyPath = recoveryDir + QStringLiteral("/inbox-interrupted.mbox-tail");
    r.mailbox = mailbox;
    r.device = st.st_dev;
    r.inode = st.st_ino;
    r.mailboxSize = st.st_size + 100; // not what the writer left: not provably safe
    r.offset = 0;
    r.copySize = copy.size();
    r.copySha256 = QCryptographicHash::hash(copy, QCryptographicHash::Sha256).toHex();
    r.headSha256 = QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex();
    r.oldTailSha256 = "0";
    r.writer = Mailroom::LockOwner::current();
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    r.writer.pid = child; // gone
    r.created = QDateTime::currentDateTimeUtc();
    QFile c(r.copyPath);
    if (!c.open(QIODevice::WriteOnly) || c.write(copy) != copy.size()) {
        *error = QStringLiteral("cannot write %1").arg(r.copyPath);
        return r;
    }
    c.close();
    Mailroom::MboxRecovery::write(r, error);
    return r;
}

} // namespace MailroomTest
