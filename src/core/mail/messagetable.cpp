// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messagetable.h"

#include "mail/headerindex.h"
#include "mail/mimeheader.h"

#include <QTimeZone>

#include <algorithm>

namespace Mailroom {

void MessageTable::apply(MessageBatch &&batch)
{
    if (batch.reset) {
        clear();
    }
    const qsizetype first = std::clamp<qsizetype>(batch.firstIndex, 0, m_entries.size());
    m_entries.resize(first);
    const quint32 poolIndex = quint32(m_pools.size());
    m_pools.append(std::move(batch.pool));
    m_pools.last().squeeze();
    m_entries.reserve(first + batch.entries.size());
    for (MessageEntry &e : batch.entries) {
        e.pool = poolIndex;
        m_entries.append(e);
    }
}

void MessageTable::clear()
{
    m_entries.clear();
    m_pools.clear();
}

QByteArrayView MessageTable::rawSubject(qsizetype i) const
{
    const MessageEntry &e = m_entries.at(i);
    return HeaderIndex::string(m_pools.at(e.pool), e.subject);
}

QByteArrayView MessageTable::rawFrom(qsizetype i) const
{
    const MessageEntry &e = m_entries.at(i);
    return HeaderIndex::string(m_pools.at(e.pool), e.from);
}

QByteArrayView MessageTable::rawTo(qsizetype i) const
{
    const MessageEntry &e = m_entries.at(i);
    return HeaderIndex::string(m_pools.at(e.pool), e.to);
}

QByteArrayView MessageTable::key(qsizetype i) const
{
    const MessageEntry &e = m_entries.at(i);
    return HeaderIndex::string(m_pools.at(e.pool), e.key);
}

QString MessageTable::subject(qsizetype i) const
{
    return MimeHeader::decodeEncodedWords(rawSubject(i));
}

QString MessageTable::from(qsizetype i) const
{
    return MimeHeader::decodeEncodedWords(rawFrom(i));
}

QString MessageTable::fromDisplay(qsizetype i) const
{
    return MimeHeader::displayAddress(from(i));
}

QString MessageTable::to(qsizetype i) const
{
    return MimeHeader::decodeEncodedWords(rawTo(i));
}

QDateTime MessageTable::date(qsizetype i) const
{
    const qint64 t = m_entries.at(i).date;
    return t ? QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC) : QDateTime();
}

void MessageTable::setFlags(qsizetype i, MessageStatus::Flags flags)
{
    m_entries[i].flags = quint16(flags.toInt());
}

void MessageTable::setKey(qsizetype i, QByteArrayView key, MessageStatus::Flags fileFlags)
{
    MessageEntry &e = m_entries[i];
    e.key = HeaderIndex::addExactString(m_pools[e.pool], key);
    e.fileFlags = quint16(fileFlags.toInt());
}

qint64 MessageTable::memoryUsage() const
{
    qint64 bytes
        = m_entries.capacity() * qint64(sizeof(MessageEntry)) + m_pools.capacity() * qint64(sizeof(QByteArray));
    for (const QByteArray &p : m_pools) {
        bytes += p.capacity() + 32; // allocation header
    }
    return bytes;
}

} // namespace Mailroom
