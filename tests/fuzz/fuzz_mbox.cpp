// SPDX-License-Identifier: GPL-2.0-or-later
// An mbox file of any bytes, as a mail reader opens and changes it (on a temporary file):
// the separators found in memory and by the indexer, every message read back and decoded for
// the list, then flags written and messages expunged by the rewriter. The rewrite may refuse
// to touch a file it does not understand, but when it writes, no message may be lost: the file
// indexed again holds exactly the messages that were kept, in order, those whose flags changed
// with the flags set, the others byte for byte as they were (with the flags they had).
//
// Input: the mailbox, then (read backwards) one byte choosing the rewrite (strategy, expunge)
// and one whose bits choose the messages to flag.

#include "fuzztarget.h"

#include "mail/mboxformat.h"
#include "mail/mboxindexer.h"
#include "mail/mboxrewriter.h"
#include "mail/messagetable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Mailroom;

namespace {

struct Indexed
{
    MessageTable table;
    quint64 device = 0;
    quint64 inode = 0;
    bool ok = false;
};

Indexed index(const QString &path)
{
    Indexed r;
    MboxIndexer indexer(path);
    r.ok = indexer.update([&r](MessageBatch &&b) { r.table.apply(std::move(b)); });
    r.device = indexer.device();
    r.inode = indexer.inode();
    FUZZ_CHECK(!r.ok || indexer.messageCount() == r.table.size());
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("mbox"));
    static const QString recovery = dir.filePath(QStringLiteral("recovery"));

    MailroomFuzz::Input in(data, size);
    const quint8 mode = in.byte();
    const quint8 pick = in.byte();
    const QByteArrayView mbox = in.rest();

    // In memory, as the rewriter checks the file under its lock.
    MboxFormat::Separators separators;
    if (MboxFormat::firstMessage(mbox, &separators) >= 0) {
        const QList<qint64> starts = MboxFormat::messageStarts(mbox);
        for (qsizetype i = 0; i < starts.size(); ++i) {
            FUZZ_CHECK(i == 0 || starts.at(i) > starts.at(i - 1));
            const qint64 end = i + 1 < starts.size() ? starts.at(i + 1) : mbox.size();
            MboxFormat::toRfc5322(mbox.sliced(starts.at(i), end - starts.at(i)));
        }
    }

    QFile::remove(path);
    QDir(recovery).removeRecursively();
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        file.write(mbox.data(), mbox.size());
    }
    Indexed before = index(path);
    if (!before.ok) {
        return 0;
    }
    MessageTable &table = before.table;
    QStringList kept;
    QList<MessageStatus::Flags> keptFlags;
    QList<QByteArray> keptVerbatim; // null for the messages the rewrite changes
    const bool expunge = mode & 1;
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QByteArray message = MboxIndexer::readMessage(path, table.entry(i));
        FUZZ_CHECK(!message.isNull() || table.entry(i).length == 0);
        table.subject(i);
        table.fromDisplay(i);
        table.to(i);
        table.date(i);
        MessageStatus::Flags flags = table.flags(i);
        if (pick & (1 << (i % 8))) {
            flags ^= (mode & 2) ? MessageStatus::Deleted : MessageStatus::Read | MessageStatus::Old;
            table.setFlags(i, flags);
        }
        if (!(expunge && (flags & MessageStatus::Deleted))) {
            kept << table.subject(i);
            const MessageStatus::Flags fileFlags(table.entry(i).fileFlags);
            if ((flags & MessageStatus::persistentMask) != (fileFlags & MessageStatus::persistentMask)
                && !(flags & MessageStatus::Incomplete)) {
                // A message read is also seen (Status: RO, as mutt and s-nail write it).
                keptFlags << (((flags & MessageStatus::Read) ? flags | MessageStatus::Old : flags)
                              & MessageStatus::persistentMask);
                keptVerbatim << QByteArray();
            } else {
                // Copied as it is, it keeps the flags its own headers give it, e.g. Status: R
                // without the O (tests/data/fuzz/mbox/verbatim-read-not-old).
                keptFlags << (fileFlags & MessageStatus::persistentMask);
                keptVerbatim << (message.isNull() ? QByteArray("") : message);
            }
        }
    }

    MboxRewriter rewriter(path);
    rewriter.setLockAttempts(1, std::chrono::milliseconds(0));
    rewriter.setStrategy((mode & 4) ? MboxRewriter::Strategy::InPlace : MboxRewriter::Strategy::ReplaceFile);
    rewriter.setRecoveryDirectory(recovery);
    const MboxRewriter::Result result = rewriter.apply(table, before.device, before.inode, expunge);
    if (result.outcome == MboxRewriter::Outcome::Failed) {
        // Allowed only with the mailbox left as it was, or a recovery copy kept (e.g. expunging
        // the dateless first message would join the dateless ones after a dated one:
        // tests/data/fuzz/mbox/expunge-first-dateless-would-join).
        QFile file(path);
        FUZZ_CHECK(!result.recoveryPath.isEmpty() || (file.open(QIODevice::ReadOnly) && file.readAll() == mbox));
        return 0;
    }
    FUZZ_CHECK(result.recoveryPath.isEmpty());
    if (result.outcome != MboxRewriter::Outcome::Written) {
        return 0;
    }
    const Indexed after = index(path);
    FUZZ_CHECK(after.ok);
    FUZZ_CHECK(after.table.size() == kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        FUZZ_CHECK(after.table.subject(i) == kept.at(i));
        if (!keptVerbatim.at(i).isNull()) {
            FUZZ_CHECK(MboxIndexer::readMessage(path, after.table.entry(i)) == keptVerbatim.at(i));
        }
        // A changed message whose header block has no end (the last one, cut short) is copied
        // as it is, and reads back as it was.
        if (!(after.table.flags(i) & MessageStatus::Incomplete)) {
            const auto flags = after.table.flags(i) & MessageStatus::persistentMask;
            if (flags != keptFlags.at(i)) {
                std::fprintf(stderr, "message %lld of %lld: flags %x, set %x\n", qint64(i), qint64(kept.size()),
                             uint(flags.toInt()), uint(keptFlags.at(i).toInt()));
            }
            FUZZ_CHECK(flags == keptFlags.at(i));
        }
    }
    return 0;
}
