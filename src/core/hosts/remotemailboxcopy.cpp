// SPDX-License-Identifier: GPL-2.0-or-later
#include "remotemailboxcopy.h"

#include "helperapi.h"
#include "helperproxy.h"
#include "remotemailbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Mailroom {

struct RemoteMailboxCopy::Job
{
    std::atomic<bool> cancelled {false};
    std::atomic<qint64> bytes {0};
    std::shared_ptr<QTemporaryFile> file; // created and removed on the owner's thread
    HelperError error; // written by the worker before it finishes
};

RemoteMailboxCopy::RemoteMailboxCopy(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    // The worker only counts; the count is shown from here, without a queue of signals.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) {
            Q_EMIT progress(m_job->bytes.load());
        }
    });
}

RemoteMailboxCopy::~RemoteMailboxCopy()
{
    cancel();
}

void RemoteMailboxCopy::start(const QDBusConnection &bus, const QString &user)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->file = std::make_shared<QTemporaryFile>();
    if (!job->file->open()) {
        HelperError e;
        e.kind = HelperError::Kind::Failed;
        e.message = tr("Cannot create a temporary file for %1's mailbox: %2").arg(user, job->file->errorString());
        // Asynchronous like every other outcome.
        QMetaObject::invokeMethod(this, [this, e] { Q_EMIT finished(nullptr, e); }, Qt::QueuedConnection);
        return;
    }
    const QString path = job->file->fileName();
    job->file->close(); // the worker writes through a QFile of its own
    m_job = job;
    QThread *thread = QThread::create([job, bus, user, path] {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            job->error.kind = HelperError::Kind::Failed;
            job->error.message = QCoreApplication::translate("Mailroom::RemoteMailboxCopy",
                                                             "Cannot write the copy of %1's mailbox: %2")
                                     .arg(user, out.errorString());
            return;
        }
        HelperProxy proxy(Api::ServiceName, Api::ObjectPath, bus);
        QString writeError;
        const HelperError e = RemoteMailbox::read(proxy, user, [&](const QByteArray &chunk) {
            if (job->cancelled.load()) {
                return false;
            }
            if (out.write(chunk) != chunk.size()) {
                writeError = out.errorString();
                return false;
            }
            job->bytes += chunk.size();
            return true;
        });
        if (!out.flush()) {
            writeError = out.errorString();
        }
        out.close();
        if (e.isError()) {
            job->error = e;
        } else if (!writeError.isEmpty()) {
            job->error.kind = HelperError::Kind::Failed;
            job->error.message = QCoreApplication::translate("Mailroom::RemoteMailboxCopy",
                                                             "Cannot write the copy of %1's mailbox: %2")
                                     .arg(user, writeError);
        }
    });
    connect(thread, &QThread::finished, this, [this, job] {
        if (m_job != job) {
            return; // cancelled
        }
        m_job.reset();
        m_progressTimer->stop();
        Q_EMIT progress(job->bytes.load());
        if (job->error.isError()) {
            Q_EMIT finished(nullptr, job->error);
        } else {
            Q_EMIT finished(job->file, {});
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_progressTimer->start();
    thread->start();
}

void RemoteMailboxCopy::cancel()
{
    if (!m_job) {
        return;
    }
    m_job->cancelled = true;
    m_job.reset(); // the worker holds the file until it ends; then it is removed
    m_progressTimer->stop();
}

} // namespace Mailroom
