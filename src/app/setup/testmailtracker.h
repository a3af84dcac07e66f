// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QElapsedTimer>
#include <QObject>

class HelperProxy;
class QDBusPendingCall;
class QDBusPendingCallWatcher;

// Sends a test message through the helper and follows it in the mail log (the helper's
// private long poll) until Postfix has delivered, deferred or bounced it, or a time limit
// passes. Reports each log line of the message as it appears.
class TestMailTracker : public QObject
{
    Q_OBJECT
public:
    explicit TestMailTracker(HelperProxy *proxy, QObject *parent = nullptr);

    void send(const QString &fromUser, const QString &toAddress, const QString &subject);
    bool isRunning() const { return m_running; }
    void setTimeLimit(int msecs) { m_limitMs = msecs; }

Q_SIGNALS:
    void queued(const QString &queueId);
    void logLine(const Mailroom::LogEntry &entry);
    // status: "sent", "deferred", "bounced", or "" when it ended without one (error says why).
    // line: the log line with the status (holds relay=, dsn= and the remote answer).
    void finished(const QString &status, const QString &line, const QString &error);

private:
    void follow();
    void handle(const Mailroom::LogEntryList &entries);
    void end(const QString &status, const QString &line, const QString &error);
    void whenFinished(const QDBusPendingCall &call, const std::function<void(QDBusPendingCallWatcher *)> &then);

    HelperProxy *m_proxy;
    QString m_cursor;
    quint64 m_sinceUsec = 0;
    QString m_queueId;
    QString m_status;
    QString m_statusLine;
    QElapsedTimer m_elapsed;
    int m_limitMs = 90000;
    bool m_running = false;
};
