// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"
#include "helpertypes.h"
#include "logs/deliveryline.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class HelperProxy;
class QDBusPendingCall;
class QDBusPendingCallWatcher;

namespace Mailroom {

// Sends a test message through the helper and follows it in the mail log (the helper's
// private long poll) until Postfix has an answer for it, or a time limit passes. Reports each
// log line of the message as it appears. The Setup assistant and mailroomctl testmail --wait
// both use it, so they agree on what counts as an answer:
//   sent     — delivered; followed on until the message leaves the queue ("removed")
//   deferred — the first attempt failed; the message stays queued, so that attempt is the answer
//   bounced, expired — given up on and returned to the sender: the answer at once
// Asynchronous: runs in the caller's thread and event loop; the proxy must live as long.
class TestMailTracker : public QObject
{
    Q_OBJECT
public:
    explicit TestMailTracker(HelperProxy *proxy, QObject *parent = nullptr);

    void send(const QString &fromUser, const QString &toAddress, const QString &subject);
    bool isRunning() const { return m_running; }
    void setTimeLimit(int msecs) { m_limitMs = msecs; }
    // How long the follow-up waits for new lines when none has a journal cursor yet.
    void setPollInterval(int msecs) { m_pollMs = msecs; }
    // The helper's error when a call failed (kind None otherwise), for mailroomctl's exit status.
    HelperError helperError() const { return m_helperError; }

Q_SIGNALS:
    void queued(const QString &queueId);
    void logLine(const Mailroom::LogEntry &entry);
    // result: the last delivery result of the message; its status is DeliveryStatus::Other
    // when the follow-up ended without one, and error says why (no answer in time, helper error).
    void finished(const Mailroom::DeliveryLine &result, const QString &error);

private:
    void follow();
    void handle(const LogEntryList &entries);
    void end(const QString &error);
    void fail(const QDBusError &error);
    void whenFinished(const QDBusPendingCall &call, const std::function<void(QDBusPendingCallWatcher *)> &then);

    HelperProxy *m_proxy;
    QString m_cursor;
    quint64 m_sinceUsec = 0;
    QString m_queueId;
    DeliveryLine m_result;
    HelperError m_helperError;
    QElapsedTimer m_elapsed;
    int m_limitMs = 90000;
    int m_pollMs = 200;
    bool m_running = false;
};

} // namespace Mailroom
