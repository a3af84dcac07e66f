// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailspool.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Mailroom::MailSpool {

QStringList defaultCandidates(const QString &user)
{
    return {QStringLiteral("/var/mail/") + user, QStringLiteral("/var/spool/mail/") + user};
}

MailSpoolLocation locate(const QString &user, const QString &homeDirectory, const QString &mailSpoolDirectory,
                         const QString &homeMailbox)
{
    MailSpoolLocation loc;
    if (user.isEmpty() || user.contains(QLatin1Char('/')) || user.startsWith(QLatin1Char('.'))) {
        return loc;
    }
    const QString hm = homeMailbox.trimmed();
    if (!hm.isEmpty() && !homeDirectory.isEmpty()) {
        loc.maildir = hm.endsWith(QLatin1Char('/'));
        QString rel = hm;
        while (rel.endsWith(QLatin1Char('/'))) {
            rel.chop(1);
        }
        loc.path = homeDirectory + QLatin1Char('/') + rel;
        return loc;
    }
    const QString spool = mailSpoolDirectory.trimmed();
    if (!spool.isEmpty()) {
        loc.maildir = spool.endsWith(QLatin1Char('/'));
        QString dir = spool;
        while (dir.size() > 1 && dir.endsWith(QLatin1Char('/'))) {
            dir.chop(1);
        }
        loc.path = dir + QLatin1Char('/') + user;
        return loc;
    }
    const QStringList candidates = defaultCandidates(user);
    loc.path = candidates.constFirst();
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c)) {
            loc.path = c;
            break;
        }
    }
    // /var/mail is a symlink to /var/spool/mail on some systems; either spelling is fine.
    if (!QFileInfo::exists(loc.path) && QFileInfo(QStringLiteral("/var/spool/mail")).isDir()
        && !QFileInfo(QStringLiteral("/var/mail")).exists()) {
        loc.path = candidates.at(1);
    }
    return loc;
}

DirectoryState spoolDirectory(const QString &path)
{
    DirectoryState state;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    struct stat st {};
    if (canonical.isEmpty() || ::stat(QFile::encodeName(canonical).constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        return state;
    }
    state.path = canonical;
    state.mode = uint(st.st_mode & 07777);
    return state;
}

} // namespace Mailroom::MailSpool
