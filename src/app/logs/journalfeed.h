// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QObject>
#include <QPointer>

namespace Mailroom {
class HelperClient;
struct HelperError;
} // namespace Mailroom

// Reads the mail log from the journal through the helper: GetMailLog page by page, then, while
// following, WaitForMailLog as a private long poll. Every call is asynchronous; entries arrive
// formatted as classic syslog lines so the log engine reads them like /var/log/maillog.
class JournalFeed : public QObject
{
    Q_OBJECT
public:
    explicit JournalFeed(Mailroom::HelperClient *client, QObject *parent = nullptr);

    // Reads everything from the start (or since the time) and then emits loaded().
    void start(quint64 sinceUsec = 0);
    // Forgets the listing; answers still on the way are ignored.
    void stop();
    // Keeps asking for new entries after the initial listing while on.
    void setFollow(bool follow);
    bool isFollowing() const { return m_follow; }
    bool isLoaded() const { return m_loaded; }

    // "Mon dd HH:MM:SS host ident[pid]: message\n", in local time.
    static QByteArray formatEntry(const Mailroom::LogEntry &entry, const QByteArray &host);

Q_SIGNALS:
    void linesReady(const QByteArray &lines);
    void loaded();
    void failed(const QString &message);

private:
    void fetchPage(quint64 sinceUsec);
    void waitForMore();
    QByteArray format(const Mailroom::LogEntryList &entries) const;

    Mailroom::HelperClient *m_client;
    QByteArray m_host;
    QString m_cursor;
    bool m_follow = false;
    bool m_loaded = false;
    bool m_waiting = false;
    int m_generation = 0;
};
