// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messageentry.h"
#include "mail/messagestatus.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Mailroom {

class MessageTable;

// A Maildir (cur/, new/, tmp/): one file per message, flags in the ":2,FRS" suffix of the
// file name. Changing flags renames the file within the Maildir (rename() only, never copy and
// delete), moving it from new/ to cur/ as readers do; expunging unlinks files flagged Trashed.
class MaildirStore
{
public:
    using BatchSink = std::function<void(MessageBatch &&)>;

    explicit MaildirStore(const QString &path);

    static bool isMaildir(const QString &path);
    QString path() const { return m_path; }

    // Lists cur/ and new/ in delivery order (the time in the unique name) and reads each
    // message's header block. False with errorString() when the Maildir cannot be read.
    bool load(const BatchSink &sink, const std::atomic_bool *cancel = nullptr, qsizetype firstBatch = 200,
              qsizetype batch = 5000);
    QString errorString() const { return m_error; }

    // The message file for an entry's key ("cur/…"), or empty.
    QString filePath(QByteArrayView key) const;
    QByteArray readMessage(QByteArrayView key, QString *error = nullptr) const;
    // Renames the message to carry these flags (and into cur/). Returns the new key, or empty
    // with *error on failure (e.g. the message was moved or deleted by another program).
    QByteArray setFlags(QByteArrayView key, MessageStatus::Flags flags, QString *error = nullptr) const;
    // Removes the message file. A message someone else already removed counts as removed.
    bool remove(QByteArrayView key, QString *error = nullptr) const;

    // Builds an entry from a file name and the bytes of its header block.
    static MessageEntry makeEntry(QByteArrayView key, QByteArrayView headers, qint64 size, QByteArray &pool);

private:
    QString m_path;
    QString m_error;
};

} // namespace Mailroom
