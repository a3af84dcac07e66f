// SPDX-License-Identifier: GPL-2.0-or-later
#include "rules/mailfolders.h"

#include "mail/maildirstore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Mailroom {

namespace {
void collect(const QString &root, const QString &prefix, int depth, QList<MailFolder> *out)
{
    const QDir dir(prefix.isEmpty() ? root : root + QLatin1Char('/') + prefix);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries) {
        const QString name = prefix.isEmpty() ? e.fileName() : prefix + QLatin1Char('/') + e.fileName();
        if (e.isDir()) {
            if (MaildirStore::isMaildir(e.filePath())) {
                out->append({name, e.filePath(), true});
            } else if (depth < 3) {
                collect(root, name, depth + 1, out);
            }
        } else if (e.isFile() && !e.fileName().endsWith(QLatin1String(".lock"))) {
            out->append({name, e.filePath(), false});
        }
    }
}
} // namespace

QList<MailFolder> MailFolders::list(const QString &mailDir)
{
    QList<MailFolder> out;
    if (QFileInfo(mailDir).isDir()) {
        collect(mailDir, {}, 0, &out);
    }
    std::sort(out.begin(), out.end(), [](const MailFolder &a, const MailFolder &b) { return a.name < b.name; });
    return out;
}

} // namespace Mailroom
