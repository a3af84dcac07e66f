// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QString>

class HelperProxy;

// One InstallPackage/RemovePackage run through the helper, followed by its
// PackageProgress/PackageOperationFinished signals.
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
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
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
    bool m_running = false;
    // Ends that arrive before the call has returned the operation id.
    QMap<QString, Result> m_early;
};
