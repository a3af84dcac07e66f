// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperconnection.h"

#include <QObject>

#include <memory>

namespace Mailroom {

// Opens a HelperConnection to another host without blocking the caller's thread:
// HelperConnection::open (ssh, the remote bus, the version handshake) runs on a worker thread
// of its own. Lives on the thread that calls start(); finished() arrives there. cancel() abandons
// the attempt at once: finished() is not emitted, and a connection that opens after all is closed.
// Destroying the connector cancels too.
class HostConnector : public QObject
{
    Q_OBJECT
public:
    explicit HostConnector(QObject *parent = nullptr);
    ~HostConnector() override;

    void start(const HostAddress &host, const HelperConnection::Options &options = {});
    void cancel();
    bool isRunning() const { return m_attempt != nullptr; }

Q_SIGNALS:
    // connection.isConnected() on success; otherwise error says why in one sentence.
    void finished(const Mailroom::HelperConnection &connection, const QString &error);

private:
    struct Attempt;
    std::shared_ptr<Attempt> m_attempt;
};

} // namespace Mailroom
