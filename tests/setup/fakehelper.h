// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusServer>
#include <QDBusVirtualObject>
#include <QHash>

#include <functional>
#include <memory>

class HelperProxy;

// A scripted stand-in for mailroomd over a peer-to-peer D-Bus connection: the workflows under
// test talk to a real HelperProxy, and each method's answer — and any signal sent before it —
// is chosen by the test, in the order the test wants them to arrive.
class FakeHelper : public QDBusVirtualObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QDBusMessage &call)>;

    explicit FakeHelper(QObject *parent = nullptr);
    ~FakeHelper() override;

    // Connects the client side; false if the peer connection could not be made.
    bool connectPeer();
    HelperProxy *proxy() const { return m_proxy.get(); }

    // What answers METHOD; calls without a handler get an UnknownMethod error.
    void on(const QString &method, const Handler &handler) { m_handlers.insert(method, handler); }
    void reply(const QDBusMessage &call, const QVariantList &arguments);
    void replyError(const QDBusMessage &call, const QString &name, const QString &text);
    void emitSignal(const QString &name, const QVariantList &arguments);
    // The methods called so far, in order.
    QStringList calls() const { return m_calls; }

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    QDBusServer m_server;
    QDBusConnection m_serverSide {QString()};
    std::unique_ptr<HelperProxy> m_proxy;
    QHash<QString, Handler> m_handlers;
    QStringList m_calls;
};
