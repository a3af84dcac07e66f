// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/textref.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFile;

namespace Mailroom {

// The bytes of one or more log files, read once and never copied again: plain files are
// memory-mapped, gzip-compressed rotations are decompressed into memory. Every source gets a
// range of global offsets so a TextRef names bytes in any of them. Immutable once filled, so it
// can be shared between the indexing thread and the models.
class LogSourceSet
{
public:
    LogSourceSet();
    ~LogSourceSet();
    LogSourceSet(const LogSourceSet &) = delete;
    LogSourceSet &operator=(const LogSourceSet &) = delete;

    // Opens a file (gzip recognised by its magic bytes). Returns false and sets error otherwise.
    bool addFile(const QString &path, QString *error);
    // In-memory text, for tests, stdin and lines appended to a followed log; `continues` names
    // the source this text was appended to (line numbers go on from there), -1 for none.
    void addBuffer(const QString &name, const QByteArray &data, const QDateTime &modified = {}, int continues = -1);
    // The source a source continues (itself if it continues none).
    int rootSource(int source) const;

    int count() const { return int(m_sources.size()); }
    QString path(int source) const;
    QDateTime modified(int source) const;
    QByteArrayView data(int source) const;
    quint64 base(int source) const;
    int sourceAt(quint64 offset) const;
    qint64 totalSize() const;

    QByteArrayView view(quint64 offset, quint32 length) const;
    QByteArrayView text(TextRef ref) const { return view(ref.offset(), ref.length()); }
    QString string(TextRef ref) const { return QString::fromUtf8(text(ref)); }

    // FILE plus its rotations, oldest first: FILE.N[.gz] … FILE.1[.gz] and FILE-YYYYMMDD[.gz], then FILE.
    static QStringList withRotations(const QString &path);

private:
    struct Source;
    std::vector<std::unique_ptr<Source>> m_sources;
    quint64 m_nextBase = 0;
};

} // namespace Mailroom
