// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace Mailroom {

// One message in the index. Kept small on purpose (80 bytes + its raw header strings in a
// shared pool): a 100k-message mailbox costs a few MB, and the list never needs the file again.
struct MessageEntry
{
    qint64 offset = 0; // mbox: the "From " line; Maildir: unused
    qint64 length = 0; // bytes in the file, including the From_ line and the trailing blank line
    qint64 date = 0; // seconds since the epoch (UTC); Date header, else the From_ line; 0 unknown
    quint64 messageIdHash = 0; // hash of the Message-ID, 0 if none
    quint64 parentHashes[2] = {0, 0}; // In-Reply-To and nearest References ids, nearest first
    quint32 headerLength = 0; // from offset to the start of the body
    quint32 pool = 0; // which string pool of the MessageTable holds the strings below
    // Offsets + 1 into the pool of length-prefixed raw (still encoded) header values; 0 = none.
    quint32 subject = 0;
    quint32 from = 0;
    quint32 to = 0;
    quint32 key = 0; // Maildir: the file name relative to the Maildir ("cur/123.host:2,S")
    quint16 flags = 0; // MessageStatus::Flags
    quint16 fileFlags = 0; // the flags as stored in the file (to know what changed)
    // SpamAssassin's X-Spam-Flag / X-Spam-Status (fits the padding: the entry stays 80 bytes).
    quint16 spam = 0; // SpamInfo bits
    qint16 spamScore = 0; // tenths of a point, when SpamScored
};

static_assert(sizeof(MessageEntry) <= 80, "MessageEntry grew: a 100k mailbox pays for every byte");

enum SpamInfo : quint16
{
    SpamHeaders = 0x1, // the message went through SpamAssassin
    SpamFlagged = 0x2, // and it said spam
    SpamScored = 0x4, // spamScore is valid
};

// Entries found by one indexing step, with their strings. firstIndex is where they go in the
// table: entries from there on are replaced (the last message may have grown), reset clears all.
struct MessageBatch
{
    qsizetype firstIndex = 0;
    bool reset = false;
    QList<MessageEntry> entries;
    QByteArray pool;
};

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::MessageBatch)
