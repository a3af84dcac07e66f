// SPDX-License-Identifier: GPL-2.0-or-later
#include "journaloperations.h"

#include "helperapi.h"
#include "helpertypes.h"
#include "journal.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcJournal, "mailroom.helper.journal")

using namespace Mailroom;

namespace {
// Often enough that a new line reaches the caller well within 250 ms.
constexpr int PollIntervalMs = 100;

LogEntryList toEntries(const JournalReader::Page &page)
{
    LogEntryList list;
    list.reserve(page.entries.size());
    for (const auto &e : page.entries) {
        list.append({e.realtimeUsec, e.identifier, e.pid, e.message});
    }
    return list;
}
} // namespace

JournalOperations::JournalOperations(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{ }

const QStringList &JournalOperations::mailLogIdentifiers()
{
    // spamd and spamass-milter: SpamAssassin's verdicts, joined to the messages' journeys.
    static const QStringList ids {QStringLiteral("postfix"), QStringLiteral("sendmail"),
                                  QStringLiteral("sm-mta"),  QStringLiteral("sm-msp-queue"),
                                  QStringLiteral("exim"),    QStringLiteral("dovecot"),
                                  QStringLiteral("spamd"),   QStringLiteral("spamass-milter")};
    return ids;
}

OperationResult JournalOperations::page(const QString &cursor, quint64 sinceUsec, uint max) const
{
    const auto page = m_journal->query(mailLogIdentifiers(), cursor, sinceUsec, int(max));
    if (!page.ok) {
        qCWarning(lcJournal) << "journal query failed:" << page.error;
        return OperationResult::failure(Api::Error::Failed, page.error);
    }
    return OperationResult::success({QVariant::fromValue(toEntries(page)), page.nextCursor});
}

void JournalOperations::wait(const QString &caller, const QString &cursor, uint timeoutMs, const Finished &done)
{
    // sd-journal's own wait would block this thread (and every other caller): poll instead.
    auto *timer = new QTimer(this);
    timer->setInterval(PollIntervalMs);
    const QDeadlineTimer deadline(timeoutMs);
    auto finish = [this, timer, done](const OperationResult &r) {
        timer->stop();
        timer->deleteLater();
        m_waits.remove(timer);
        done(r);
    };
    auto poll = [this, cursor, deadline, finish] {
        const auto page = m_journal->query(mailLogIdentifiers(), cursor, 0, 1000);
        if (page.ok && page.entries.isEmpty() && !deadline.hasExpired()) {
            return;
        }
        if (!page.ok) {
            finish(OperationResult::failure(Api::Error::Failed, page.error));
        } else {
            finish(OperationResult::success(
                {QVariant::fromValue(toEntries(page)), page.nextCursor.isEmpty() ? cursor : page.nextCursor}));
        }
    };
    connect(timer, &QTimer::timeout, this, poll);
    m_waits.insert(timer, {caller, finish});
    timer->start();
}

void JournalOperations::callerLeft(const QString &caller)
{
    QList<Finished> ending;
    for (const Wait &w : std::as_const(m_waits)) {
        if (w.caller == caller) {
            ending.append(w.finish); // a copy: finishing removes the entry
        }
    }
    if (ending.isEmpty()) {
        return;
    }
    qCInfo(lcJournal) << ending.size() << "WaitForMailLog call(s) of" << caller << "ended: the caller left the bus";
    for (const Finished &finish : ending) {
        finish(OperationResult::failure(Api::Error::Failed, QStringLiteral("the caller left the bus")));
    }
}
