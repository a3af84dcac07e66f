// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/headerindex.h"

#include "mail/maildate.h"
#include "mail/messagestatus.h"
#include "mail/mimeheader.h"
#include "mail/spamstatus.h"

#include <cstring>

namespace Mailroom::HeaderIndex {

namespace {
constexpr qsizetype maxStoredValue = 1024; // longer subjects are cut for the list (full text in the message)

// Whether p[0, n) is lowerName in any case. Only letters are folded: `| 0x20` alone also made a
// carriage return a '-', so a line "X\rStatus: A" was read as X-Status while the rewriter (rightly)
// did not replace it, and a flag set on such a message did not stick (fuzz_mbox,
// tests/data/fuzz/mbox/carriage-return-in-field-name).
bool equalsLower(const char *p, qsizetype n, const char *lowerName, qsizetype nameLen)
{
    if (n != nameLen) {
        return false;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i] >= 'A' && p[i] <= 'Z' ? char(p[i] | 0x20) : p[i];
        if (c != lowerName[i]) {
            return false;
        }
    }
    return true;
}
} // namespace

quint32 addString(QByteArray &pool, QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() > maxStoredValue) {
        value.truncate(maxStoredValue);
    }
    return addExactString(pool, value);
}

quint32 addExactString(QByteArray &pool, QByteArrayView value)
{
    Q_ASSERT(value.size() <= 0xffff);
    const quint32 ref = quint32(pool.size()) + 1;
    const quint16 len = quint16(value.size());
    pool.append(char(len & 0xff));
    pool.append(char(len >> 8));
    pool.append(value.data(), value.size());
    return ref;
}

QByteArrayView string(const QByteArray &pool, quint32 ref)
{
    if (ref == 0 || qsizetype(ref) + 1 > pool.size()) {
        return {};
    }
    const qsizetype at = qsizetype(ref) - 1;
    const qsizetype len = uchar(pool.at(at)) | (qsizetype(uchar(pool.at(at + 1))) << 8);
    if (at + 2 + len > pool.size()) {
        return {};
    }
    return QByteArrayView(pool.constData() + at + 2, len);
}

quint64 hashId(QByteArrayView id)
{
    quint64 h = 14695981039346656037ULL;
    for (char c : id) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            continue;
        }
        h ^= uchar(c);
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

qsizetype fill(QByteArrayView data, MessageEntry *entry, QByteArray &pool, bool *complete)
{
    const char *const begin = data.data();
    const char *const end = begin + data.size();
    const char *p = begin;
    QByteArrayView status, xStatus, spamFlag, spamStatus, subject, from, to, date, messageId, inReplyTo, references;
    *complete = false;
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *next = lineEnd ? lineEnd + 1 : end;
        const qsizetype lineLen = (lineEnd ? lineEnd : end) - p;
        if (lineLen == 0 || (lineLen == 1 && *p == '\r')) {
            p = next;
            *complete = true;
            break;
        }
        // The field runs on over continuation lines (starting with whitespace).
        const char *fieldEnd = next;
        while (fieldEnd < end && (*fieldEnd == ' ' || *fieldEnd == '\t')) {
            const char *le = static_cast<const char *>(std::memchr(fieldEnd, '\n', size_t(end - fieldEnd)));
            fieldEnd = le ? le + 1 : end;
        }
        const char *colon = static_cast<const char *>(std::memchr(p, ':', size_t(lineLen)));
        if (colon && colon > p) {
            const qsizetype nameLen = colon - p;
            const QByteArrayView value(colon + 1, fieldEnd - colon - 1);
            switch (*p | 0x20) {
            case 's':
                if (subject.isNull() && equalsLower(p, nameLen, "subject", 7)) {
                    subject = value;
                } else if (status.isNull() && equalsLower(p, nameLen, "status", 6)) {
                    status = value;
                }
                break;
            case 'f':
                if (from.isNull() && equalsLower(p, nameLen, "from", 4)) {
                    from = value;
                }
                break;
            case 't':
                if (to.isNull() && equalsLower(p, nameLen, "to", 2)) {
                    to = value;
                }
                break;
            case 'd':
                if (date.isNull() && equalsLower(p, nameLen, "date", 4)) {
                    date = value;
                }
                break;
            case 'm':
                if (messageId.isNull() && equalsLower(p, nameLen, "message-id", 10)) {
                    messageId = value;
                }
                break;
            case 'i':
                if (inReplyTo.isNull() && equalsLower(p, nameLen, "in-reply-to", 11)) {
                    inReplyTo = value;
                }
                break;
            case 'r':
                if (references.isNull() && equalsLower(p, nameLen, "references", 10)) {
                    references = value;
                }
                break;
            case 'x':
                if (xStatus.isNull() && equalsLower(p, nameLen, "x-status", 8)) {
                    xStatus = value;
                } else if (spamFlag.isNull() && equalsLower(p, nameLen, "x-spam-flag", 11)) {
                    spamFlag = value;
                } else if (spamStatus.isNull() && equalsLower(p, nameLen, "x-spam-status", 13)) {
                    spamStatus = value;
                }
                break;
            default:
                break;
            }
        }
        p = fieldEnd;
    }

    if (!subject.isNull()) {
        entry->subject = addString(pool, subject);
    }
    if (!from.isNull()) {
        entry->from = addString(pool, from);
    }
    if (!to.isNull()) {
        entry->to = addString(pool, to);
    }
    if (!date.isNull()) {
        if (const qint64 t = MailDate::parseRfc5322(date)) {
            entry->date = t;
        }
    }
    if (!messageId.isNull()) {
        const auto ids = MimeHeader::messageIds(messageId);
        entry->messageIdHash = ids.isEmpty() ? hashId(messageId.trimmed()) : hashId(ids.constFirst());
    }
    // Parents, nearest first: In-Reply-To, then the last References (which usually agree), then the
    // one before, so a thread survives a missing intermediate message.
    int parents = 0;
    auto addParent = [&](QByteArrayView id) {
        const quint64 h = hashId(id);
        if (parents < 2 && h != entry->messageIdHash && (parents == 0 || entry->parentHashes[0] != h)) {
            entry->parentHashes[parents++] = h;
        }
    };
    if (!inReplyTo.isNull()) {
        const auto ids = MimeHeader::messageIds(inReplyTo);
        if (!ids.isEmpty()) {
            addParent(ids.constFirst());
        }
    }
    if (!references.isNull()) {
        const auto ids = MimeHeader::messageIds(references);
        for (qsizetype i = ids.size() - 1; i >= 0 && parents < 2; --i) {
            addParent(ids.at(i));
        }
    }
    if (!spamFlag.isNull() || !spamStatus.isNull()) {
        entry->spam = SpamHeaders;
        if (SpamStatus::isYes(spamFlag) || SpamStatus::isYes(spamStatus)) {
            entry->spam |= SpamFlagged;
        }
        if (!spamStatus.isNull() && SpamStatus::scoreTenths(spamStatus, &entry->spamScore)) {
            entry->spam |= SpamScored;
        }
    }
    entry->flags = quint16(MessageStatus::fromStatusHeaders(status, xStatus).toInt());
    entry->fileFlags = entry->flags;
    return p - begin;
}

QByteArrayView headerValue(QByteArrayView headers, QByteArrayView name)
{
    const char *const end = headers.data() + headers.size();
    const char *p = headers.data();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *next = lineEnd ? lineEnd + 1 : end;
        const qsizetype lineLen = (lineEnd ? lineEnd : end) - p;
        if (lineLen == 0 || (lineLen == 1 && *p == '\r')) {
            break;
        }
        const char *fieldEnd = next;
        while (fieldEnd < end && (*fieldEnd == ' ' || *fieldEnd == '\t')) {
            const char *le = static_cast<const char *>(std::memchr(fieldEnd, '\n', size_t(end - fieldEnd)));
            fieldEnd = le ? le + 1 : end;
        }
        if (lineLen > name.size() && p[name.size()] == ':'
            && QByteArrayView(p, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            return QByteArrayView(p + name.size() + 1, fieldEnd - p - name.size() - 1);
        }
        p = fieldEnd;
    }
    return {};
}

} // namespace Mailroom::HeaderIndex
