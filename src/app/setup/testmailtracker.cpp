// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/testmailtracker.h"

#include "helperclient.h"
#include "helperproxy.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QTimer>

#include <functional>

TestMailTracker::TestMailTracker(HelperProxy *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
{ }

void TestMailTracker::whenFinished(const QDBusPendingCall &call,
                                   const std::function<void(QDBusPendingCallWatcher *)> &then)
{
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [then](QDBusPendingCallWatcher *w) {
        then(w);
        w->deleteLater();
    });
}

void TestMailTracker::send(const QString &fromUser, const QString &toAddress, const QString &subject)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_queueId.clear();
    m_status.clear();
    m_statusLine.clear();
    m_cursor.clear();
    // Follow the log from a moment before the submission.
    m_sinceUsec = quint64(QDateTime::currentMSecsSinceEpoch() - 1000) * 1000;
    whenFinished(m_proxy->SendTestMail(fromUser, toAddress, subject), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString> r = *w;
        if (r.isError()) {
            end(QString(), QString(), Mailroom::HelperError::fromDBus(r.error()).userMessage());
            return;
        }
        m_queueId = r.value();
        Q_EMIT queued(m_queueId);
        m_elapsed.start();
        follow();
    });
}

void TestMailTracker::follow()
{
    auto next = [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::LogEntryList, QString> r = *w;
        if (r.isError()) {
            end(QString(), QString(), Mailroom::HelperError::fromDBus(r.error()).userMessage());
            return;
        }
        if (!r.argumentAt<1>().isEmpty()) {
            m_cursor = r.argumentAt<1>();
        }
        handle(r.argumentAt<0>());
        if (!m_running) {
            return;
        }
        if (m_elapsed.elapsed() > m_limitMs) {
            end(m_status, m_statusLine,
                m_status.isEmpty()
                    ? tr("No delivery result in time; the message may still be in the queue. Check the mail log.")
                    : QString());
            return;
        }
        if (m_cursor.isEmpty()) {
            QTimer::singleShot(200, this, &TestMailTracker::follow);
        } else {
            follow();
        }
    };
    // The long poll needs a journal cursor; until the first line since the submission has one,
    // ask for the lines since then.
    if (m_cursor.isEmpty()) {
        whenFinished(m_proxy->GetMailLog(QString(), m_sinceUsec, 5000), next);
    } else {
        whenFinished(m_proxy->WaitForMailLog(m_cursor, 5000), next);
    }
}

void TestMailTracker::handle(const Mailroom::LogEntryList &entries)
{
    const QString prefix = m_queueId + QLatin1Char(':');
    for (const auto &e : entries) {
        if (!m_running || !e.message.startsWith(prefix)) {
            continue;
        }
        Q_EMIT logLine(e);
        for (const char *status : {"sent", "deferred", "bounced", "expired"}) {
            if (e.message.contains(QStringLiteral("status=") + QLatin1String(status))) {
                m_status = QLatin1String(status);
                m_statusLine = e.message;
            }
        }
        // A deferred message stays in the queue: its first attempt's result is the answer.
        if (m_status == QLatin1String("deferred") || m_status == QLatin1String("bounced")) {
            end(m_status, m_statusLine, QString());
            return;
        }
        if (e.message.endsWith(QLatin1String(": removed"))) {
            end(m_status, m_statusLine, QString());
            return;
        }
    }
}

void TestMailTracker::end(const QString &status, const QString &line, const QString &error)
{
    m_running = false;
    Q_EMIT finished(status, line, error);
}
