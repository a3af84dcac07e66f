// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "callerwatch.h"
#include "catalogoperations.h"
#include "configoperations.h"
#include "filteroperations.h"
#include "firewalloperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "journaloperations.h"
#include "mailaccessoperations.h"
#include "mailboxoperations.h"
#include "operationresult.h"
#include "packageoperations.h"
#include "queueoperations.h"
#include "relayoperations.h"
#include "serviceoperations.h"
#include "servicestate.h"
#include "statusoperations.h"
#include "testmailoperations.h"
#include "tlsoperations.h"

#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QLatin1StringView>
#include <QObject>
#include <QStringList>

#include <functional>

class Authorizer;
class Firewall;
class Host;
class Journal;
class PackageManager;
class PostfixConfig;
class ProgramRunner;

// The object behind /io/github/mailroom/Helper1: the D-Bus face and nothing more.
// Each method: parse → validate (ArgumentChecks; InvalidArgs before polkit is asked) →
// authorize (polkit, caller's bus name) → act (one of the *Operations areas) → reply
// (PendingReply turns the area's OperationResult into a reply or an error).
// Replies are delayed until polkit has answered, so one caller typing a password
// never blocks another.
class Helper : public QObject, protected QDBusContext
{
    Q_OBJECT
    // Read by the generated adaptor for the ApiVersion D-Bus property.
    Q_PROPERTY(uint ApiVersion READ apiVersion CONSTANT)
public:
    // The seams. Production passes the real ones (main.cpp), unit tests fakes.
    struct Backends
    {
        ServiceManager *services = nullptr;
        Authorizer *authorizer = nullptr;
        Firewall *firewall = nullptr;
        PackageManager *packages = nullptr;
        PostfixConfig *config = nullptr;
        const ProgramRunner *programs = nullptr;
        Journal *journal = nullptr;
        Host *host = nullptr;
        QStringList mailSpoolDirs = MailboxOperations::defaultSpoolDirs();
        QString tlsDir = TlsOperations::defaultTlsDir();
        QString letsEncryptLive = TlsOperations::defaultLetsEncryptLive();
        QString dovecotDir = QStringLiteral("/etc/dovecot");
        QString dovecotLibDir = QStringLiteral("/usr/lib/dovecot");
        QString dovecotAuthSocket = QString::fromLatin1(Mailroom::MailAccess::authSocketPath);
        FilterPaths filterPaths;
    };
    explicit Helper(const Backends &backends, QObject *parent = nullptr);
    // Calls one bus name may have waiting (for polkit, in the queue of changes, or at work);
    // more get LimitsExceeded at once. The Setup page alone asks about 20 things as it opens.
    static constexpr int MaxPendingPerCaller = 32;
    // What the helper is doing, for `systemctl status mailroomd` (main() sends it to systemd):
    // calls and jobs at work and how many of them follow the mail log.
    QString status() const;
    uint apiVersion() const { return Mailroom::Api::Version; }

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
    QString GetConfigFile(const QString &file, QString &revision);
    QString PreviewConfigFile(const QString &file, const QString &text);
    QString ApplyConfigFile(const QString &file, const QString &text, const QString &expectedRevision, QString &backup,
                            QString &warnings);
    QString PreviewConfigBackup(const QString &id);
    void RunPostmap(const QString &table);
    void SetRelay(const QString &host, ushort port, const QString &user, const QString &password);
    void RemoveRelay();
    Mailroom::TlsCertificateState GetTlsCertificate();
    QString CreateTlsCertificate(const QString &keyType, bool selfSigned);
    QString InstallTlsCertificate(const QString &pemChain);
    QString UseLetsEncryptCertificate();
    Mailroom::MailAccessState GetMailAccess();
    QString SetSubmission(bool enabled);
    QString SetImap(bool starttls, bool implicitTls);
    Mailroom::SpamFilterState GetSpamFilter();
    QString SetSpamFilter(bool enabled, double tagScore, const QString &action, double actionScore,
                          const QString &subjectTag, bool checkTrusted);
    void SetSpamRuleUpdates(bool enabled);
    QString SetProcmailDelivery(bool enabled);
    Mailroom::LogEntryList GetMailLog(const QString &cursor, qulonglong sinceUsec, uint max, QString &nextCursor);
    Mailroom::LogEntryList WaitForMailLog(const QString &cursor, uint timeoutMs, QString &nextCursor);
    Mailroom::QueueEntryList GetQueue();
    void FlushQueue();
    void RetryQueued(const QStringList &ids);
    void DeleteQueued(const QStringList &ids);
    void HoldQueued(const QStringList &ids);
    void ReleaseQueued(const QStringList &ids);
    void RequeueQueued(const QStringList &ids);
    QString SendTestMail(const QString &fromUser, const QString &toAddress, const QString &subject);
    QDBusUnixFileDescriptor OpenMailbox(const QString &user);
    QByteArray ReadMailbox(const QString &user, qulonglong offset, uint length, qulonglong &size);
    Mailroom::Config::ParameterInfoList GetParameterCatalog();

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
    // The act step: gets the caller's bus name and must call finished exactly once.
    using Work = std::function<void(const QString &caller, const Finished &finished)>;

    // Replies InvalidArgs now (before polkit is asked) and returns false when !v.valid.
    bool accept(const Mailroom::ValidationResult &v);
    // Delays the reply, asks the authorizer, then runs work, whose result is the reply.
    void authorizeThen(QLatin1StringView actionId, Work work);
    void serviceCall(const QString &unit, ServiceManager::Action action);
    QString packageCall(const QString &name, bool install);
    void queueCall(const QStringList &ids, QueueOperations::Action action);
    void setBusy(int delta);
    // Security review finding 4: changes to Postfix's files (and the reload and rollback that
    // end them) run one at a time, later ones queued in the order polkit allowed them; each
    // starts from the files as the previous one left them.
    Work oneAtATime(Work work);
    // done, after Dovecot's settings followed a changed certificate (when the change worked).
    Finished followedByDovecot(const Finished &done);
    void startNextWrite();

    Authorizer *m_authorizer;
    QHash<QString, int> m_pending; // caller's bus name -> its calls not yet answered
    CallerWatch m_callers; // of WaitForMailLog calls
    QList<std::function<void()>> m_writes; // queued, not yet started
    bool m_writeRunning = false;
    ServiceOperations m_services;
    StatusOperations m_status;
    FirewallOperations m_firewall;
    PackageOperations m_packages;
    ConfigOperations m_config;
    RelayOperations m_relay;
    TlsOperations m_tls;
    MailAccessOperations m_access;
    FilterOperations m_filter;
    JournalOperations m_journal;
    QueueOperations m_queue;
    TestMailOperations m_testMail;
    MailboxOperations m_mailboxes;
    CatalogOperations m_catalog;
    int m_busy = 0;
};
