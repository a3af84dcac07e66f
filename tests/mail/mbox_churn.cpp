// SPDX-License-Identifier: GPL-2.0-or-later
// The reader side of test_mbox_postfix: indexes a mailbox, marks the "postfix-race N" messages
// with N % 3 == 0 deleted and those with N % 5 == 0 read, expunges through MboxRewriter, and
// repeats until STOPFILE exists. After every successful write it appends the numbers it removed
// to DELETEDLOG (one per line, fsynced), so the test knows exactly what may be missing.
//
//     mbox_churn MAILBOX STOPFILE DELETEDLOG
//
// Exit 0 when it stopped as asked, 2 when a rewrite failed (its error on stderr).
#include "mail/mboxindexer.h"
#include "mail/mboxrewriter.h"
#include "mail/messagetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace Mailroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: mbox_churn MAILBOX STOPFILE DELETEDLOG\n");
        return 1;
    }
    const QString path = args.at(1);
    const QString stopFile = args.at(2);
    QFile log(args.at(3));
    if (!log.open(QIODevice::Append)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(3)));
        return 1;
    }
    static const QRegularExpression numbered(QStringLiteral("^postfix-race (\\d+)$"));
    int rounds = 0, written = 0, busy = 0, changed = 0, removedTotal = 0, arrivedTotal = 0;
    while (!QFile::exists(stopFile)) {
        ++rounds;
        MessageTable table;
        MboxIndexer indexer(path);
        if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
            std::fprintf(stderr, "mbox_churn: cannot index %s: %s\n", qPrintable(path),
                         qPrintable(indexer.errorString()));
            return 2;
        }
        QList<int> flagged;
        for (qsizetype i = 0; i < table.size(); ++i) {
            if (table.flags(i) & MessageStatus::Incomplete) {
                continue; // still being delivered
            }
            const QRegularExpressionMatch m = numbered.match(table.subject(i));
            if (!m.hasMatch()) {
                continue;
            }
            const int n = m.captured(1).toInt();
            auto flags = table.flags(i);
            if (n % 5 == 0) {
                flags |= MessageStatus::Read | MessageStatus::Old;
            }
            if (n % 3 == 0) {
                flags |= MessageStatus::Deleted;
                flagged << n;
            }
            table.setFlags(i, flags);
        }
        MboxRewriter rewriter(path);
        rewriter.setLockAttempts(25, std::chrono::milliseconds(40));
        const MboxRewriter::Result r = rewriter.apply(table, indexer.device(), indexer.inode(), true);
        switch (r.outcome) {
        case MboxRewriter::Outcome::Written: {
            ++written;
            if (r.removed != flagged.size()) {
                std::fprintf(stderr, "mbox_churn: flagged %lld, removed %d\n", qint64(flagged.size()), r.removed);
                return 2;
            }
            QByteArray lines;
            for (int n : flagged) {
                lines += QByteArray::number(n) + '\n';
            }
            log.write(lines);
            log.flush();
            ::fsync(log.handle());
            removedTotal += r.removed;
            arrivedTotal += r.arrived;
            break;
        }
        case MboxRewriter::Outcome::NothingToDo:
            break;
        case MboxRewriter::Outcome::ReadOnly:
            // Locked by a delivery, or a delivery changed the file since we indexed: next round.
            if (r.reason == MailboxAccess::ReadOnlyReason::LockedByOther) {
                ++busy;
            } else if (r.reason == MailboxAccess::ReadOnlyReason::ChangedOnDisk) {
                ++changed;
            } else {
                std::fprintf(stderr, "mbox_churn: read-only: %s\n", qPrintable(r.error));
                return 2;
            }
            break;
        case MboxRewriter::Outcome::Failed:
            std::fprintf(stderr, "mbox_churn: %s%s%s\n", qPrintable(r.error),
                         r.recoveryPath.isEmpty() ? "" : " recovery: ", qPrintable(r.recoveryPath));
            return 2;
        }
        // Leave the mailbox alone for a moment, as a person would between two actions.
        std::this_thread::sleep_for(std::chrono::milliseconds(30 + (rounds % 5) * 20));
    }
    std::printf("rounds %d written %d busy %d changed %d removed %d arrived-while-indexed %d\n", rounds, written, busy,
                changed, removedTotal, arrivedTotal);
    return 0;
}
