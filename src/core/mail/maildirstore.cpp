// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/maildirstore.h"

#include "mail/headerindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <limits>

#include <sys/stat.h>
#include <unistd.h>

namespace Mailroom {

namespace {

// The info part after ":2," (or "!2," on file systems without ':'), and the name without it.
QByteArrayView infoOf(QByteArrayView name, QByteArrayView *base)
{
    for (const char sep : {':', '!'}) {
        const qsizetype at = name.lastIndexOf(QByteArray(1, sep) + "2,");
        if (at >= 0) {
            *base = name.first(at);
            return name.sliced(at + 3);
        }
    }
    *base = name;
    return {};
}

qint64 deliveryTime(QByteArrayView name)
{
    qint64 t = 0;
    for (char c : name) {
        if (c < '0' || c > '9') {
            break;
        }
        if (t > (std::numeric_limits<qint64>::max() - 9) / 10) {
            return 0; // no time: too many digits (signed overflow otherwise)
        }
        t = t * 10 + (c - '0');
    }
    return t;
}
} // namespace

MaildirStore::MaildirStore(const QString &path)
    : m_path(path)
{ }

bool MaildirStore::isMaildir(const QString &path)
{
    const QDir dir(path);
    return dir.exists(QStringLiteral("cur")) && dir.exists(QStringLiteral("new"));
}

QString MaildirStore::filePath(QByteArrayView key) const
{
    // Keys come from our own listing; still refuse anything that could leave the Maildir.
    if (!(key.startsWith("cur/") || key.startsWith("new/")) || key.contains("/..") || key.sliced(4).contains('/')) {
        return {};
    }
    return m_path + QLatin1Char('/') + QFile::decodeName(key.toByteArray());
}

MessageEntry MaildirStore::makeEntry(QByteArrayView key, QByteArrayView headers, qint64 size, QByteArray &pool)
{
    MessageEntry e;
    bool complete = false;
    e.headerLength = quint32(HeaderIndex::fill(headers, &e, pool, &complete));
    e.length = size;
    QByteArrayView base;
    const QByteArrayView name = key.sliced(4);
    const QByteArrayView info = infoOf(name, &base);
    MessageStatus::Flags f = MessageStatus::fromMaildirInfo(info);
    if (key.startsWith("cur/")) {
        f |= MessageStatus::Old;
    }
    e.flags = quint16(f.toInt());
    e.fileFlags = e.flags;
    e.key = HeaderIndex::addExactString(pool, key);
    if (e.date == 0) {
        e.date = deliveryTime(name);
    }
    return e;
}

bool MaildirStore::load(const BatchSink &sink, const std::atomic_bool *cancel, qsizetype firstBatch,
                        qsizetype batchSize)
{
    m_error.clear();
    if (!isMaildir(m_path)) {
        m_error = QCoreApplication::translate("MaildirStore", "%1 is not a Maildir (it has no cur and new folders).")
                      .arg(m_path);
        return false;
    }
    struct Item
    {
        qint64 time;
        QByteArray key;
    };
    QList<Item> items;
    for (const char *sub : {"new", "cur"}) {
        const QByteArray dirPath = QFile::encodeName(m_path) + '/' + sub;
        DIR *d = ::opendir(dirPath.constData());
        if (!d) {
            m_error = QCoreApplication::translate("MaildirStore", "Cannot read the Maildir %1: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        while (const dirent *de = ::readdir(d)) {
            if (de->d_name[0] == '.') {
                continue; // ".", ".." and hidden files are not messages
            }
            const QByteArray name(de->d_name);
            items.append({deliveryTime(name), QByteArray(sub) + '/' + name});
        }
        ::closedir(d);
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.time != b.time ? a.time < b.time : a.key.mid(4) < b.key.mid(4);
    });

    MessageBatch batch;
    batch.reset = true;
    qsizetype count = 0;
    qsizetype limit = firstBatch;
    QByteArray buffer;
    for (const Item &item : std::as_const(items)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        QFile f(filePath(item.key));
        if (!f.open(QIODevice::ReadOnly)) {
            continue; // moved by another reader meanwhile; the next refresh finds it again
        }
        // Read until the end of the header block (capped: a header is never that long).
        buffer.clear();
        while (buffer.size() < 256 * 1024) {
            const QByteArray chunk = f.read(16 * 1024);
            if (chunk.isEmpty()) {
                break;
            }
            const qsizetype searchFrom = std::max<qsizetype>(0, buffer.size() - 3);
            buffer += chunk;
            if (buffer.indexOf("\n\n", searchFrom) >= 0 || buffer.indexOf("\n\r\n", searchFrom) >= 0) {
                break;
            }
        }
        batch.entries.append(makeEntry(item.key, buffer, f.size(), batch.pool));
        if (batch.entries.size() >= limit) {
            count += batch.entries.size();
            sink(std::move(batch));
            batch = MessageBatch {};
            batch.firstIndex = count;
            limit = batchSize;
        }
    }
    if (!batch.entries.isEmpty() || batch.reset) {
        sink(std::move(batch));
    }
    if (cancel && cancel->load()) {
        m_error = QCoreApplication::translate("MaildirStore", "Indexing was cancelled.");
        return false;
    }
    return true;
}

QByteArray MaildirStore::readMessage(QByteArrayView key, QString *error) const
{
    QFile f(filePath(key));
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate(
                "MaildirStore", "The message was moved or deleted by another program; reload the Maildir.");
        }
        return {};
    }
    return f.readAll();
}

QByteArray MaildirStore::setFlags(QByteArrayView key, MessageStatus::Flags flags, QString *error) const
{
    const QString from = filePath(key);
    if (from.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("MaildirStore", "Not a message of this Maildir.");
        }
        return {};
    }
    QByteArrayView base;
    infoOf(key.sliced(4), &base);
    const QByteArray newKey = "cur/" + base.toByteArray() + ":2," + MessageStatus::maildirInfo(flags);
    if (newKey == key) {
        return newKey;
    }
    const QString to = filePath(newKey);
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (error) {
            *error = errno == ENOENT
                ? QCoreApplication::translate(
                      "MaildirStore", "The message was moved or deleted by another program; reload the Maildir.")
                : QCoreApplication::translate("MaildirStore", "Cannot rename %1: %2")
                      .arg(from, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return {};
    }
    return newKey;
}

bool MaildirStore::remove(QByteArrayView key, QString *error) const
{
    const QString file = filePath(key);
    if (file.isEmpty()) {
        return false;
    }
    if (::unlink(QFile::encodeName(file).constData()) != 0 && errno != ENOENT) {
        if (error) {
            *error = QCoreApplication::translate("MaildirStore", "Cannot delete %1: %2")
                         .arg(file, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    return true;
}

} // namespace Mailroom
