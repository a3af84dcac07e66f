// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpertypes.h"

#include <QDBusArgument>

namespace Mailroom {

QDBusArgument &operator<<(QDBusArgument &arg, const FirewallServiceState &v)
{
    arg.beginStructure();
    arg << v.service << v.permanent << v.runtime;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, FirewallServiceState &v)
{
    arg.beginStructure();
    arg >> v.service >> v.permanent >> v.runtime;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PackageState &v)
{
    arg.beginStructure();
    arg << v.name << v.installed << v.version;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, PackageState &v)
{
    arg.beginStructure();
    arg >> v.name >> v.installed >> v.version;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const PortState &v)
{
    arg.beginStructure();
    arg << v.port << v.purpose << v.listening;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, PortState &v)
{
    arg.beginStructure();
    arg >> v.port >> v.purpose >> v.listening;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const TlsCertificateState &v)
{
    arg.beginStructure();
    arg << v.source << v.keyFile << v.certificateFile << v.chainPem << v.requestPem << v.securityLevel << v.hostName
        << v.keyMatches << v.letsEncryptAvailable;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, TlsCertificateState &v)
{
    arg.beginStructure();
    arg >> v.source >> v.keyFile >> v.certificateFile >> v.chainPem >> v.requestPem >> v.securityLevel >> v.hostName
        >> v.keyMatches >> v.letsEncryptAvailable;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const MailAccessState &v)
{
    arg.beginStructure();
    arg << v.dovecotInstalled << v.imapInstalled << v.dovecotActive << v.submission << v.submissionSecure << v.imap
        << v.imaps << v.authSocket << v.certificateFile;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, MailAccessState &v)
{
    arg.beginStructure();
    arg >> v.dovecotInstalled >> v.imapInstalled >> v.dovecotActive >> v.submission >> v.submissionSecure >> v.imap
        >> v.imaps >> v.authSocket >> v.certificateFile;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const SpamFilterState &v)
{
    arg.beginStructure();
    arg << v.installed << v.enabled << v.spamdActive << v.milterActive << v.tagScore << v.action << v.actionScore
        << v.subjectTag << v.checkTrusted << v.ruleUpdates << v.rulesUpdated << v.ruleUpdateState << v.procmailInstalled
        << v.procmailDelivery << v.mailboxCommand;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, SpamFilterState &v)
{
    arg.beginStructure();
    arg >> v.installed >> v.enabled >> v.spamdActive >> v.milterActive >> v.tagScore >> v.action >> v.actionScore
        >> v.subjectTag >> v.checkTrusted >> v.ruleUpdates >> v.rulesUpdated >> v.ruleUpdateState >> v.procmailInstalled
        >> v.procmailDelivery >> v.mailboxCommand;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const SystemInfo &v)
{
    arg.beginStructure();
    arg << v.distroFamily << v.prettyName << v.hostName << v.postfixVersion << v.sendmailProvider;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, SystemInfo &v)
{
    arg.beginStructure();
    arg >> v.distroFamily >> v.prettyName >> v.hostName >> v.postfixVersion >> v.sendmailProvider;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const ConfigValue &v)
{
    arg.beginStructure();
    arg << v.key << v.value << v.defaultValue << v.explicitlySet;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, ConfigValue &v)
{
    arg.beginStructure();
    arg >> v.key >> v.value >> v.defaultValue >> v.explicitlySet;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const ConfigBackup &v)
{
    arg.beginStructure();
    arg << v.id << v.file << v.time;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, ConfigBackup &v)
{
    arg.beginStructure();
    arg >> v.id >> v.file >> v.time;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const LogEntry &v)
{
    arg.beginStructure();
    arg << v.timeUsec << v.identifier << v.pid << v.message;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, LogEntry &v)
{
    arg.beginStructure();
    arg >> v.timeUsec >> v.identifier >> v.pid >> v.message;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const QueueRecipient &v)
{
    arg.beginStructure();
    arg << v.address << v.delayReason;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, QueueRecipient &v)
{
    arg.beginStructure();
    arg >> v.address >> v.delayReason;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const QueueEntry &v)
{
    arg.beginStructure();
    arg << v.queueName << v.queueId << v.sender << v.arrivalTime << v.size << v.recipients;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, QueueEntry &v)
{
    arg.beginStructure();
    arg >> v.queueName >> v.queueId >> v.sender >> v.arrivalTime >> v.size >> v.recipients;
    arg.endStructure();
    return arg;
}

} // namespace Mailroom

namespace Mailroom::Config {

QDBusArgument &operator<<(QDBusArgument &arg, const ParameterInfo &v)
{
    arg.beginStructure();
    arg << v.name << v.defaultValue << v.description;
    arg.endStructure();
    return arg;
}
const QDBusArgument &operator>>(const QDBusArgument &arg, ParameterInfo &v)
{
    arg.beginStructure();
    arg >> v.name >> v.defaultValue >> v.description;
    arg.endStructure();
    return arg;
}

} // namespace Mailroom::Config
