// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>

#include <memory>

class HelperProxy;

namespace Mailroom {

// An error from the helper, with a message a person can act on.
struct HelperError
{
    enum class Kind
    {
        None,
        AccessDenied, // polkit said no
        NotAvailable, // helper not installed, or bus not reachable
        InvalidArgs,
        Failed,
        Conflict, // ApplyConfigFile: the file changed on disk since it was loaded
    };
    Kind kind = Kind::None;
    QString dbusName;
    QString message; // as sent by the helper or the bus

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;
    static HelperError fromDBus(const QDBusError &error);
};

// Client side of io.github.mailroom.Helper1, used by the GUI (asynchronously)
// and by mailroomctl (blocking). Calls allow interactive authorization, so polkit
// may ask the user to authenticate.
class HelperClient : public QObject
{
    Q_OBJECT
public:
    explicit HelperClient(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~HelperClient() override;

    // Asynchronous: emits serviceStatesReady() or failed().
    void requestServiceStates();

    // Blocking, for command-line use.
    ServiceStateList serviceStates(HelperError *error);

    // The generated proxy for every other method (asynchronous QDBusPendingReply calls,
    // signals PackageProgress/PackageOperationFinished). Owned by this client.
    HelperProxy *proxy() const { return m_proxy.get(); }

Q_SIGNALS:
    void serviceStatesReady(const Mailroom::ServiceStateList &states);
    void failed(const Mailroom::HelperError &error);

private:
    std::unique_ptr<HelperProxy> m_proxy;
};

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::HelperError)
