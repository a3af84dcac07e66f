// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/bodysearch.h"

#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/mimepart.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

namespace Mailroom {

BodySearch::BodySearch(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    // The worker only counts; progress is reported from this thread, so no signal is ever
    // posted to an object that may be gone.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_run) {
            Q_EMIT progress(m_run->done.load(), m_run->total);
        }
    });
}

BodySearch::~BodySearch()
{
    // A run still going holds only copies and its own state; it stops at the next message.
    if (m_run) {
        m_run->cancel.store(true);
    }
}

bool BodySearch::matches(const MessageTable &table, qsizetype entry, const QString &text, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!table.subject(entry).contains(term, Qt::CaseInsensitive)
            && !table.from(entry).contains(term, Qt::CaseInsensitive)
            && !table.to(entry).contains(term, Qt::CaseInsensitive) && !text.contains(term, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

void BodySearch::cancel()
{
    if (!m_run) {
        return;
    }
    m_run->cancel.store(true);
    m_run.reset();
    m_progressTimer->stop();
    if (m_running > 0) {
        Q_EMIT cancelled();
    }
}

void BodySearch::start(const QString &path, bool maildir, const MessageTable &table, const QStringList &terms)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->total = table.size();
    m_run = run;
    auto result = std::make_shared<QBitArray>(table.size());
    QThread *thread = QThread::create([run, path, maildir, table, terms, result] {
        const MaildirStore store(path);
        for (qsizetype i = 0; i < run->total; ++i) {
            if (run->cancel.load()) {
                return;
            }
            // Headers first: those hits need no file access at all.
            if (matches(table, i, {}, terms)) {
                result->setBit(i);
            } else {
                const QByteArray raw
                    = maildir ? store.readMessage(table.key(i)) : MboxIndexer::readMessage(path, table.entry(i));
                if (!raw.isEmpty() && matches(table, i, MimePart::parse(raw).plainText(), terms)) {
                    result->setBit(i);
                }
            }
            run->done.store(i + 1);
        }
    });
    ++m_running;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, run, result, terms] {
        --m_running;
        if (run == m_run && !run->cancel.load()) {
            m_run.reset();
            m_progressTimer->stop();
            Q_EMIT progress(run->total, run->total);
            Q_EMIT finished(*result, terms);
        }
    });
    m_progressTimer->start();
    thread->start(QThread::LowPriority);
}

bool BodySearch::waitForFinished(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (m_running > 0) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace Mailroom
