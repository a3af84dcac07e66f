// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper.h"

#include "argumentchecks.h"
#include "authorizer.h"
#include "helperapi.h"
#include "pendingreply.h"
#include "postfix/configchange.h"
#include "postfix/relayconfig.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>
#include <QTimer>

#include <malloc.h>

Q_LOGGING_CATEGORY(lcHelper, "mailroom.helper")

using namespace Mailroom;
namespace Check = ArgumentChecks;

namespace {
ConfigChange toChange(const StringMap &set, const QStringList &remove)
{
    ConfigChange change;
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        change.set(it.key(), it.value());
    }
    for (const QString &key : remove) {
        change.remove(key);
    }
    return change;
}
} // namespace

Helper::Helper(const Backends &b, QObject *parent)
    : QObject(parent)
    , m_authorizer(b.authorizer)
    , m_services(b.services)
    , m_status(b.host)
    , m_firewall(b.firewall)
    , m_packages(b.host, b.packages)
    , m_config(b.config)
    , m_relay(b.config)
    , m_tls(b.config, b.tlsDir, b.letsEncryptLive)
    , m_access(b.config, b.services, b.programs, &m_tls, b.dovecotDir, b.dovecotLibDir, b.dovecotAuthSocket)
    , m_filter(b.config, b.services, b.programs, b.filterPaths)
    , m_journal(b.journal)
    , m_queue(b.programs)
    , m_testMail(b.programs, b.journal)
    , m_mailboxes(b.mailSpoolDirs)
    , m_catalog(b.programs)
{
    connect(&m_callers, &CallerWatch::left, &m_journal, &JournalOperations::callerLeft);
    // A package operation keeps the helper alive until it has finished; then a fresh
    // instance takes over, since directories the package created (/etc/postfix, …) are
    // outside this process's mount namespace view.
    connect(&m_packages, &PackageOperations::started, this, [this] { setBusy(+1); });
    connect(&m_packages, &PackageOperations::progress, this, &Helper::PackageProgress);
    connect(&m_packages, &PackageOperations::finished, this,
            [this](const QString &operation, bool success, bool cancelled, const QString &message) {
                Q_EMIT PackageOperationFinished(operation, success, cancelled, message);
                setBusy(-1);
                Q_EMIT restartRequested();
            });
}

// --- the pattern every method follows ---------------------------------------------

QString Helper::status() const
{
    if (m_busy == 0) {
        return QStringLiteral("Waiting for calls");
    }
    return QStringLiteral("%1 calls and jobs at work, %2 of them following the mail log")
        .arg(m_busy)
        .arg(m_journal.following());
}

void Helper::setBusy(int delta)
{
    m_busy += delta;
    Q_EMIT busyChanged(m_busy);
}

Helper::Work Helper::oneAtATime(Work work)
{
    return [this, work = std::move(work)](const QString &caller, const Finished &done) {
        m_writes.append([this, work, caller, done] {
            work(caller, [this, done](const OperationResult &r) {
                done(r);
                m_writeRunning = false;
                // Not from inside the finished one's callback chain.
                QTimer::singleShot(0, this, &Helper::startNextWrite);
            });
        });
        startNextWrite();
    };
}

void Helper::startNextWrite()
{
    if (m_writeRunning || m_writes.isEmpty()) {
        return;
    }
    m_writeRunning = true;
    const auto next = m_writes.takeFirst();
    next();
}

bool Helper::accept(const ValidationResult &v)
{
    if (!v.valid) {
        Q_EMIT activity();
        setDelayedReply(true); // the reply is the error, sent like every other one
        PendingReply(connection(), message()).send(OperationResult::failure(Api::Error::InvalidArgs, v.message));
        // A refused argument may have been huge (10^6 strings demarshalled before any check could
        // run); malloc keeps what it freed unless told otherwise, and the helper would stay that
        // big. Once the call's message and arguments are gone (libdbus lets go of the message on
        // its own thread: a second later), the free memory goes back to the system.
        QTimer::singleShot(1000, this, [] { malloc_trim(0); });
    }
    return v.valid;
}

void Helper::authorizeThen(QLatin1StringView actionId, Work work)
{
    Q_EMIT activity();
    setDelayedReply(true);
    const PendingReply reply(connection(), message());
    const QString action = actionId;
    auto *bus = connection().interface();
    // An unknown uid is said so, not logged as 0 (QDBusReply::value() of a failed call is 0).
    const QDBusReply<uint> uid = bus ? bus->serviceUid(reply.caller()) : QDBusReply<uint>();
    if (uid.isValid()) {
        qCInfo(lcHelper) << reply.member() << "from" << reply.caller() << "uid" << uid.value();
    } else {
        qCInfo(lcHelper) << reply.member() << "from" << reply.caller() << "uid unknown";
    }

    // Security review finding 3: each waiting call holds its arguments (for minutes while a
    // prompt is open); a caller gets at most MaxPendingPerCaller of them at a time.
    const QString caller = reply.caller();
    if (m_pending.value(caller) >= MaxPendingPerCaller) {
        qCWarning(lcHelper) << reply.member() << "from" << caller << "refused: too many calls waiting";
        reply.send(OperationResult::failure(
            Api::Error::LimitsExceeded,
            QStringLiteral("%1 of your calls are still waiting for an answer (at most %1 at a time): "
                           "wait for them to finish before making more")
                .arg(MaxPendingPerCaller)));
        return;
    }
    ++m_pending[caller];
    setBusy(+1); // until the reply is sent
    m_authorizer->check(
        reply.caller(), action, reply.interactiveAuthorizationAllowed(),
        [this, reply, action, work](Authorizer::Result result, const QString &detail) {
            const Finished finish = [this, reply, action](const OperationResult &r) {
                // The reply is on its way (or about to be): the call no longer counts as waiting.
                if (--m_pending[reply.caller()] <= 0) {
                    m_pending.remove(reply.caller());
                }
                // A failed job's error carries the unit's last journal lines: only for a caller
                // who may read the logs as well (asked without a prompt; otherwise left out).
                if (r.errorName == Api::Error::JobFailed && action != Api::Action::ReadLogs
                    && r.message.contains(QLatin1Char('\n'))) {
                    m_authorizer->check(reply.caller(), QString(Api::Action::ReadLogs), false,
                                        [this, reply, r](Authorizer::Result logs, const QString &) {
                                            OperationResult out = r;
                                            if (logs != Authorizer::Result::Allowed) {
                                                out.message = r.message.section(QLatin1Char('\n'), 0, 0)
                                                    + QStringLiteral(" (The unit's log lines are left out: "
                                                                     "reading them needs %1.)")
                                                          .arg(Api::Action::ReadLogs);
                                            }
                                            reply.send(out);
                                            setBusy(-1);
                                        });
                    return;
                }
                reply.send(r);
                setBusy(-1);
            };
            if (result != Authorizer::Result::Allowed) {
                const QString denied
                    = QStringLiteral("Not authorized for %1%2")
                          .arg(action, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
                m_authorizer->isRemoteSession(reply.caller(), [finish, denied](bool remote) {
                    if (!remote) {
                        finish(OperationResult::failure(Api::Error::AccessDenied, denied));
                        return;
                    }
                    finish(OperationResult::failure(
                        Api::Error::RemoteSession,
                        denied
                            + QStringLiteral(": the caller is in a remote login session (SSH), and polkit's "
                                             "shipped defaults allow Mailroom's actions only to active local "
                                             "sessions. An administrator may allow the group mailadmin by copying "
                                             "%1 to /etc/polkit-1/rules.d/.")
                                  .arg(Api::MailadminRule)));
                });
                return;
            }
            work(reply.caller(), finish);
        });
}

// --- status and services ------------------------------------------------------------

ServiceStateList Helper::GetServiceStates()
{
    authorizeThen(Api::Action::ReadStatus,
                  [this](const QString &, const Finished &done) { done(m_services.states()); });
    return {};
}

SystemInfo Helper::GetSystemInfo()
{
    authorizeThen(Api::Action::ReadStatus,
                  [this](const QString &, const Finished &done) { done(m_status.systemInfo()); });
    return {};
}

PortStateList Helper::GetPorts()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QString &, const Finished &done) { done(m_status.ports()); });
    return {};
}

void Helper::serviceCall(const QString &name, ServiceManager::Action action)
{
    QString unit;
    if (!accept(Check::serviceUnit(name, &unit))) {
        return;
    }
    authorizeThen(Api::Action::ManageServices, [this, unit, action](const QString &, const Finished &done) {
        m_services.perform(unit, action, done);
    });
}

void Helper::StartService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Start);
}
void Helper::StopService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Stop);
}
void Helper::RestartService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Restart);
}
void Helper::ReloadService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Reload);
}
void Helper::EnableService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Enable);
}
void Helper::DisableService(const QString &unit)
{
    serviceCall(unit, ServiceManager::Action::Disable);
}

// --- firewall -------------------------------------------------------------------------

FirewallServiceStateList Helper::GetFirewallServices()
{
    authorizeThen(Api::Action::ReadStatus,
                  [this](const QString &, const Finished &done) { done(m_firewall.services()); });
    return {};
}

void Helper::SetFirewallService(const QString &service, bool enabled)
{
    if (!accept(Check::firewallService(service))) {
        return;
    }
    authorizeThen(Api::Action::ManageFirewall, [this, service, enabled](const QString &, const Finished &done) {
        m_firewall.setService(service, enabled, done);
    });
}

// --- packages -------------------------------------------------------------------------

PackageStateList Helper::GetPackages()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QString &, const Finished &done) { m_packages.list(done); });
    return {};
}

QString Helper::packageCall(const QString &name, bool install)
{
    if (!accept(Check::packageName(name, m_packages.distroFamily()))) {
        return {};
    }
    authorizeThen(Api::Action::ManagePackages, [this, name, install](const QString &caller, const Finished &done) {
        m_packages.start(name, install, caller, done);
    });
    return {};
}

QString Helper::InstallPackage(const QString &name)
{
    return packageCall(name, true);
}

QString Helper::RemovePackage(const QString &name)
{
    return packageCall(name, false);
}

void Helper::CancelPackageOperation(const QString &operation)
{
    if (!accept(Check::packageOperation(operation))) {
        return;
    }
    // Whether the operation is the caller's own is known only after polkit has said who may ask.
    authorizeThen(Api::Action::ManagePackages, [this, operation](const QString &caller, const Finished &done) {
        done(m_packages.cancel(operation, caller));
    });
}

// --- configuration --------------------------------------------------------------------

ConfigValueList Helper::GetConfig(const QStringList &keys)
{
    if (!accept(Check::configKeys(keys))) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus,
                  [this, keys](const QString &, const Finished &done) { done(m_config.values(keys)); });
    return {};
}

QString Helper::PreviewConfigChange(const StringMap &set, const QStringList &remove)
{
    // Counted before the change is built: 10^6 entries are refused without copying them.
    if (!accept(Check::changeSize(set.size(), remove.size()))) {
        return {};
    }
    const ConfigChange change = toChange(set, remove);
    if (!accept(Check::configChange(change, false))) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus,
                  [this, change](const QString &, const Finished &done) { done(m_config.preview(change)); });
    return {};
}

QString Helper::ApplyConfigChange(const StringMap &set, const QStringList &remove, QString &)
{
    if (!accept(Check::changeSize(set.size(), remove.size()))) {
        return {};
    }
    const ConfigChange change = toChange(set, remove);
    if (!accept(Check::configChange(change, true))) {
        return {};
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, change](const QString &, const Finished &done) { m_config.apply(change, done); }));
    return {};
}

ConfigBackupList Helper::ListConfigBackups()
{
    authorizeThen(Api::Action::Configure, [this](const QString &, const Finished &done) { done(m_config.backups()); });
    return {};
}

QString Helper::RestoreConfigBackup(const QString &id)
{
    if (!accept(Check::backupId(id))) {
        return {};
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, id](const QString &, const Finished &done) { m_config.restore(id, done); }));
    return {};
}

// --- whole configuration files ---------------------------------------------------------

QString Helper::GetConfigFile(const QString &name, QString &)
{
    PostfixConfig::File file {};
    if (!accept(Check::configFile(name, &file))) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus,
                  [this, file](const QString &, const Finished &done) { done(m_config.file(file)); });
    return {};
}

QString Helper::PreviewConfigFile(const QString &name, const QString &text)
{
    PostfixConfig::File file {};
    if (!accept(Check::configFile(name, &file)) || !accept(Check::configFileText(text))) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus, [this, file, text](const QString &, const Finished &done) {
        done(m_config.previewFile(file, text.toUtf8()));
    });
    return {};
}

QString Helper::ApplyConfigFile(const QString &name, const QString &text, const QString &expectedRevision, QString &,
                                QString &)
{
    PostfixConfig::File file {};
    if (!accept(Check::configFile(name, &file)) || !accept(Check::configFileText(text))
        || !accept(Check::configRevision(expectedRevision))) {
        return {};
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, file, text, expectedRevision](const QString &, const Finished &done) {
                      m_config.applyFile(file, text.toUtf8(), expectedRevision, done);
                  }));
    return {};
}

QString Helper::PreviewConfigBackup(const QString &id)
{
    if (!accept(Check::backupId(id))) {
        return {};
    }
    authorizeThen(Api::Action::Configure,
                  [this, id](const QString &, const Finished &done) { done(m_config.previewBackup(id)); });
    return {};
}

void Helper::RunPostmap(const QString &table)
{
    if (!accept(Check::postmapTable(table))) {
        return;
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, table](const QString &, const Finished &done) { done(m_config.postmap(table)); }));
}

// --- relay ----------------------------------------------------------------------------

void Helper::SetRelay(const QString &host, ushort port, const QString &user, const QString &password)
{
    RelayConfig relay;
    relay.host = host;
    relay.port = port;
    relay.user = user;
    relay.password = password;
    if (!accept(Check::relay(relay))) {
        return;
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, relay](const QString &, const Finished &done) { m_relay.set(relay, done); }));
}

void Helper::RemoveRelay()
{
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this](const QString &, const Finished &done) { m_relay.remove(done); }));
}

// --- TLS ------------------------------------------------------------------------------

TlsCertificateState Helper::GetTlsCertificate()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QString &, const Finished &done) { done(m_tls.state()); });
    return {};
}

QString Helper::CreateTlsCertificate(const QString &keyType, bool selfSigned)
{
    TlsKeys::KeyType type;
    if (!accept(Check::tlsKeyType(keyType)) || !TlsKeys::keyTypeFromName(keyType, &type)) {
        return {};
    }
    authorizeThen(Api::Action::Configure, oneAtATime([this, type, selfSigned](const QString &, const Finished &done) {
                      m_tls.create(type, selfSigned, selfSigned ? followedByDovecot(done) : done);
                  }));
    return {};
}

QString Helper::InstallTlsCertificate(const QString &pemChain)
{
    if (!accept(Check::pemChain(pemChain))) {
        return {};
    }
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, pem = pemChain.toLatin1()](const QString &, const Finished &done) {
                      m_tls.install(pem, followedByDovecot(done));
                  }));
    return {};
}

QString Helper::UseLetsEncryptCertificate()
{
    authorizeThen(Api::Action::Configure, oneAtATime([this](const QString &, const Finished &done) {
                      m_tls.useLetsEncrypt(followedByDovecot(done));
                  }));
    return {};
}

Finished Helper::followedByDovecot(const Finished &done)
{
    return [this, done](const OperationResult &r) {
        if (r.ok()) {
            m_access.followCertificate();
        }
        done(r);
    };
}

// --- mail clients' access ---------------------------------------------------------------

MailAccessState Helper::GetMailAccess()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QString &, const Finished &done) { done(m_access.state()); });
    return {};
}

QString Helper::SetSubmission(bool enabled)
{
    authorizeThen(Api::Action::Configure, oneAtATime([this, enabled](const QString &, const Finished &done) {
                      m_access.setSubmission(enabled, done);
                  }));
    return {};
}

QString Helper::SetImap(bool starttls, bool implicitTls)
{
    authorizeThen(Api::Action::Configure,
                  oneAtATime([this, starttls, implicitTls](const QString &, const Finished &done) {
                      m_access.setImap(starttls, implicitTls, done);
                  }));
    return {};
}

// --- the spam filter and Procmail ------------------------------------------------------

SpamFilterState Helper::GetSpamFilter()
{
    authorizeThen(Api::Action::ReadStatus, [this](const QString &, const Finished &done) { done(m_filter.state()); });
    return {};
}

QString Helper::SetSpamFilter(bool enabled, double tagScore, const QString &action, double actionScore,
                              const QString &subjectTag, bool checkTrusted)
{
    SpamFilter::Settings settings;
    if (!accept(Check::spamFilter(tagScore, action, actionScore, subjectTag, checkTrusted, &settings))) {
        return {};
    }
    authorizeThen(Api::Action::Configure, oneAtATime([this, enabled, settings](const QString &, const Finished &done) {
                      m_filter.setSpamFilter(enabled, settings, done);
                  }));
    return {};
}

void Helper::SetSpamRuleUpdates(bool enabled)
{
    authorizeThen(Api::Action::Configure,
                  [this, enabled](const QString &, const Finished &done) { m_filter.setRuleUpdates(enabled, done); });
}

QString Helper::SetProcmailDelivery(bool enabled)
{
    authorizeThen(Api::Action::Configure, oneAtATime([this, enabled](const QString &, const Finished &done) {
                      m_filter.setProcmailDelivery(enabled, done);
                  }));
    return {};
}

// --- journal --------------------------------------------------------------------------

LogEntryList Helper::GetMailLog(const QString &cursor, qulonglong sinceUsec, uint max, QString &)
{
    if (!accept(Check::journalCursor(cursor, false)) || !accept(Check::logPageSize(max))) {
        return {};
    }
    authorizeThen(Api::Action::ReadLogs, [this, cursor, sinceUsec, max](const QString &, const Finished &done) {
        done(m_journal.page(cursor, sinceUsec, max));
    });
    return {};
}

LogEntryList Helper::WaitForMailLog(const QString &cursor, uint timeoutMs, QString &)
{
    if (!accept(Check::journalCursor(cursor, true)) || !accept(Check::logWaitTimeout(timeoutMs))) {
        return {};
    }
    const QDBusConnection bus = connection();
    authorizeThen(Api::Action::ReadLogs, [this, bus, cursor, timeoutMs](const QString &caller, const Finished &done) {
        // A follower that leaves (the Logs page closed, the program quit or crashed) ends its wait
        // at once instead of keeping the journal polled and the helper busy until the timeout.
        m_callers.watch(bus, caller);
        m_journal.wait(caller, cursor, timeoutMs, [this, caller, done](const OperationResult &r) {
            m_callers.unwatch(caller);
            done(r);
        });
    });
    return {};
}

// --- queue ----------------------------------------------------------------------------

QueueEntryList Helper::GetQueue()
{
    authorizeThen(Api::Action::ManageQueue, [this](const QString &, const Finished &done) { done(m_queue.list()); });
    return {};
}

void Helper::FlushQueue()
{
    authorizeThen(Api::Action::ManageQueue, [this](const QString &, const Finished &done) { done(m_queue.flush()); });
}

void Helper::queueCall(const QStringList &ids, QueueOperations::Action action)
{
    if (!accept(Check::queueIds(ids))) {
        return;
    }
    authorizeThen(Api::Action::ManageQueue,
                  [this, ids, action](const QString &, const Finished &done) { done(m_queue.apply(ids, action)); });
}

void Helper::RetryQueued(const QStringList &ids)
{
    queueCall(ids, QueueOperations::Action::Retry);
}
void Helper::DeleteQueued(const QStringList &ids)
{
    queueCall(ids, QueueOperations::Action::Delete);
}
void Helper::HoldQueued(const QStringList &ids)
{
    queueCall(ids, QueueOperations::Action::Hold);
}
void Helper::ReleaseQueued(const QStringList &ids)
{
    queueCall(ids, QueueOperations::Action::Release);
}
void Helper::RequeueQueued(const QStringList &ids)
{
    queueCall(ids, QueueOperations::Action::Requeue);
}

// --- test mail and mailboxes ----------------------------------------------------------

QString Helper::SendTestMail(const QString &fromUser, const QString &toAddress, const QString &subject)
{
    if (!accept(Check::loginAccount(fromUser)) || !accept(Check::mailAddress(toAddress))
        || !accept(Check::subject(subject))) {
        return {};
    }
    authorizeThen(Api::Action::Configure, [this, fromUser, toAddress, subject](const QString &, const Finished &done) {
        m_testMail.send(fromUser, toAddress, subject, done);
    });
    return {};
}

QDBusUnixFileDescriptor Helper::OpenMailbox(const QString &user)
{
    if (!accept(Check::userName(user))) {
        return {};
    }
    authorizeThen(Api::Action::ReadMailboxes,
                  [this, user](const QString &, const Finished &done) { done(m_mailboxes.open(user)); });
    return {};
}

QByteArray Helper::ReadMailbox(const QString &user, qulonglong offset, uint length, qulonglong &size)
{
    size = 0;
    if (!accept(Check::userName(user)) || !accept(Check::mailboxChunk(offset, length))) {
        return {};
    }
    authorizeThen(Api::Action::ReadMailboxes, [this, user, offset, length](const QString &, const Finished &done) {
        done(m_mailboxes.read(user, offset, length));
    });
    return {};
}

// --- the configuration editor's parameter catalog --------------------------------------

Mailroom::Config::ParameterInfoList Helper::GetParameterCatalog()
{
    authorizeThen(Api::Action::ReadStatus,
                  [this](const QString &, const Finished &done) { done(m_catalog.catalog()); });
    return {};
}
