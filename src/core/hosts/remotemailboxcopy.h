// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"

#include <QDBusConnection>
#include <QObject>

#include <memory>

class QTemporaryFile;
class QTimer;

namespace Mailroom {

// Copies a user's mailbox from a host whose bus cannot pass file descriptors (another host over
// SSH) into a private temporary file, through the helper's ReadMailbox in chunks
// (RemoteMailbox::read). The blocking calls run on a worker thread; this object lives on the
// thread that calls start(), and progress() and finished() arrive there. cancel() abandons the
// copy at once: finished() is not emitted, the worker stops after the chunk in flight and the
// partial file is removed. Nothing of the local machine's mail spool is ever read.
class RemoteMailboxCopy : public QObject
{
    Q_OBJECT
public:
    explicit RemoteMailboxCopy(QObject *parent = nullptr);
    ~RemoteMailboxCopy() override;

    void start(const QDBusConnection &bus, const QString &user);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // Bytes copied so far (the size is only known to the helper: no total).
    void progress(qint64 bytes);
    // On success file is the copy (readable by its owner only, removed with the object) and
    // error is empty; otherwise file is null and error says why.
    void finished(const std::shared_ptr<QTemporaryFile> &file, const Mailroom::HelperError &error);

private:
    struct Job;
    std::shared_ptr<Job> m_job;
    QTimer *m_progressTimer;
};

} // namespace Mailroom
