// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/packageoperation.h"

#include "helperproxy.h"
#include "packagenames.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPackage, "mailroom.core.setup.package")

namespace Mailroom {

PackageOperation::PackageOperation(HelperProxy *proxy, Kind kind, const QString &package, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_kind(kind)
    , m_package(package)
{
    // Listening from construction on, so no signal sent before the reply is missed.
    connect(m_proxy, &HelperProxy::PackageProgress, this, &PackageOperation::onProgress);
    connect(m_proxy, &HelperProxy::PackageOperationFinished, this, &PackageOperation::onFinished);
}

void PackageOperation::start()
{
    m_running = true;
    m_operation.clear();
    m_early.clear();
    m_helperError = HelperError();
    const QDBusPendingCall call = m_kind == Kind::Install ? QDBusPendingCall(m_proxy->InstallPackage(m_package))
                                                          : QDBusPendingCall(m_proxy->RemovePackage(m_package));
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QString> reply = *w;
        if (reply.isError()) {
            m_running = false;
            m_helperError = HelperError::fromDBus(reply.error());
            qCWarning(lcPackage) << m_package << "not started:" << reply.error().name() << reply.error().message();
            Q_EMIT finished(false, false, m_helperError.userMessage());
            return;
        }
        m_operation = reply.value();
        qCDebug(lcPackage) << m_package << "operation" << m_operation;
        Q_EMIT started(m_operation);
        if (m_running && m_early.contains(m_operation)) {
            const Result r = m_early.value(m_operation);
            onFinished(m_operation, r.success, r.cancelled, r.message);
        }
    });
}

void PackageOperation::cancel()
{
    if (m_running && !m_operation.isEmpty()) {
        m_proxy->CancelPackageOperation(m_operation); // the end arrives as PackageOperationFinished
    }
}

void PackageOperation::onProgress(const QString &operation, uint percent, const QString &status, const QString &package)
{
    if (!m_running || operation != m_operation || m_operation.isEmpty()) {
        return;
    }
    Q_EMIT progress(int(qMin(percent, 100u)), PackageNames::statusText(status, package));
}

void PackageOperation::onFinished(const QString &operation, bool success, bool cancelled, const QString &message)
{
    if (!m_running) {
        return;
    }
    if (m_operation.isEmpty()) {
        qCDebug(lcPackage) << "end of" << operation << "before its id: kept";
        m_early.insert(operation, {success, cancelled, message});
        return;
    }
    if (operation != m_operation) {
        return;
    }
    m_running = false;
    Q_EMIT finished(success, cancelled, message);
}

} // namespace Mailroom
