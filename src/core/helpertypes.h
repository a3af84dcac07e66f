// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "config/parametercatalog.h"
#include "servicestate.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QDBusArgument;

// Value types of the helper's D-Bus contract beyond ServiceState. Each documents its signature.
namespace Mailroom {

// (sbb): a firewalld service in the default zone.
struct FirewallServiceState
{
    QString service;
    bool permanent = false;
    bool runtime = false;
    bool operator==(const FirewallServiceState &) const = default;
};
using FirewallServiceStateList = QList<FirewallServiceState>;

// (sbs): one of Mailroom's logical packages (postfix, sendmail, mailx, sasl-modules, ca-certificates).
struct PackageState
{
    QString name;
    bool installed = false;
    QString version; // installed version, or the available one when not installed
    bool operator==(const PackageState &) const = default;
};
using PackageStateList = QList<PackageState>;

// (qsb): a TCP port that matters for mail, and whether something listens on it.
struct PortState
{
    quint16 port = 0;
    QString purpose; // "smtp", "submission", "imap", "imaps"
    bool listening = false;
    bool operator==(const PortState &) const = default;
};
using PortStateList = QList<PortState>;

// (sssss): facts about the host.
struct SystemInfo
{
    QString distroFamily; // "debian", "rhel" or "other"
    QString prettyName; // PRETTY_NAME from os-release
    QString hostName;
    QString postfixVersion; // "" when Postfix is not installed
    QString sendmailProvider; // which MTA provides /usr/sbin/sendmail: postfix, sendmail, exim, "" (none)
    bool operator==(const SystemInfo &) const = default;
};

// (sssssssbb): GetTlsCertificate: the certificate Postfix's SMTP server offers with STARTTLS.
struct TlsCertificateState
{
    QString source; // "mailroom" (made or installed by Mailroom), "letsencrypt", "other", "none"
    QString keyFile; // where the private key is (never its content)
    QString certificateFile;
    QString chainPem; // the certificates only, as the file holds them (the server's own first)
    QString requestPem; // a signing request waiting for its certificate (CreateTlsCertificate), or ""
    QString securityLevel; // smtpd_tls_security_level: "", none, may, encrypt
    QString hostName; // myhostname, the name the certificate must carry
    bool keyMatches = false; // the private key belongs to the first certificate
    bool letsEncryptAvailable = false; // /etc/letsencrypt/live/HOST/ has a certificate for hostName
    bool operator==(const TlsCertificateState &) const = default;
};

// (bbbbbbbbs): GetMailAccess: how mail clients reach the server — submission on 587 (Postfix's
// master.cf), IMAP on 143/993 (Dovecot, with the login service submission asks).
struct MailAccessState
{
    bool dovecotInstalled = false; // dovecot-core (doveconf)
    bool imapInstalled = false; // dovecot-imapd
    bool dovecotActive = false;
    bool submission = false; // master.cf runs a submission/inet service
    bool submissionSecure = false; // … that requires STARTTLS and a login, as Mailroom's does
    bool imap = false; // Mailroom's Dovecot settings listen on 143 (STARTTLS required)
    bool imaps = false; // … and on 993 (implicit TLS)
    bool authSocket = false; // Dovecot's login service for Postfix is there
    QString certificateFile; // the certificate Postfix and Dovecot offer ("" when none is set)
    bool operator==(const MailAccessState &) const = default;
};

// (bbbbdsdsbbxsbbs): GetSpamFilter: SpamAssassin behind spamass-milter in Postfix's smtpd, its
// rule updates, and local delivery through Procmail.
struct SpamFilterState
{
    bool installed = false; // spamassassin, spamd and spamass-milter
    bool enabled = false; // main.cf's smtpd_milters has the milter
    bool spamdActive = false;
    bool milterActive = false;
    double tagScore = 5.0; // X-Spam-Flag: YES at or above it
    QString action; // "tag" or "reject"
    double actionScore = 10.0; // rejected at SMTP time at or above it (action "reject")
    QString subjectTag; // before the subject of tagged mail; "" = none
    bool checkTrusted = false; // false: this host and mynetworks are never checked
    bool ruleUpdates = false; // the daily sa-update timer is enabled
    qint64 rulesUpdated = 0; // when sa-update last brought rules (seconds since the epoch); 0 = the package's
    QString ruleUpdateState; // the last run of sa-update: "failed", or "" when none failed
    bool procmailInstalled = false;
    bool procmailDelivery = false; // main.cf's mailbox_command runs procmail
    QString mailboxCommand; // main.cf's mailbox_command as it is ("" = Postfix's local delivery)
    bool operator==(const SpamFilterState &) const = default;
};

// a{ss}
using StringMap = QMap<QString, QString>;

// (sssb): a main.cf parameter: effective value, Postfix's default, set in main.cf?
struct ConfigValue
{
    QString key;
    QString value;
    QString defaultValue;
    bool explicitlySet = false;
    bool operator==(const ConfigValue &) const = default;
};
using ConfigValueList = QList<ConfigValue>;

// (ssx): a configuration backup the helper keeps (root only) in /var/lib/mailroom/backups.
struct ConfigBackup
{
    QString id;
    QString file; // "main.cf" or "sasl_passwd"
    qint64 time = 0; // seconds since the epoch
    bool operator==(const ConfigBackup &) const = default;
};
using ConfigBackupList = QList<ConfigBackup>;

// (tsus): one mail log entry from the journal.
struct LogEntry
{
    quint64 timeUsec = 0; // CLOCK_REALTIME microseconds
    QString identifier; // e.g. "postfix/smtpd"
    uint pid = 0;
    QString message;
    bool operator==(const LogEntry &) const = default;
};
using LogEntryList = QList<LogEntry>;

// (ss): one recipient of a queued message and, when delivery to it was deferred, why.
struct QueueRecipient
{
    QString address;
    QString delayReason; // Postfix's words, "" when no attempt failed yet
    bool operator==(const QueueRecipient &) const = default;
};
using QueueRecipientList = QList<QueueRecipient>;

// (sssxxa(ss)): one message in Postfix's queue (postqueue -j).
struct QueueEntry
{
    QString queueName; // active, deferred, hold, incoming, maildrop
    QString queueId;
    QString sender;
    qint64 arrivalTime = 0; // seconds since the epoch
    qint64 size = 0;
    QueueRecipientList recipients;
    bool operator==(const QueueEntry &) const = default;
};
using QueueEntryList = QList<QueueEntry>;

QDBusArgument &operator<<(QDBusArgument &arg, const ConfigValue &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, ConfigValue &v);
QDBusArgument &operator<<(QDBusArgument &arg, const ConfigBackup &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, ConfigBackup &v);
QDBusArgument &operator<<(QDBusArgument &arg, const LogEntry &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, LogEntry &v);
QDBusArgument &operator<<(QDBusArgument &arg, const QueueRecipient &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, QueueRecipient &v);
QDBusArgument &operator<<(QDBusArgument &arg, const QueueEntry &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, QueueEntry &v);
QDBusArgument &operator<<(QDBusArgument &arg, const FirewallServiceState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, FirewallServiceState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const PackageState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, PackageState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const PortState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, PortState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const SystemInfo &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, SystemInfo &v);
QDBusArgument &operator<<(QDBusArgument &arg, const TlsCertificateState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const MailAccessState &v);
QDBusArgument &operator<<(QDBusArgument &arg, const SpamFilterState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, SpamFilterState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, MailAccessState &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, TlsCertificateState &v);

} // namespace Mailroom

// (sss): GetParameterCatalog's name, default value, description.
namespace Mailroom::Config {
QDBusArgument &operator<<(QDBusArgument &arg, const ParameterInfo &v);
const QDBusArgument &operator>>(const QDBusArgument &arg, ParameterInfo &v);
} // namespace Mailroom::Config

Q_DECLARE_METATYPE(Mailroom::FirewallServiceState)
Q_DECLARE_METATYPE(Mailroom::FirewallServiceStateList)
Q_DECLARE_METATYPE(Mailroom::PackageState)
Q_DECLARE_METATYPE(Mailroom::PackageStateList)
Q_DECLARE_METATYPE(Mailroom::PortState)
Q_DECLARE_METATYPE(Mailroom::PortStateList)
Q_DECLARE_METATYPE(Mailroom::SystemInfo)
Q_DECLARE_METATYPE(Mailroom::TlsCertificateState)
Q_DECLARE_METATYPE(Mailroom::MailAccessState)
Q_DECLARE_METATYPE(Mailroom::SpamFilterState)
Q_DECLARE_METATYPE(Mailroom::ConfigValue)
Q_DECLARE_METATYPE(Mailroom::ConfigValueList)
Q_DECLARE_METATYPE(Mailroom::ConfigBackup)
Q_DECLARE_METATYPE(Mailroom::ConfigBackupList)
Q_DECLARE_METATYPE(Mailroom::LogEntry)
Q_DECLARE_METATYPE(Mailroom::LogEntryList)
Q_DECLARE_METATYPE(Mailroom::QueueRecipient)
Q_DECLARE_METATYPE(Mailroom::QueueRecipientList)
Q_DECLARE_METATYPE(Mailroom::QueueEntry)
Q_DECLARE_METATYPE(Mailroom::QueueEntryList)
