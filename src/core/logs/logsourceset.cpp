// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logsourceset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>
#include <sys/mman.h>

namespace Mailroom {

struct LogSourceSet::Source
{
    QString path;
    QDateTime modified;
    std::unique_ptr<QFile> file; // keeps the mapping alive
    QByteArray buffer; // decompressed or in-memory text
    const char *data = nullptr;
    qint64 size = 0;
    quint64 base = 0;
    int root = -1; // the source this one continues, -1: itself
};

namespace {
// Decompresses a whole gzip file (logrotate's .gz rotations) with zlib, every member of it:
// gzip(1) concatenates members when appending, and so may other tools.
bool gunzip(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("LogSourceSet", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray compressed = file.readAll();
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) { // 32: gzip or zlib header, detected
        *error = QCoreApplication::translate("LogSourceSet", "Could not decompress %1").arg(path);
        return false;
    }
    QByteArray data;
    data.resize(qMax<qsizetype>(compressed.size() * 4, 64 * 1024));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    qsizetype produced = 0;
    int rc = Z_OK;
    for (;;) {
        if (produced == data.size()) {
            data.resize(data.size() * 2);
        }
        stream.next_out = reinterpret_cast<Bytef *>(data.data() + produced);
        stream.avail_out = uInt(qMin<qsizetype>(data.size() - produced, 1 << 30));
        const uInt before = stream.avail_out;
        rc = inflate(&stream, Z_NO_FLUSH);
        produced += before - stream.avail_out;
        if (rc == Z_STREAM_END) {
            if (stream.avail_in == 0) {
                break;
            }
            inflateReset(&stream); // the next member
            continue;
        }
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && stream.avail_out == 0)) {
            break;
        }
        if (stream.avail_in == 0 && stream.avail_out != 0) {
            rc = Z_BUF_ERROR; // the file ends inside a member
            break;
        }
    }
    const QString reason = stream.msg ? QString::fromLatin1(stream.msg)
                                      : QCoreApplication::translate("LogSourceSet", "unexpected end of file");
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        *error = QCoreApplication::translate("LogSourceSet", "%1 is not a readable gzip file: %2").arg(path, reason);
        return false;
    }
    data.truncate(produced);
    *out = std::move(data);
    return true;
}
} // namespace

LogSourceSet::LogSourceSet() = default;
LogSourceSet::~LogSourceSet() = default;

bool LogSourceSet::addFile(const QString &path, QString *error)
{
    auto source = std::make_unique<Source>();
    source->path = path;
    source->file = std::make_unique<QFile>(path);
    QFile &file = *source->file;
    if (QFileInfo(path).isDir()) {
        *error = QCoreApplication::translate("LogSourceSet", "%1 is a directory, not a log file").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("LogSourceSet", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    source->modified = file.fileTime(QFileDevice::FileModificationTime);
    char magic[2] = {0, 0};
    const bool gzip = file.peek(magic, 2) == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (gzip) {
        file.close();
        source->file.reset();
        if (!gunzip(path, &source->buffer, error)) {
            return false;
        }
        source->data = source->buffer.constData();
        source->size = source->buffer.size();
    } else if (file.size() > 0) {
        uchar *mapped = file.map(0, file.size());
        if (mapped) {
            // One sequential pass: let the kernel read ahead aggressively.
            ::madvise(mapped, size_t(file.size()), MADV_SEQUENTIAL);
            source->data = reinterpret_cast<const char *>(mapped);
            source->size = file.size();
        } else {
            // Pipes, /proc files and file systems without mmap: read instead.
            source->buffer = file.readAll();
            if (file.error() != QFileDevice::NoError) {
                *error
                    = QCoreApplication::translate("LogSourceSet", "Cannot read %1: %2").arg(path, file.errorString());
                return false;
            }
            source->data = source->buffer.constData();
            source->size = source->buffer.size();
        }
    }
    source->base = m_nextBase;
    m_nextBase += quint64(source->size) + 1; // a gap, so offsets of adjacent sources never touch
    m_sources.push_back(std::move(source));
    return true;
}

void LogSourceSet::addBuffer(const QString &name, const QByteArray &data, const QDateTime &modified, int continues)
{
    auto source = std::make_unique<Source>();
    if (continues >= 0 && continues < count()) {
        source->root = rootSource(continues);
    }
    source->path = name;
    source->modified = modified;
    source->buffer = data;
    source->data = source->buffer.constData();
    source->size = source->buffer.size();
    source->base = m_nextBase;
    m_nextBase += quint64(source->size) + 1;
    m_sources.push_back(std::move(source));
}

int LogSourceSet::rootSource(int source) const
{
    const int root = m_sources.at(size_t(source))->root;
    return root < 0 ? source : root;
}

QString LogSourceSet::path(int source) const
{
    return m_sources.at(size_t(source))->path;
}

QDateTime LogSourceSet::modified(int source) const
{
    return m_sources.at(size_t(source))->modified;
}

QByteArrayView LogSourceSet::data(int source) const
{
    const Source &s = *m_sources.at(size_t(source));
    return QByteArrayView(s.data, s.size);
}

quint64 LogSourceSet::base(int source) const
{
    return m_sources.at(size_t(source))->base;
}

qint64 LogSourceSet::totalSize() const
{
    qint64 total = 0;
    for (const auto &s : m_sources) {
        total += s->size;
    }
    return total;
}

int LogSourceSet::sourceAt(quint64 offset) const
{
    auto it = std::upper_bound(m_sources.begin(), m_sources.end(), offset,
                               [](quint64 o, const std::unique_ptr<Source> &s) { return o < s->base; });
    return int(it - m_sources.begin()) - 1;
}

QByteArrayView LogSourceSet::view(quint64 offset, quint32 length) const
{
    const int index = sourceAt(offset);
    if (index < 0) {
        return {};
    }
    const Source &s = *m_sources[size_t(index)];
    const quint64 local = offset - s.base;
    if (local + length > quint64(s.size)) {
        return {};
    }
    return QByteArrayView(s.data + local, length);
}

QStringList LogSourceSet::withRotations(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.dir();
    const QString name = info.fileName();
    // mail.log.1, mail.log.2.gz … (logrotate's default) — highest number is the oldest.
    QList<std::pair<int, QString>> numbered;
    // mail.log-20240325[.gz] (dateext) — lexical order is chronological.
    QStringList dated;
    static const QRegularExpression numberedRe(
        QRegularExpression::anchoredPattern(QStringLiteral("\\.(\\d+)(\\.gz)?")));
    static const QRegularExpression datedRe(QRegularExpression::anchoredPattern(QStringLiteral("-\\d{8,10}(\\.gz)?")));
    const QStringList entries = dir.entryList({name + QStringLiteral("*")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &entry : entries) {
        if (entry == name) {
            continue;
        }
        const QString suffix = entry.mid(name.size());
        if (const auto m = numberedRe.match(suffix); m.hasMatch()) {
            numbered.append({m.captured(1).toInt(), dir.filePath(entry)});
        } else if (datedRe.match(suffix).hasMatch()) {
            dated.append(dir.filePath(entry));
        }
    }
    std::sort(numbered.begin(), numbered.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList result = dated;
    for (const auto &n : numbered) {
        result.append(n.second);
    }
    result.append(path);
    return result;
}

} // namespace Mailroom
