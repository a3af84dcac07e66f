// SPDX-License-Identifier: GPL-2.0-or-later
#include "helper.h"

#include "authorizer.h"
#include "firewall.h"
#include "helperapi.h"
#include "journalreader.h"
#include "packagemanager.h"
#include "packagenames.h"
#include "postfix/configchange.h"
#include "postfix/maincfvalidator.h"
#include "postfix/relayconfig.h"
#include "postfixconfig.h"
#include "programrunner.h"
#include "queuelisting.h"
#include "systeminspector.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHelper, "mailroom.helper")

using namespace Mailroom;

namespace {
QString errorName(const char *suffix)
{
    return QString(Api::ErrorPrefix) + QLatin1String(suffix);
}
} // namespace

void Helper::Replier::reply(const QVariantList &args) const
{
    QDBusMessage r = call.createReply(args);
    bus.send(r);
}

void Helper::Replier::error(const QString &name, const QString &message) const
{
    bus.send(call.createErrorReply(name, message));
}

Helper::Helper(const Backends &backends, QObject *parent)
    : QObject(parent)
    , m_b(backends)
{ }

const QStringList &Helper::serviceAllowlist()
{
    static const QStringList units {
        QStringLiteral("postfix.service"),
        QStringLiteral("sendmail.service"),
        QStringLiteral("exim4.service"),
        QStringLiteral("dovecot.service"),
    };
    return units;
}

const QStringList &Helper::firewallAllowlist()
{
    static const QStringList services {QStringLiteral("smtp"), QStringLiteral("submission"), QStringLiteral("imap")};
    return services;
}

void Helper::setBusy(int delta)
{
    m_busy += delta;
    Q_EMIT busyChanged(m_busy);
}

bool Helper::check(bool valid, const QString &message)
{
    if (!valid) {
        Q_EMIT activity();
        sendErrorReply(QDBusError::InvalidArgs, message);
    }
    return valid;
}

void Helper::authorizeThen(QLatin1StringView actionId, Work work)
{
    Q_EMIT activity();
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    const QString action = actionId;
    const uint uid = bus.interface() ? bus.interface()->serviceUid(call.service()).value() : uint(-1);
    qCInfo(lcHelper) << call.member() << "from" << call.service() << "uid" << uid;

    setBusy(+1);
    m_b.authorizer->check(
        call.service(), action, call.isInteractiveAuthorizationAllowed(),
        [this, call, bus, action, work](Authorizer::Result result, const QString &detail) {
            const Replier replier {bus, call};
            if (result != Authorizer::Result::Allowed) {
                replier.error(QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
                              QStringLiteral("Not authorized for %1%2")
                                  .arg(action, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
            } else {
                work(replier);
            }
            setBusy(-1);
        });
}

QString Helper::normalizedUnit(const QString &unit) const
{
    const QString u = unit.endsWith(QLatin1String(".service")) ? unit : unit + QLatin1String(".service");
    return serviceAllowlist().contains(u) ? u : QString();
}

ServiceStateList Helper::GetServiceStates()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        ServiceStateList states;
        for (const QString &unit : serviceAllowlist()) {
            states.append(m_b.services->state(unit));
        }
        r.reply({QVariant::fromValue(states)});
    });
    return {};
}

SystemInfo Helper::GetSystemInfo()
{
    authorizeThen(Api::Action::ReadStatus,
                  [](const Replier &r) { r.reply({QVariant::fromValue(SystemInspector::systemInfo())}); });
    return {};
}

PortStateList Helper::GetPorts()
{
    authorizeThen(Api::Action::ReadStatus,
                  [](const Replier &r) { r.reply({QVariant::fromValue(SystemInspector::ports())}); });
    return {};
}

void Helper::serviceAction(const QString &unit, ServiceManager::Action action)
{
    const QString u = normalizedUnit(unit);
    if (!check(
            !u.isEmpty(),
            QStringLiteral("\"%1\" is not a mail service Mailroom manages (allowed: postfix, sendmail, exim4, dovecot)")
                .arg(unit.left(64)))) {
        return;
    }
    authorizeThen(Api::Action::ManageServices, [this, u, action](const Replier &r) {
        setBusy(+1);
        m_b.services->perform(u, action, [this, r](bool ok, const QString &message) {
            if (ok) {
                r.reply();
            } else {
                r.error(errorName("JobFailed"), message);
            }
            setBusy(-1);
        });
    });
}

void Helper::StartService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Start);
}
void Helper::StopService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Stop);
}
void Helper::RestartService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Restart);
}
void Helper::ReloadService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Reload);
}
void Helper::EnableService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Enable);
}
void Helper::DisableService(const QString &unit)
{
    serviceAction(unit, ServiceManager::Action::Disable);
}

FirewallServiceStateList Helper::GetFirewallServices()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        QString error;
        const auto states = m_b.firewall->services(firewallAllowlist(), &error);
        if (!error.isEmpty()) {
            r.error(errorName("FirewallUnavailable"), error);
            return;
        }
        FirewallServiceStateList list;
        for (const auto &s : states) {
            list.append({s.service, s.permanent, s.runtime});
        }
        r.reply({QVariant::fromValue(list)});
    });
    return {};
}

void Helper::SetFirewallService(const QString &service, bool enabled)
{
    if (!check(firewallAllowlist().contains(service),
               QStringLiteral("\"%1\" is not a mail firewall service (allowed: smtp, submission, imap)")
                   .arg(service.left(64)))) {
        return;
    }
    authorizeThen(Api::Action::ManageFirewall, [this, service, enabled](const Replier &r) {
        QString why;
        if (!m_b.firewall->available(&why)) {
            r.error(errorName("FirewallUnavailable"), why);
            return;
        }
        setBusy(+1);
        m_b.firewall->setService(service, enabled, [this, r](bool ok, const QString &message) {
            if (ok) {
                r.reply();
            } else {
                r.error(errorName("Failed"), message);
            }
            setBusy(-1);
        });
    });
}

PackageStateList Helper::GetPackages()
{
    authorizeThen(Api::Action::ReadStatus, [this](const Replier &r) {
        const QString family = SystemInspector::distroFamily();
        QStringList real;
        for (const QString &logical : PackageNames::logicalNames()) {
            real += PackageNames::forFamily(logical, family);
        }
        setBusy(+1);
        m_b.packages->query(real,
                            [this, r, family](const QList<PackageManager::PackageInfo> &infos, const QString &error) {
                                if (!error.isEmpty()) {
                                    r.error(errorName("Failed"), error);
                                    setBusy(-1);
                                    return;
                                }
                                PackageStateList list;
                                for (const QString &logical : PackageNames::logicalNames()) {
                                    // A logical package is installed when its first (main) package is.
                                    const QString main = PackageNames::forFamily(logical, family).value(0);
                                    PackageState s {logical, false, QString()};
                                    for (const auto &i : infos) {
                                        if (i.name == main) {
                                            s.installed = i.installed;
                                            s.version = i.version;
                                        }
                                    }
                                    list.append(s);
                                }
                                r.reply({QVariant::fromValue(list)});
                                setBusy(-1);
                            });
    });
    return {};
}

QString Helper::packageAction(const QString &name, bool install)
{
    const QString family = SystemInspector::distroFamily();
    if (!check(PackageNames::isKnown(name),
               QStringLiteral("\"%1\" is not a package Mailroom manages (allowed: %2)")
                   .arg(name.left(64), PackageNames::logicalNames().join(QStringLiteral(", "))))) {
        return {};
    }
    if (!check(!PackageNames::forFamily(name, family).isEmpty(),
               QStringLiteral("package management is not supported on this distribution"))) {
        return {};
    }
    const QString action = install ? QStringLiteral("install") : QStringLiteral("remove");
    authorizeThen(Api::Action::ManagePackages, [this, name, family, install, action](const Replier &r) {
        const QStringList real = PackageNames::forFamily(name, family);
        qCInfo(lcHelper) << action << name << "->" << real;
        setBusy(+1);
        auto opHolder = std::make_shared<QString>();
        auto onProgress = [this, opHolder](uint percent, const QString &status, const QString &package) {
            Q_EMIT PackageProgress(*opHolder, percent, status, package);
        };
        auto onDone = [this, opHolder](bool ok, bool cancelled, const QString &message) {
            m_operationOwners.remove(*opHolder);
            Q_EMIT PackageOperationFinished(*opHolder, ok, cancelled, message);
            setBusy(-1);
            // Directories the package created (/etc/postfix, …) are outside this process's
            // mount namespace view: let a fresh instance take over.
            Q_EMIT restartRequested();
        };
        *opHolder = install ? m_b.packages->install(real, onProgress, onDone)
                            : m_b.packages->remove(real, onProgress, onDone);
        m_operationOwners.insert(*opHolder, r.call.service());
        r.reply({*opHolder});
    });
    return {};
}

QString Helper::InstallPackage(const QString &name)
{
    return packageAction(name, true);
}

QString Helper::RemovePackage(const QString &name)
{
    return packageAction(name, false);
}

void Helper::CancelPackageOperation(const QString &operation)
{
    authorizeThen(Api::Action::ManagePackages, [this, operation](const Replier &r) {
        if (m_operationOwners.value(operation) != r.call.service()) {
            r.error(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                    QStringLiteral("no running package operation \"%1\" started by you").arg(operation.left(64)));
            return;
        }
        m_b.packages->cancel(operation);
        r.reply();
    });
}

// --- configuration ------------------------------------------------------------

namespace {
const QStringList &readOnlyConfigKeys()
{
    static const QStringList keys {QStringLiteral("mail_version"), QStringLiteral("default_database_type"),
                                   QStringLiteral("mail_spool_directory"), QStringLiteral("home_mailbox"),
                                   QStringLiteral("alias_maps")};
    return keys;
}

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

QString outcomeErrorName(PostfixConfig::Outcome::Kind kind)
{
    switch (kind) {
    case PostfixConfig::Outcome::Kind::Invalid:
        return QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs");
    case PostfixConfig::Outcome::Kind::NotInstalled:
        return errorName("NotInstalled");
    case PostfixConfig::Outcome::Kind::RolledBack:
        return errorName("RolledBack");
    default:
        return errorName("Failed");
    }
}
} // namespace

ConfigValueList Helper::GetConfig(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!check(MainCfValidator::isAllowedKey(key) || readOnlyConfigKeys().contains(key),
                   QStringLiteral("\"%1\" is not a parameter Mailroom reads").arg(key.left(64)))) {
            return {};
        }
    }
    if (!check(!keys.isEmpty() && keys.size() <= 64, QStringLiteral("ask for 1 to 64 parameters"))) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus, [this, keys](const Replier &r) {
        QString error;
        const auto values = m_b.config->values(keys, &error);
        if (!error.isEmpty()) {
            r.error(errorName("NotInstalled"), error);
            return;
        }
        ConfigValueList list;
        for (const auto &v : values) {
            list.append({v.key, v.value, v.defaultValue, v.explicitlySet});
        }
        r.reply({QVariant::fromValue(list)});
    });
    return {};
}

QString Helper::PreviewConfigChange(const StringMap &set, const QStringList &remove)
{
    const ConfigChange change = toChange(set, remove);
    const ValidationResult v = change.validate();
    if (!check(v.valid, v.message)) {
        return {};
    }
    authorizeThen(Api::Action::ReadStatus, [this, change](const Replier &r) {
        const auto o = m_b.config->preview(change);
        if (o.kind != PostfixConfig::Outcome::Kind::Applied && o.kind != PostfixConfig::Outcome::Kind::Unchanged) {
            r.error(outcomeErrorName(o.kind), o.message);
            return;
        }
        r.reply({QString::fromUtf8(o.diff)});
    });
    return {};
}

QString Helper::ApplyConfigChange(const StringMap &set, const QStringList &remove, QString &)
{
    const ConfigChange change = toChange(set, remove);
    const ValidationResult v = change.validate();
    if (!check(v.valid && !change.isEmpty(), change.isEmpty() ? QStringLiteral("no change given") : v.message)) {
        return {};
    }
    authorizeThen(Api::Action::Configure, [this, change](const Replier &r) {
        setBusy(+1);
        m_b.config->apply(change, [this, r](const PostfixConfig::Outcome &o) {
            if (o.kind == PostfixConfig::Outcome::Kind::Applied || o.kind == PostfixConfig::Outcome::Kind::Unchanged) {
                r.reply({o.backupId, QString::fromUtf8(o.diff)});
            } else {
                r.error(outcomeErrorName(o.kind), o.message);
            }
            setBusy(-1);
        });
    });
    return {};
}

ConfigBackupList Helper::ListConfigBackups()
{
    authorizeThen(Api::Action::Configure, [this](const Replier &r) {
        ConfigBackupList list;
        for (const auto &b : m_b.config->backups()) {
            list.append({b.id, b.file, b.time});
        }
        r.reply({QVariant::fromValue(list)});
    });
    return {};
}

QString Helper::RestoreConfigBackup(const QString &id)
{
    if (!check(PostfixConfig::isValidBackupId(id) && id.startsWith(QLatin1String("main.cf-")),
               QStringLiteral("\"%1\" is not a main.cf backup id").arg(id.left(64)))) {
        return {};
    }
    authorizeThen(Api::Action::Configure, [this, id](const Replier &r) {
        setBusy(+1);
        m_b.config->restore(id, [this, r](const PostfixConfig::Outcome &o) {
            if (o.kind == PostfixConfig::Outcome::Kind::Applied || o.kind == PostfixConfig::Outcome::Kind::Unchanged) {
                r.reply({o.backupId});
            } else {
                r.error(outcomeErrorName(o.kind), o.message);
            }
            setBusy(-1);
        });
    });
    return {};
}

void Helper::SetRelay(const QString &host, ushort port, const QString &user, const QString &password)
{
    RelayConfig relay;
    relay.host = host;
    relay.port = port;
    relay.user = user;
    relay.password = password;
    const ValidationResult v = relay.validate();
    if (!check(v.valid, v.message)) {
        return;
    }
    authorizeThen(Api::Action::Configure, [this, relay](const Replier &r) {
        // Never the password: only where mail goes.
        qCInfo(lcHelper) << "setting relay" << relay.relayhost();
        setBusy(+1);
        m_b.config->setRelay(relay, [this, r](const PostfixConfig::Outcome &o) {
            if (o.kind == PostfixConfig::Outcome::Kind::Applied || o.kind == PostfixConfig::Outcome::Kind::Unchanged) {
                r.reply();
            } else {
                r.error(outcomeErrorName(o.kind), o.message);
            }
            setBusy(-1);
        });
    });
}

void Helper::RemoveRelay()
{
    authorizeThen(Api::Action::Configure, [this](const Replier &r) {
        setBusy(+1);
        m_b.config->removeRelay([this, r](const PostfixConfig::Outcome &o) {
            if (o.kind == PostfixConfig::Outcome::Kind::Applied || o.kind == PostfixConfig::Outcome::Kind::Unchanged) {
                r.reply();
            } else {
                r.error(outcomeErrorName(o.kind), o.message);
            }
            setBusy(-1);
        });
    });
}

// --- logs -------------------------------------------------------------------

namespace {
const QStringList &mailLogIdentifiers()
{
    static const QStringList ids {QStringLiteral("postfix"), QStringLiteral("sendmail"),
                                  QStringLiteral("sm-mta"),  QStringLiteral("sm-msp-queue"),
                                  QStringLiteral("exim"),    QStringLiteral("dovecot")};
    return ids;
}

LogEntryList toEntries(const JournalReader::Page &page)
{
    LogEntryList list;
    list.reserve(page.entries.size());
    for (const auto &e : page.entries) {
        list.append({e.realtimeUsec, e.identifier, e.pid, e.message});
    }
    return list;
}

bool isPlausibleCursor(const QString &cursor)
{
    // sd-journal cursors: "s=…;i=…;b=…;m=…;t=…;x=…", hex and separators only.
    static const QRegularExpression re(QStringLiteral("^[a-z]=[0-9a-f]+(;[a-z]=[0-9a-f]+)*$"));
    return cursor.isEmpty() || (cursor.size() < 512 && re.match(cursor).hasMatch());
}
} // namespace

LogEntryList Helper::GetMailLog(const QString &cursor, qulonglong sinceUsec, uint max, QString &)
{
    if (!check(isPlausibleCursor(cursor), QStringLiteral("malformed journal cursor"))
        || !check(max >= 1 && max <= 5000, QStringLiteral("max must be between 1 and 5000"))) {
        return {};
    }
    authorizeThen(Api::Action::ReadLogs, [cursor, sinceUsec, max](const Replier &r) {
        const auto page = JournalReader::query(mailLogIdentifiers(), cursor, sinceUsec, int(max));
        if (!page.ok) {
            r.error(errorName("Failed"), page.error);
            return;
        }
        r.reply({QVariant::fromValue(toEntries(page)), page.nextCursor});
    });
    return {};
}

LogEntryList Helper::WaitForMailLog(const QString &cursor, uint timeoutMs, QString &)
{
    if (!check(isPlausibleCursor(cursor) && !cursor.isEmpty(),
               QStringLiteral("a journal cursor from GetMailLog is required"))
        || !check(timeoutMs <= 30000, QStringLiteral("timeout_ms must be at most 30000"))) {
        return {};
    }
    authorizeThen(Api::Action::ReadLogs, [this, cursor, timeoutMs](const Replier &r) {
        // Poll the journal every 100 ms so a new line reaches the caller well within 250 ms.
        setBusy(+1);
        auto *timer = new QTimer(this);
        timer->setInterval(100);
        auto deadline = std::make_shared<qint64>(QDateTime::currentMSecsSinceEpoch() + timeoutMs);
        auto poll = [this, timer, r, cursor, deadline] {
            const auto page = JournalReader::query(mailLogIdentifiers(), cursor, 0, 1000);
            const bool timedOut = QDateTime::currentMSecsSinceEpoch() >= *deadline;
            if (!page.ok || !page.entries.isEmpty() || timedOut) {
                timer->stop();
                timer->deleteLater();
                if (!page.ok) {
                    r.error(errorName("Failed"), page.error);
                } else {
                    r.reply(
                        {QVariant::fromValue(toEntries(page)), page.nextCursor.isEmpty() ? cursor : page.nextCursor});
                }
                setBusy(-1);
            }
        };
        connect(timer, &QTimer::timeout, this, poll);
        timer->start();
    });
    return {};
}

// --- queue --------------------------------------------------------------------

QueueEntryList Helper::GetQueue()
{
    authorizeThen(Api::Action::ManageQueue, [](const Replier &r) {
        if (!ProgramRunner::exists(ProgramRunner::Program::Postqueue)) {
            r.error(errorName("NotInstalled"), QStringLiteral("Postfix is not installed"));
            return;
        }
        const auto p = ProgramRunner::run(ProgramRunner::Program::Postqueue, {QStringLiteral("-j")});
        if (!p.ok()) {
            r.error(errorName("Failed"), QString::fromUtf8(p.err).trimmed());
            return;
        }
        r.reply({QVariant::fromValue(QueueListing::parse(p.out))});
    });
    return {};
}

void Helper::FlushQueue()
{
    authorizeThen(Api::Action::ManageQueue, [](const Replier &r) {
        const auto p = ProgramRunner::run(ProgramRunner::Program::Postqueue, {QStringLiteral("-f")});
        if (p.ok()) {
            r.reply();
        } else {
            r.error(errorName("Failed"), QString::fromUtf8(p.err).trimmed());
        }
    });
}

void Helper::queueAction(const QStringList &ids, const QString &flag)
{
    if (!check(!ids.isEmpty() && ids.size() <= 1000, QStringLiteral("give 1 to 1000 queue ids"))) {
        return;
    }
    for (const QString &id : ids) {
        if (!check(QueueListing::isValidQueueId(id),
                   QStringLiteral("\"%1\" is not a Postfix queue id").arg(id.left(64)))) {
            return;
        }
    }
    authorizeThen(Api::Action::ManageQueue, [ids, flag](const Replier &r) {
        // postsuper reads ids from stdin with "-": no argument list to smuggle options into.
        const QByteArray input = ids.join(QLatin1Char('\n')).toLatin1() + '\n';
        const auto p = ProgramRunner::run(ProgramRunner::Program::Postsuper, {flag, QStringLiteral("-")}, input);
        if (p.ok()) {
            r.reply();
        } else {
            r.error(errorName("Failed"), QString::fromUtf8(p.err).trimmed());
        }
    });
}

void Helper::DeleteQueued(const QStringList &ids)
{
    queueAction(ids, QStringLiteral("-d"));
}
void Helper::HoldQueued(const QStringList &ids)
{
    queueAction(ids, QStringLiteral("-h"));
}
void Helper::ReleaseQueued(const QStringList &ids)
{
    queueAction(ids, QStringLiteral("-H"));
}
void Helper::RequeueQueued(const QStringList &ids)
{
    queueAction(ids, QStringLiteral("-r"));
}

// --- test mail ----------------------------------------------------------------

namespace {
struct LocalUser
{
    QString name;
    bool ok = false;
};

// Accounts that can log in (root, or uid ≥ 1000 with a real shell): no system accounts.
LocalUser localUser(const QString &name)
{
    LocalUser u;
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    if (!re.match(name).hasMatch()) {
        return u;
    }
    const passwd *pw = getpwnam(name.toLatin1().constData());
    if (!pw) {
        return u;
    }
    const QString shell = QString::fromLocal8Bit(pw->pw_shell);
    const bool loginShell = !shell.endsWith(QLatin1String("nologin")) && !shell.endsWith(QLatin1String("/false"));
    if (pw->pw_uid != 0 && (pw->pw_uid < 1000 || pw->pw_uid >= 60000 || !loginShell)) {
        return u;
    }
    u.name = name;
    u.ok = true;
    return u;
}

bool isPlainAddress(const QString &address)
{
    // local-part@domain or a bare local user; no spaces, quotes, angle brackets or options.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._%+=-]{1,64}(@[A-Za-z0-9.-]{1,253})?$"));
    return re.match(address).hasMatch() && !address.startsWith(QLatin1Char('-'));
}
} // namespace

QString Helper::SendTestMail(const QString &fromUser, const QString &toAddress, const QString &subject)
{
    const LocalUser user = localUser(fromUser);
    if (!check(user.ok, QStringLiteral("\"%1\" is not a local user account").arg(fromUser.left(64)))
        || !check(isPlainAddress(toAddress),
                  QStringLiteral("\"%1\" is not a plain e-mail address").arg(toAddress.left(300)))
        || !check(subject.size() <= 200 && !subject.contains(QLatin1Char('\n')) && !subject.contains(QLatin1Char('\r')),
                  QStringLiteral("the subject must be one line of at most 200 characters"))) {
        return {};
    }
    authorizeThen(Api::Action::Configure, [this, user, toAddress, subject](const Replier &r) {
        if (!ProgramRunner::exists(ProgramRunner::Program::Sendmail)) {
            r.error(errorName("NotInstalled"), QStringLiteral("no sendmail command is installed"));
            return;
        }
        const QString start = JournalReader::tailCursor();
        const QString messageId
            = QStringLiteral("<mailroom-test-%1@%2>")
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QSysInfo::machineHostName());
        // RFC 2047 for a non-ASCII subject.
        const QByteArray encodedSubject
            = QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(subject.toUtf8().toBase64())).toLatin1();
        QByteArray message;
        message += "From: " + user.name.toLatin1() + "\n";
        message += "To: " + toAddress.toLatin1() + "\n";
        message += "Subject: " + encodedSubject + "\n";
        message += "Message-ID: " + messageId.toLatin1() + "\n";
        message += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n";
        message += "This is a test message sent by Mailroom to check that mail is delivered.\n";
        // Submitted by root with the user as envelope sender: the helper's sandbox (no new
        // privileges) would stop postdrop's setgid bit if it ran as the user.
        const auto p = ProgramRunner::run(
            ProgramRunner::Program::Sendmail,
            {QStringLiteral("-i"), QStringLiteral("-f"), user.name, QStringLiteral("--"), toAddress}, message);
        if (!p.ok()) {
            r.error(errorName("Failed"), QStringLiteral("sendmail failed: %1").arg(QString::fromUtf8(p.err).trimmed()));
            return;
        }
        // Find the queue id: cleanup logs "QUEUEID: message-id=<…>".
        setBusy(+1);
        auto *timer = new QTimer(this);
        auto deadline = QDateTime::currentMSecsSinceEpoch() + 15000;
        connect(timer, &QTimer::timeout, this, [this, timer, r, start, messageId, deadline] {
            const auto page = JournalReader::query({QStringLiteral("postfix")}, start, 0, 5000);
            for (const auto &e : page.entries) {
                const qsizetype at = e.message.indexOf(QLatin1String(": message-id=") + messageId);
                if (at > 0) {
                    timer->stop();
                    timer->deleteLater();
                    r.reply({e.message.left(at)});
                    setBusy(-1);
                    return;
                }
            }
            if (QDateTime::currentMSecsSinceEpoch() > deadline) {
                timer->stop();
                timer->deleteLater();
                r.error(errorName("Failed"),
                        QStringLiteral("the message was handed to sendmail but Postfix did not log it "
                                       "within 15 seconds: is Postfix running?"));
                setBusy(-1);
            }
        });
        timer->start(100);
    });
    return {};
}

// --- mailboxes ----------------------------------------------------------------

QDBusUnixFileDescriptor Helper::OpenMailbox(const QString &userName)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    if (!check(re.match(userName).hasMatch(), QStringLiteral("\"%1\" is not a user name").arg(userName.left(64)))) {
        return {};
    }
    authorizeThen(Api::Action::ReadMailboxes, [userName](const Replier &r) {
        const passwd *pw = getpwnam(userName.toLatin1().constData());
        if (!pw) {
            r.error(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                    QStringLiteral("no such user: %1").arg(userName));
            return;
        }
        for (const char *dir : {"/var/mail/", "/var/spool/mail/"}) {
            const QByteArray path = QByteArray(dir) + userName.toLatin1();
            const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
            if (fd < 0) {
                continue;
            }
            struct stat st {};
            if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != pw->pw_uid) {
                ::close(fd);
                r.error(errorName("Failed"),
                        QStringLiteral("%1 is not a mailbox owned by %2").arg(QString::fromLatin1(path), userName));
                return;
            }
            QDBusUnixFileDescriptor handle(fd); // dups
            ::close(fd);
            r.reply({QVariant::fromValue(handle)});
            return;
        }
        r.error(errorName("Failed"), QStringLiteral("%1 has no mailbox in the mail spool").arg(userName));
    });
    return {};
}
