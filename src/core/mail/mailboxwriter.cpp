// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mailboxwriter.h"

#include "mail/maildirstore.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcMailboxWriter, "mailroom.core.mail.writer")

namespace Mailroom {

MailboxWriter::MailboxWriter(QObject *parent)
    : QObject(parent)
{ }

MailboxWriter::~MailboxWriter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool MailboxWriter::write(const QString &path, bool maildir, const MessageTable &table, quint64 device, quint64 inode,
                          bool expunge)
{
    if (m_thread) {
        return false;
    }
    if (maildir) {
        MboxRewriter::Result result;
        result.outcome = MboxRewriter::Outcome::NothingToDo;
        if (expunge) {
            result = expungeMaildir(path, table);
        }
        Q_EMIT finished(result, describe(result, expunge));
        return true;
    }
    auto result = std::make_shared<MboxRewriter::Result>();
    const int lockMethods = m_lockMethods;
    m_thread = QThread::create([result, table, path, device, inode, expunge, lockMethods] {
        MboxRewriter rewriter(path);
        rewriter.setLockMethods(lockMethods);
        *result = rewriter.apply(table, device, inode, expunge);
    });
    connect(m_thread, &QThread::finished, this, [this, result, expunge, path] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (result->outcome == MboxRewriter::Outcome::Failed) {
            qCWarning(lcMailboxWriter) << "writing" << path << "failed:" << result->error << result->recoveryPath;
        }
        Q_EMIT finished(*result, describe(*result, expunge));
    });
    m_thread->start();
    return true;
}

bool MailboxWriter::waitForFinished(int msecs)
{
    if (!m_thread) {
        return true;
    }
    QThread *thread = m_thread;
    if (!thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs))) {
        return false;
    }
    // Deliver finished() now rather than at the next turn of the event loop.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return true;
}

MboxRewriter::Result MailboxWriter::expungeMaildir(const QString &path, const MessageTable &table) const
{
    MaildirStore store(path);
    MboxRewriter::Result result;
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table.flags(i) & MessageStatus::Deleted) {
            result.removed += store.remove(table.key(i), &result.error) ? 1 : 0;
        }
    }
    result.outcome = result.error.isEmpty() ? MboxRewriter::Outcome::Written : MboxRewriter::Outcome::Failed;
    if (!result.error.isEmpty()) {
        qCWarning(lcMailboxWriter) << "expunging" << path << "failed:" << result.error;
    }
    return result;
}

QString MailboxWriter::describe(const MboxRewriter::Result &result, bool expunge)
{
    switch (result.outcome) {
    case MboxRewriter::Outcome::Written: {
        const QString done = expunge ? tr("%n message(s) removed.", nullptr, result.removed) : tr("Changes saved.");
        return result.arrived > 0
            ? joinSentences(done, tr("%n new message(s) arrived meanwhile and were kept.", nullptr, result.arrived))
            : done;
    }
    case MboxRewriter::Outcome::NothingToDo:
        return tr("Nothing to write.");
    case MboxRewriter::Outcome::ReadOnly:
        return MailboxAccess::reasonText(result.reason);
    case MboxRewriter::Outcome::Failed:
        return result.recoveryPath.isEmpty()
            ? result.error
            : joinSentences(result.error, tr("A copy of the old mailbox was kept at %1.").arg(result.recoveryPath));
    }
    return QString();
}

} // namespace Mailroom
