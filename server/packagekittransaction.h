// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QVariantList>

class QDBusObjectPath;
class QDBusMessage;

// One PackageKit transaction: created, given one method call, and followed to Finished.
class PackageKitTransaction : public QObject
{
    Q_OBJECT
public:
    struct Package
    {
        uint info = 0;
        QString id; // "name;version;arch;repo"
    };

    explicit PackageKitTransaction(const QDBusConnection &bus, QObject *parent = nullptr);
    // Creates the transaction and calls method(args) on it; emits finished() in every case.
    void run(const QString &method, const QVariantList &args);
    void cancel();

    const QList<Package> &packages() const { return m_packages; }
    QString errorText() const { return m_error; }

    static QString packageName(const QString &packageId) { return packageId.section(QLatin1Char(';'), 0, 0); }
    static QString packageVersion(const QString &packageId) { return packageId.section(QLatin1Char(';'), 1, 1); }

Q_SIGNALS:
    void progress(uint percent, const QString &status, const QString &package);
    void finished(bool ok, bool cancelled);

private Q_SLOTS:
    void onPackage(uint info, const QString &id, const QString &summary);
    void onErrorCode(uint code, const QString &details);
    void onFinished(uint exit, uint runtime);
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);

private:
    void fail(const QString &message);

    QDBusConnection m_bus;
    QString m_path;
    QList<Package> m_packages;
    QString m_error;
    uint m_percent = 0;
    QString m_status;
    QString m_package;
    bool m_done = false;
};
