// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mailroom {

// A folder under ~/mail, where delivery rules put mail: an mbox file or a Maildir.
struct MailFolder
{
    QString name; // relative to the mail directory, e.g. "Spam" or "Lists/qt"
    QString path;
    bool maildir = false;
};

namespace MailFolders {
// The folders in mailDir (usually ~/mail) and its subdirectories, sorted by name: regular files
// as mbox (not lock files or hidden ones) and Maildirs. Empty when the directory does not exist.
QList<MailFolder> list(const QString &mailDir);
} // namespace MailFolders

} // namespace Mailroom
