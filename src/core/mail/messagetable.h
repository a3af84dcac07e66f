// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messageentry.h"
#include "mail/messagestatus.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Mailroom {

// The index of one mailbox: compact entries plus the pools holding their raw header values.
// Display strings are decoded on demand (RFC 2047, charsets), so memory stays proportional to
// the raw header bytes, not to decoded QStrings.
class MessageTable
{
public:
    // Applies a batch from an indexer (reset / replace-from-firstIndex / append).
    void apply(MessageBatch &&batch);
    void clear();

    qsizetype size() const { return m_entries.size(); }
    const MessageEntry &entry(qsizetype i) const { return m_entries.at(i); }
    const QList<MessageEntry> &entries() const { return m_entries; }

    QByteArrayView rawSubject(qsizetype i) const;
    QByteArrayView rawFrom(qsizetype i) const;
    QByteArrayView rawTo(qsizetype i) const;
    QByteArrayView key(qsizetype i) const;
    QString subject(qsizetype i) const; // decoded
    QString from(qsizetype i) const; // decoded, whole header ("Bob <bob@example.org>")
    QString fromDisplay(qsizetype i) const; // the name, or the address
    QString to(qsizetype i) const;
    QDateTime date(qsizetype i) const; // invalid when unknown
    MessageStatus::Flags flags(qsizetype i) const { return MessageStatus::Flags(m_entries.at(i).flags); }
    void setFlags(qsizetype i, MessageStatus::Flags flags);
    // After a Maildir rename: the new key, and the flags now stored in the file name.
    void setKey(qsizetype i, QByteArrayView key, MessageStatus::Flags fileFlags);

    // Bytes used by the index itself (entries and string pools, including spare capacity).
    qint64 memoryUsage() const;

private:
    QList<MessageEntry> m_entries;
    QList<QByteArray> m_pools;
};

} // namespace Mailroom
