// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakehelper.h"

#include "helperapi.h"
#include "helperproxy.h"
#include "servicestate.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

FakeHelper::FakeHelper(QObject *parent)
    : QDBusVirtualObject(parent)
{
    Mailroom::registerDBusTypes();
    m_server.setAnonymousAuthenticationAllowed(true);
    connect(&m_server, &QDBusServer::newConnection, this, [this](const QDBusConnection &connection) {
        m_serverSide = connection;
        m_serverSide.registerVirtualObject(Mailroom::Api::ObjectPath, this);
    });
}

FakeHelper::~FakeHelper()
{
    m_proxy.reset();
    QDBusConnection::disconnectFromPeer(QStringLiteral("fakehelper"));
}

bool FakeHelper::connectPeer()
{
    const QDBusConnection client = QDBusConnection::connectToPeer(m_server.address(), QStringLiteral("fakehelper"));
    if (!client.isConnected()) {
        return false;
    }
    const QDeadlineTimer deadline(5000);
    while (!m_serverSide.isConnected() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // A peer has no bus names: the proxy addresses no service.
    m_proxy = std::make_unique<HelperProxy>(QString(), Mailroom::Api::ObjectPath, client);
    return m_serverSide.isConnected();
}

void FakeHelper::reply(const QDBusMessage &call, const QVariantList &arguments)
{
    m_serverSide.send(call.createReply(arguments));
}

void FakeHelper::replyError(const QDBusMessage &call, const QString &name, const QString &text)
{
    m_serverSide.send(call.createErrorReply(name, text));
}

void FakeHelper::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(Mailroom::Api::ObjectPath, Mailroom::Api::Interface, name);
    signal.setArguments(arguments);
    m_serverSide.send(signal);
}

QString FakeHelper::introspect(const QString &) const
{
    return QString();
}

bool FakeHelper::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    if (message.type() != QDBusMessage::MethodCallMessage) {
        return false;
    }
    m_calls << message.member();
    const auto handler = m_handlers.constFind(message.member());
    if (handler == m_handlers.cend()) {
        replyError(message, QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), message.member());
    } else {
        (*handler)(message);
    }
    return true;
}
