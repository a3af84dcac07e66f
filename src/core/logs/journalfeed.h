// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"
#include "helpertypes.h"

#include <QByteArray>
#include <QObject>
#include <QTimeZone>

namespace Mailroom {

class HelperClient;

// Reads the mail log from the journal through the helper: GetMailLog page by page, then, while
// following, WaitForMailLog as a private long poll. Every call is asynchronous; entries arrive
// formatted as classic syslog lines so the log engine reads them like /var/log/maillog.
// Lives on the thread of the HelperClient.
class JournalFeed : public QObject
{
    Q_OBJECT
public:
    explicit JournalFeed(HelperClient *client, QObject *parent = nullptr);

    // The host name written into the lines: this machine's short name by default (a syslog file
    // would have it too). Tests set their own, as they set the time zone.
    void setHostName(const QByteArray &host);
    QByteArray hostName() const { return m_host; }
    // The zone the lines' times are written in: the system's by default, as syslog writes them.
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    // Reads everything from the start (or since the time) and then emits loaded().
    void start(quint64 sinceUsec = 0);
    // Forgets the listing; answers still on the way are ignored.
    void stop();
    // Keeps asking for new entries after the initial listing while on.
    void setFollow(bool follow);
    bool isFollowing() const { return m_follow; }
    bool isLoaded() const { return m_loaded; }
    // Why the last failed() came (AccessDenied when polkit said no, e.g. to a call that may not
    // prompt): callers that read quietly tell the user where to authenticate instead.
    const HelperError &lastError() const { return m_lastError; }

    // "Mon dd HH:MM:SS host ident[pid]: message\n", the time in the zone given.
    static QByteArray formatEntry(const LogEntry &entry, const QByteArray &host,
                                  const QTimeZone &zone = QTimeZone(QTimeZone::LocalTime));

Q_SIGNALS:
    void linesReady(const QByteArray &lines);
    void loaded();
    void failed(const QString &message);

private:
    void fetchPage(quint64 sinceUsec);
    void waitForMore();
    QByteArray format(const LogEntryList &entries) const;

    HelperClient *m_client;
    QByteArray m_host;
    QTimeZone m_timeZone = QTimeZone(QTimeZone::LocalTime);
    QString m_cursor;
    HelperError m_lastError;
    bool m_follow = false;
    bool m_loaded = false;
    bool m_waiting = false;
    int m_generation = 0;
};

} // namespace Mailroom
