// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/testmailtracker.h"

#include "helperproxy.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTestMail, "mailroom.core.setup.testmail")

namespace Mailroom {

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
    m_result = DeliveryLine();
    m_helperError = HelperError();
    m_cursor.clear();
    // Follow the log from a moment before the submission.
    m_sinceUsec = quint64(QDateTime::currentMSecsSinceEpoch() - 1000) * 1000;
    whenFinished(m_proxy->SendTestMail(fromUser, toAddress, subject), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<QString> r = *w;
        if (r.isError()) {
            fail(r.error());
            return;
        }
        m_queueId = r.value();
        qCDebug(lcTestMail) << "queued as" << m_queueId;
        Q_EMIT queued(m_queueId);
        m_elapsed.start();
        follow();
    });
}

void TestMailTracker::follow()
{
    auto next = [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<LogEntryList, QString> r = *w;
        if (r.isError()) {
            fail(r.error());
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
            end(m_result.status == DeliveryStatus::Other
                    ? tr("No delivery result in time; the message may still be in the queue. Check the mail log.")
                    : QString());
            return;
        }
        if (m_cursor.isEmpty()) {
            QTimer::singleShot(m_pollMs, this, &TestMailTracker::follow);
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

void TestMailTracker::handle(const LogEntryList &entries)
{
    const QString prefix = m_queueId + QLatin1Char(':');
    for (const auto &e : entries) {
        if (!m_running || !e.message.startsWith(prefix)) {
            continue;
        }
        Q_EMIT logLine(e);
        if (std::optional<DeliveryLine> d = DeliveryLine::parse(e.message)) {
            m_result = *d;
            qCDebug(lcTestMail) << m_queueId << "status" << m_result.statusWord();
        }
        // Only a delivery waits for the message to leave the queue; every other answer is final
        // for the test (a deferred message is retried much later, an expired one is gone).
        if (m_result.status == DeliveryStatus::Deferred || m_result.status == DeliveryStatus::Bounced
            || m_result.status == DeliveryStatus::Expired) {
            end(QString());
            return;
        }
        if (e.message.endsWith(QLatin1String(": removed"))) {
            end(QString());
            return;
        }
    }
}

void TestMailTracker::fail(const QDBusError &error)
{
    m_helperError = HelperError::fromDBus(error);
    qCWarning(lcTestMail) << "helper call failed:" << error.name() << error.message();
    end(m_helperError.userMessage());
}

void TestMailTracker::end(const QString &error)
{
    m_running = false;
    Q_EMIT finished(m_result, error);
}

} // namespace Mailroom
