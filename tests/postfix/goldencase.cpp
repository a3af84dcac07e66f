// SPDX-License-Identifier: GPL-2.0-or-later
#include "goldencase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

GoldenCase GoldenCase::load(const QString &changesPath, QString *error)
{
    GoldenCase c;
    const QFileInfo info(changesPath);
    c.name = info.completeBaseName();
    c.expectedPath = info.dir().filePath(c.name + QStringLiteral(".expected.cf"));
    QFile file(changesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(changesPath);
        return c;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# input: "))) {
            c.inputPath = info.dir().filePath(QStringLiteral("../realworld/") + line.mid(9).trimmed());
        } else if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        } else if (line.startsWith(u'-')) {
            c.change.remove(line.mid(1));
            c.removals.append(line.mid(1));
        } else if (const qsizetype eq = line.indexOf(u'='); eq > 0) {
            c.change.set(line.left(eq), line.mid(eq + 1));
            c.settings.append(line);
        } else {
            *error = QStringLiteral("%1: cannot parse \"%2\"").arg(changesPath, line);
        }
    }
    if (c.inputPath.isEmpty()) {
        *error = QStringLiteral("%1: no \"# input:\" line").arg(changesPath);
    }
    return c;
}

QStringList GoldenCase::all(const QString &goldenDir)
{
    QStringList out;
    const QDir dir(goldenDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.changes")}, QDir::Files, QDir::Name)) {
        out.append(dir.filePath(name));
    }
    return out;
}
