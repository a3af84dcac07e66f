// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostsoverview.h"

#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "hostconnector.h"
#include "logs/deliveryline.h"
#include "smtp/certificatesummary.h"

#include <QDBusPendingCallWatcher>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace Mailroom {

struct HostsOverview::Entry
{
    HostStatus status;
    HelperConnection connection;
    std::unique_ptr<HostConnector> connector; // while the connection opens
    std::unique_ptr<HelperProxy> proxy;
    QString logCursor; // the journal is read from here on the next refresh
    int pending = 0; // calls of the current refresh still unanswered
    QElapsedTimer timer;
    QString callError;
    // The context of every call and answer about this entry: taken off the list, the entry
    // takes its unanswered calls' watchers and their callbacks with it.
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
};

HostsOverview::HostsOverview(QObject *parent)
    : QObject(parent)
{
    registerDBusTypes();
}

HostsOverview::~HostsOverview()
{
    for (const auto &e : m_entries) {
        e->connection.close();
    }
}

QList<HostStatus> HostsOverview::statuses() const
{
    QList<HostStatus> out;
    for (const auto &e : m_entries) {
        out.append(e->status);
    }
    return out;
}

const HostStatus &HostsOverview::status(int row) const
{
    return m_entries.at(size_t(row))->status;
}

int HostsOverview::rowOf(const Entry *entry) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].get() == entry) {
            return int(i);
        }
    }
    return -1;
}

void HostsOverview::setHosts(const QList<HostAddress> &hosts, const HelperConnection::Options &options)
{
    m_options = options;
    std::vector<std::unique_ptr<Entry>> kept;
    for (const HostAddress &host : hosts) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&host](const auto &e) { return e && e->status.host == host; });
        if (it != m_entries.end()) {
            kept.push_back(std::move(*it));
        } else {
            auto e = std::make_unique<Entry>();
            e->status.host = host;
            kept.push_back(std::move(e));
        }
    }
    bool refreshEnded = false;
    for (const auto &e : m_entries) {
        if (e) {
            if (e->connector && e->connector->isRunning()) {
                --m_opening; // its attempt ends with it, unanswered
            }
            if (e->pending > 0) {
                // Its answers go with it: the refresh no longer waits for them.
                refreshEnded = --m_refreshing == 0;
            }
            e->connection.close();
        }
    }
    m_entries = std::move(kept);
    if (refreshEnded) {
        QTimer::singleShot(0, this, [this] {
            if (m_refreshing == 0) {
                Q_EMIT refreshed(m_refreshTimer.elapsed());
            }
        });
    }
    int started = 0;
    for (const auto &e : m_entries) {
        if (!e->proxy) {
            open(e.get());
            ++started;
        }
    }
    if (started == 0) {
        Q_EMIT connected();
    }
}

void HostsOverview::reconnect()
{
    for (const auto &e : m_entries) {
        if (e->status.state == HostStatus::State::Failed) {
            e->proxy.reset();
            e->connection.close();
            open(e.get());
        }
    }
}

void HostsOverview::open(Entry *entry)
{
    entry->status.state = HostStatus::State::Connecting;
    entry->status.error.clear();
    ++m_opening;
    // The connector belongs to the entry: an entry taken off the list cancels its attempt.
    entry->connector = std::make_unique<HostConnector>();
    connect(entry->connector.get(), &HostConnector::finished, this,
            [this, entry](const HelperConnection &connection, const QString &error) {
                --m_opening;
                const int row = rowOf(entry);
                if (!connection.isConnected()) {
                    entry->status.state = HostStatus::State::Failed;
                    entry->status.error = error;
                } else {
                    entry->connection = connection;
                    entry->proxy
                        = std::make_unique<HelperProxy>(Api::ServiceName, Api::ObjectPath, entry->connection.bus());
                    entry->proxy->setTimeout(30 * 1000);
                    entry->status.state = HostStatus::State::Ready;
                }
                Q_EMIT hostChanged(row);
                if (m_opening == 0) {
                    Q_EMIT connected();
                }
            });
    entry->connector->start(entry->status.host, m_options);
}

void HostsOverview::refresh()
{
    m_refreshTimer.start();
    for (const auto &e : m_entries) {
        if (e->proxy && e->pending == 0) {
            refreshEntry(e.get());
        }
    }
    if (m_refreshing == 0) {
        Q_EMIT refreshed(m_refreshTimer.elapsed());
    }
}

void HostsOverview::refreshEntry(Entry *entry)
{
    ++m_refreshing;
    entry->timer.start();
    entry->callError.clear();
    entry->pending = 4;
    HelperProxy *p = entry->proxy.get();
    auto watch = [this, entry](const QDBusPendingCall &call, auto handle) {
        auto *w = new QDBusPendingCallWatcher(call, entry->context.get());
        connect(w, &QDBusPendingCallWatcher::finished, entry->context.get(),
                [this, entry, handle](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    // Without Postfix there is no queue and no certificate: the state says "not
                    // installed", which is an answer, not an error.
                    if (w->isError() && w->error().name() != Api::Error::NotInstalled) {
                        if (entry->callError.isEmpty()) {
                            entry->callError = HelperError::fromDBus(w->error()).userMessage();
                        }
                    } else if (!w->isError()) {
                        handle(w);
                    }
                    answered(entry);
                });
    };
    watch(p->GetServiceStates(), [entry](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<ServiceStateList> r = *w;
        entry->status.postfixInstalled = false;
        entry->status.postfixRunning = false;
        entry->status.postfixState.clear();
        for (const ServiceState &s : r.value()) {
            if (s.unit == QLatin1String("postfix.service")) {
                entry->status.postfixInstalled = s.installed;
                entry->status.postfixRunning = s.activeState == QLatin1String("active");
                entry->status.postfixState
                    = s.installed ? QStringLiteral("%1 (%2)").arg(s.activeState, s.subState) : QString();
            }
        }
    });
    watch(p->GetQueue(), [entry](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QueueEntryList> r = *w;
        entry->status.queued = int(r.value().size());
        entry->status.deferred = int(std::count_if(r.value().cbegin(), r.value().cend(), [](const QueueEntry &q) {
            return q.queueName == QLatin1String("deferred");
        }));
    });
    watch(p->GetTlsCertificate(), [entry](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<TlsCertificateState> r = *w;
        const TlsCertificateState tls = r.value();
        entry->status.certificateExpiry = tls.chainPem.isEmpty()
            ? QDateTime()
            : CertificateSummary::fromPem(tls.chainPem.toUtf8(), tls.hostName).notAfter;
    });
    // The journal since the last refresh only (the first one: the last 24 hours).
    const quint64 since = entry->logCursor.isEmpty()
        ? quint64(QDateTime::currentDateTimeUtc().addDays(-1).toMSecsSinceEpoch()) * 1000
        : 0;
    readLog(entry, since);
}

void HostsOverview::readLog(Entry *entry, quint64 sinceUsec)
{
    constexpr uint Batch = 5000;
    auto *w = new QDBusPendingCallWatcher(entry->proxy->GetMailLog(entry->logCursor, sinceUsec, Batch),
                                          entry->context.get());
    connect(w, &QDBusPendingCallWatcher::finished, entry->context.get(), [this, entry](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<LogEntryList, QString> r = *w;
        if (r.isError()) {
            if (entry->callError.isEmpty()) {
                entry->callError = HelperError::fromDBus(r.error()).userMessage();
            }
            answered(entry);
            return;
        }
        const LogEntryList entries = r.argumentAt<0>();
        for (const LogEntry &e : entries) {
            if (!e.identifier.startsWith(QLatin1String("postfix/"))) {
                continue;
            }
            const std::optional<DeliveryLine> line = DeliveryLine::parse(e.message);
            if (line && line->status == DeliveryStatus::Bounced) {
                entry->status.lastBounce = QDateTime::fromMSecsSinceEpoch(qint64(e.timeUsec / 1000), QTimeZone::UTC);
                entry->status.lastBounceRecipient = line->recipient;
            }
        }
        if (!r.argumentAt<1>().isEmpty()) {
            entry->logCursor = r.argumentAt<1>();
        }
        if (entries.size() >= 5000 && entry->proxy) {
            readLog(entry, 0); // more than one batch arrived since the last refresh
            return;
        }
        answered(entry);
    });
}

void HostsOverview::answered(Entry *entry)
{
    if (--entry->pending > 0) {
        return;
    }
    entry->status.answerMs = entry->timer.elapsed();
    if (!entry->callError.isEmpty()) {
        if (!entry->connection.isConnected()) {
            entry->status.state = HostStatus::State::Failed;
            entry->status.error = entry->connection.failure();
            entry->proxy.reset();
        } else {
            entry->status.error = entry->callError;
        }
    } else if (entry->status.state == HostStatus::State::Ready) {
        entry->status.error.clear();
    }
    const int row = rowOf(entry);
    if (row >= 0) {
        Q_EMIT hostChanged(row);
    }
    if (--m_refreshing == 0) {
        Q_EMIT refreshed(m_refreshTimer.elapsed());
    }
}

} // namespace Mailroom
