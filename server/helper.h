// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "servicemanager.h"
#include "servicestate.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class Authorizer;
class Firewall;
class PackageManager;
class PostfixConfig;

// The object behind /io/github/mailroom/Helper1. Each D-Bus method: parse →
// validate (InvalidArgs) → authorize (polkit, caller's bus name) → act → reply.
// Replies are delayed until polkit has answered, so one caller typing a password
// never blocks another.
class Helper : public QObject, protected QDBusContext
{
    Q_OBJECT
public:
    struct Backends
    {
        ServiceManager *services = nullptr;
        Authorizer *authorizer = nullptr;
        Firewall *firewall = nullptr;
        PackageManager *packages = nullptr;
        PostfixConfig *config = nullptr;
    };
    explicit Helper(const Backends &backends, QObject *parent = nullptr);

    // The mail-related units the helper reports on and manages; nothing else.
    static const QStringList &serviceAllowlist();
    static const QStringList &firewallAllowlist();

public Q_SLOTS:
    Mailroom::ServiceStateList GetServiceStates();
    Mailroom::SystemInfo GetSystemInfo();
    Mailroom::PortStateList GetPorts();
    void StartService(const QString &unit);
    void StopService(const QString &unit);
    void RestartService(const QString &unit);
    void ReloadService(const QString &unit);
    void EnableService(const QString &unit);
    void DisableService(const QString &unit);
    Mailroom::FirewallServiceStateList GetFirewallServices();
    void SetFirewallService(const QString &service, bool enabled);
    Mailroom::PackageStateList GetPackages();
    QString InstallPackage(const QString &name);
    QString RemovePackage(const QString &name);
    void CancelPackageOperation(const QString &operation);
    Mailroom::ConfigValueList GetConfig(const QStringList &keys);
    QString PreviewConfigChange(const Mailroom::StringMap &set, const QStringList &remove);
    QString ApplyConfigChange(const Mailroom::StringMap &set, const QStringList &remove, QString &diff);
    Mailroom::ConfigBackupList ListConfigBackups();
    QString RestoreConfigBackup(const QString &id);
    void SetRelay(const QString &host, ushort port, const QString &user, const QString &password);
    void RemoveRelay();
    Mailroom::LogEntryList GetMailLog(const QString &cursor, qulonglong sinceUsec, uint max, QString &nextCursor);
    Mailroom::LogEntryList WaitForMailLog(const QString &cursor, uint timeoutMs, QString &nextCursor);
    Mailroom::QueueEntryList GetQueue();
    void FlushQueue();
    void DeleteQueued(const QStringList &ids);
    void HoldQueued(const QStringList &ids);
    void ReleaseQueued(const QStringList &ids);
    void RequeueQueued(const QStringList &ids);
    QString SendTestMail(const QString &fromUser, const QString &toAddress, const QString &subject);
    QDBusUnixFileDescriptor OpenMailbox(const QString &user);

Q_SIGNALS:
    // The helper should hand over to a fresh instance once idle (its sandbox must see
    // directories a package installation created).
    void restartRequested();
    // Any call arrived (the idle timer in main() listens).
    void activity();
    // Long work is running: main() must not exit while this is > 0.
    void busyChanged(int running);
    void PackageProgress(const QString &operation, uint percent, const QString &status, const QString &package);
    void PackageOperationFinished(const QString &operation, bool success, bool cancelled, const QString &message);

private:
    // Sends a reply later; copyable into callbacks.
    struct Replier
    {
        QDBusConnection bus;
        QDBusMessage call;
        void reply(const QVariantList &args = {}) const;
        void error(const QString &name, const QString &message) const;
    };
    using Work = std::function<void(const Replier &replier)>;

    // Delays the reply, asks the authorizer, then runs work (which must reply).
    void authorizeThen(QLatin1StringView actionId, Work work);
    // Replies InvalidArgs now and returns false when !valid.
    bool check(bool valid, const QString &message);
    QString normalizedUnit(const QString &unit) const;
    void serviceAction(const QString &unit, ServiceManager::Action action);
    QString packageAction(const QString &name, bool install);
    void setBusy(int delta);
    bool checkConfigChange(const Mailroom::StringMap &set, const QStringList &remove, void *changeOut);
    void queueAction(const QStringList &ids, const QString &postsuperFlag);

    Backends m_b;
    QHash<QString, QString> m_operationOwners; // package operation -> caller's bus name
    int m_busy = 0;
};
