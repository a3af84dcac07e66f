// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostconnector.h"

#include <QMutex>
#include <QThread>

namespace Mailroom {

// Shared by the connector and its worker: whichever ends last frees it.
struct HostConnector::Attempt
{
    QMutex mutex;
    bool abandoned = false; // guarded by mutex
    HelperConnection connection;
    QString error;
    // Tells a login waiting for a password (Options::askPass) to give up.
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
};

HostConnector::HostConnector(QObject *parent)
    : QObject(parent)
{ }

HostConnector::~HostConnector()
{
    cancel();
}

void HostConnector::start(const HostAddress &host, const HelperConnection::Options &options)
{
    cancel();
    auto attempt = std::make_shared<Attempt>();
    m_attempt = attempt;
    HelperConnection::Options withCancel = options;
    withCancel.cancelled = attempt->cancelled;
    QThread *thread = QThread::create([attempt, host, withCancel] {
        QString error;
        HelperConnection c = HelperConnection::open(host, withCancel, &error);
        const QMutexLocker lock(&attempt->mutex);
        if (attempt->abandoned) {
            c.close(); // nobody wants it any more
            return;
        }
        attempt->connection = c;
        attempt->error = error;
    });
    // Queued to this object's thread; dropped when this connector is gone.
    connect(thread, &QThread::finished, this, [this, attempt] {
        if (m_attempt != attempt) {
            return; // cancelled, or replaced by a newer start()
        }
        m_attempt.reset();
        QString error;
        HelperConnection c;
        {
            const QMutexLocker lock(&attempt->mutex);
            c = attempt->connection;
            error = attempt->error;
        }
        if (error.isEmpty() && !c.isConnected()) {
            error = c.failure();
        }
        Q_EMIT finished(c, error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void HostConnector::cancel()
{
    if (!m_attempt) {
        return;
    }
    {
        const QMutexLocker lock(&m_attempt->mutex);
        m_attempt->abandoned = true;
        m_attempt->cancelled->store(true);
        // Finished already, its result not yet delivered: close it here.
        if (m_attempt->connection.isRemote()) {
            m_attempt->connection.close();
        }
    }
    m_attempt.reset();
}

} // namespace Mailroom
