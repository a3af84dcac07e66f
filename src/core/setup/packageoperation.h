// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"

#include <QMap>
#include <QObject>
#include <QString>

class HelperProxy;

namespace Mailroom {

// One InstallPackage/RemovePackage run through the helper, followed by its
// PackageProgress/PackageOperationFinished signals. The Setup assistant and mailroomctl
// package both use it. The helper may announce the end before the call has returned the
// operation id (a quick no-op, an early failure): such an end is kept and delivered once the
// id is known, never lost.
// Asynchronous: runs in the caller's thread and event loop; the proxy must live as long.
class PackageOperation : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Install,
        Remove
    };
    PackageOperation(HelperProxy *proxy, Kind kind, const QString &package, QObject *parent = nullptr);

    void start();
    // Asks the helper to cancel; the end still arrives as finished().
    void cancel();
    bool isRunning() const { return m_running; }
    // The helper's error when the call itself failed (kind None otherwise), for mailroomctl's
    // exit status.
    HelperError helperError() const { return m_helperError; }

Q_SIGNALS:
    // The operation id is known: cancel() can reach the helper from now on.
    void started(const QString &operation);
    void progress(int percent, const QString &text);
    // success, cancelled, and the helper's message (or the D-Bus error's user message)
    void finished(bool success, bool cancelled, const QString &message);

private:
    void onProgress(const QString &operation, uint percent, const QString &status, const QString &package);
    void onFinished(const QString &operation, bool success, bool cancelled, const QString &message);

    struct Result
    {
        bool success = false;
        bool cancelled = false;
        QString message;
    };
    HelperProxy *m_proxy;
    Kind m_kind;
    QString m_package;
    QString m_operation;
    HelperError m_helperError;
    bool m_running = false;
    // Ends that arrive before the call has returned the operation id.
    QMap<QString, Result> m_early;
};

} // namespace Mailroom
