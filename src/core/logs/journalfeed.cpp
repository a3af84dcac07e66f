// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journalfeed.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "logs/logscategory.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QLocale>
#include <QSysInfo>

namespace Mailroom {

namespace {
constexpr uint PageSize = 5000;
constexpr uint FollowTimeoutMs = 20000;
} // namespace

JournalFeed::JournalFeed(HelperClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    setHostName(QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0).toUtf8());
}

void JournalFeed::setHostName(const QByteArray &host)
{
    m_host = host.isEmpty() ? QByteArrayLiteral("localhost") : host;
}

QByteArray JournalFeed::formatEntry(const LogEntry &entry, const QByteArray &host, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(entry.timeUsec / 1000), zone);
    // Syslog's month names are English whatever the user's language is.
    QByteArray line = QLocale::c().toString(t, QStringLiteral("MMM dd HH:mm:ss")).toLatin1();
    if (line.size() > 4 && line[4] == '0') {
        line[4] = ' '; // "Mar  5", as syslog writes it
    }
    line += ' ';
    line += host;
    line += ' ';
    line += entry.identifier.isEmpty() ? QByteArrayLiteral("unknown") : entry.identifier.toUtf8();
    if (entry.pid) {
        line += '[' + QByteArray::number(entry.pid) + ']';
    }
    line += ": ";
    QByteArray message = entry.message.toUtf8();
    message.replace('\n', ' ');
    line += message;
    line += '\n';
    return line;
}

QByteArray JournalFeed::format(const LogEntryList &entries) const
{
    QByteArray out;
    for (const LogEntry &e : entries) {
        out += formatEntry(e, m_host, m_timeZone);
    }
    return out;
}

void JournalFeed::start(quint64 sinceUsec)
{
    ++m_generation;
    m_cursor.clear();
    m_lastError = {};
    m_loaded = false;
    m_waiting = false;
    fetchPage(sinceUsec);
}

void JournalFeed::stop()
{
    ++m_generation;
    m_follow = false;
    m_loaded = false;
    m_waiting = false;
}

void JournalFeed::fetchPage(quint64 sinceUsec)
{
    const int generation = m_generation;
    auto *watcher = new QDBusPendingCallWatcher(m_client->proxy()->GetMailLog(m_cursor, sinceUsec, PageSize), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation, sinceUsec] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        QDBusPendingReply<LogEntryList, QString> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcLogs) << "reading the journal failed:" << reply.error().name() << reply.error().message();
            m_lastError = HelperError::fromDBus(reply.error());
            Q_EMIT failed(m_lastError.userMessage());
            return;
        }
        const LogEntryList entries = reply.argumentAt<0>();
        if (!reply.argumentAt<1>().isEmpty()) {
            m_cursor = reply.argumentAt<1>();
        }
        if (!entries.isEmpty()) {
            Q_EMIT linesReady(format(entries));
        }
        if (entries.size() >= int(PageSize)) {
            fetchPage(sinceUsec);
            return;
        }
        m_loaded = true;
        Q_EMIT loaded();
        if (m_follow) {
            waitForMore();
        }
    });
}

void JournalFeed::setFollow(bool follow)
{
    m_follow = follow;
    if (follow && m_loaded && !m_waiting) {
        waitForMore();
    }
}

void JournalFeed::waitForMore()
{
    m_waiting = true;
    const int generation = m_generation;
    auto *watcher = new QDBusPendingCallWatcher(m_client->proxy()->WaitForMailLog(m_cursor, FollowTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        m_waiting = false;
        QDBusPendingReply<LogEntryList, QString> reply = *watcher;
        if (reply.isError()) {
            m_follow = false;
            qCWarning(lcLogs) << "following the journal failed:" << reply.error().name() << reply.error().message();
            m_lastError = HelperError::fromDBus(reply.error());
            Q_EMIT failed(m_lastError.userMessage());
            return;
        }
        if (!reply.argumentAt<1>().isEmpty()) {
            m_cursor = reply.argumentAt<1>();
        }
        const LogEntryList entries = reply.argumentAt<0>();
        if (!entries.isEmpty()) {
            Q_EMIT linesReady(format(entries));
        }
        if (m_follow) {
            waitForMore();
        }
    });
}

} // namespace Mailroom
