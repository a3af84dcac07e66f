// SPDX-License-Identifier: GPL-2.0-or-later
#include "argumentchecks.h"

#include "tlskeys.h"

#include "packagenames.h"
#include "postfix/configchange.h"
#include "postfix/configfiletext.h"
#include "postfix/maincfvalidator.h"
#include "postfix/relayconfig.h"
#include "postfixconfig.h"
#include "queuelisting.h"

#include <QRegularExpression>

#include <pwd.h>

using namespace Mailroom;

namespace ArgumentChecks {

namespace {
ValidationResult invalid(const QString &message)
{
    return ValidationResult::invalid({}, message);
}

const QStringList &readOnlyConfigKeys()
{
    static const QStringList keys {QStringLiteral("mail_version"), QStringLiteral("default_database_type"),
                                   QStringLiteral("mail_spool_directory"), QStringLiteral("home_mailbox"),
                                   QStringLiteral("alias_maps")};
    return keys;
}
} // namespace

const QStringList &serviceUnits()
{
    static const QStringList units {
        QStringLiteral("postfix.service"), QStringLiteral("sendmail.service"), QStringLiteral("exim4.service"),
        QStringLiteral("dovecot.service"), QStringLiteral("spamd.service"),    QStringLiteral("spamass-milter.service"),
    };
    return units;
}

const QStringList &firewallServices()
{
    static const QStringList services {QStringLiteral("smtp"), QStringLiteral("submission"), QStringLiteral("imap"),
                                       QStringLiteral("imaps")};
    return services;
}

ValidationResult serviceUnit(const QString &name, QString *unit)
{
    const QString u = name.endsWith(QLatin1String(".service")) ? name : name + QLatin1String(".service");
    if (!serviceUnits().contains(u)) {
        return invalid(QStringLiteral("\"%1\" is not a mail service Mailroom manages (allowed: postfix, sendmail, "
                                      "exim4, dovecot, spamd, spamass-milter)")
                           .arg(name.left(64)));
    }
    *unit = u;
    return ValidationResult::ok();
}

ValidationResult firewallService(const QString &service)
{
    if (!firewallServices().contains(service)) {
        return invalid(QStringLiteral("\"%1\" is not a mail firewall service (allowed: smtp, submission, imap, imaps)")
                           .arg(service.left(64)));
    }
    return ValidationResult::ok();
}

ValidationResult packageName(const QString &name, const QString &family)
{
    if (!PackageNames::isKnown(name)) {
        return invalid(QStringLiteral("\"%1\" is not a package Mailroom manages (allowed: %2)")
                           .arg(name.left(64), PackageNames::logicalNames().join(QStringLiteral(", "))));
    }
    if (PackageNames::forFamily(name, family).isEmpty()) {
        return invalid(QStringLiteral("package management is not supported on this distribution"));
    }
    return ValidationResult::ok();
}

ValidationResult packageOperation(const QString &operation)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("(install|remove)-[0-9]{1,19}")));
    if (operation.size() > 32 || !re.match(operation).hasMatch()) {
        return invalid(QStringLiteral("\"%1\" is not a package operation id").arg(operation.left(32)));
    }
    return ValidationResult::ok();
}

ValidationResult configKeys(const QStringList &keys)
{
    if (keys.isEmpty() || keys.size() > 64) {
        return invalid(QStringLiteral("ask for 1 to 64 parameters"));
    }
    for (const QString &key : keys) {
        if (!MainCfValidator::isAllowedKey(key) && !readOnlyConfigKeys().contains(key)) {
            return invalid(QStringLiteral("\"%1\" is not a parameter Mailroom reads").arg(key.left(64)));
        }
    }
    return ValidationResult::ok();
}

ValidationResult changeSize(qsizetype set, qsizetype removed)
{
    if (set + removed > MaxChangeEntries) {
        return invalid(QStringLiteral("change at most %1 parameters at once").arg(MaxChangeEntries));
    }
    return ValidationResult::ok();
}

ValidationResult configChange(const Mailroom::ConfigChange &change, bool mustChangeSomething)
{
    if (mustChangeSomething && change.isEmpty()) {
        return invalid(QStringLiteral("no change given"));
    }
    const auto &entries = change.entries();
    if (const auto size = changeSize(entries.size(), 0); !size.valid) {
        return size;
    }
    for (const auto &e : entries) {
        if (e.key.size() > 64) {
            return invalid(QStringLiteral("\"%1…\" is not a parameter name").arg(e.key.left(64)));
        }
        if (!e.value) {
            continue;
        }
        if (e.value->size() > MaxValueLength) {
            return invalid(QStringLiteral("the value of %1 is %2 characters long; at most %3 are accepted")
                               .arg(e.key)
                               .arg(e.value->size())
                               .arg(MaxValueLength));
        }
        if (e.key == QLatin1String("mynetworks")) {
            qsizetype items = 0;
            bool inItem = false;
            for (QChar c : *e.value) {
                const bool separator = c.isSpace() || c == u',';
                items += !separator && !inItem;
                inItem = !separator;
            }
            if (items > MaxNetworks) {
                return invalid(QStringLiteral("mynetworks lists %1 networks; at most %2 are accepted")
                                   .arg(items)
                                   .arg(MaxNetworks));
            }
        }
    }
    return change.validate();
}

ValidationResult backupId(const QString &id)
{
    if (id.size() > 64 || !PostfixConfig::isValidBackupId(id)
        || !(id.startsWith(QLatin1String("main.cf-")) || id.startsWith(QLatin1String("master.cf-")))) {
        return invalid(QStringLiteral("\"%1\" is not a main.cf or master.cf backup id").arg(id.left(64)));
    }
    return ValidationResult::ok();
}

ValidationResult configFile(const QString &name, PostfixConfig::File *file)
{
    if (name == QLatin1String("main.cf")) {
        *file = PostfixConfig::File::MainCf;
    } else if (name == QLatin1String("master.cf")) {
        *file = PostfixConfig::File::MasterCf;
    } else {
        return invalid(
            QStringLiteral("\"%1\" is not a file Mailroom edits: only main.cf or master.cf").arg(name.left(64)));
    }
    return ValidationResult::ok();
}

ValidationResult configFileText(const QString &text)
{
    // Never more UTF-8 bytes than UTF-16 units: refused before the text is converted.
    if (text.size() > ConfigFileText::MaxBytes) {
        return invalid(QStringLiteral("The file is more than %1 characters long; Mailroom accepts at most %1 bytes.")
                           .arg(ConfigFileText::MaxBytes));
    }
    const QString problem = ConfigFileText::problem(text);
    return problem.isEmpty() ? ValidationResult::ok() : invalid(problem);
}

ValidationResult tlsKeyType(const QString &name)
{
    TlsKeys::KeyType type;
    if (!TlsKeys::keyTypeFromName(name, &type)) {
        return invalid(QStringLiteral("\"%1\" is not a key type: ec-p256 or rsa-3072").arg(name.left(32)));
    }
    return ValidationResult::ok();
}

ValidationResult spamFilter(double tagScore, const QString &action, double actionScore, const QString &subjectTag,
                            bool checkTrusted, Mailroom::SpamFilter::Settings *settings)
{
    Mailroom::SpamFilter::Settings s;
    if (!Mailroom::SpamFilter::parseAction(action, &s.action)) {
        return invalid(
            QStringLiteral("\"%1\" is not a spam filter action: tag, reject or folder").arg(action.left(32)));
    }
    if (subjectTag.size() > Mailroom::SpamFilter::maximumSubjectTag) {
        return invalid(QStringLiteral("the subject tag is longer than %1 characters")
                           .arg(Mailroom::SpamFilter::maximumSubjectTag));
    }
    s.tagScore = tagScore;
    s.actionScore = actionScore;
    s.subjectTag = subjectTag;
    s.checkTrusted = checkTrusted;
    if (const QString why = Mailroom::SpamFilter::validate(s); !why.isEmpty()) {
        return invalid(why);
    }
    *settings = s;
    return ValidationResult::ok();
}

ValidationResult pemChain(const QString &text)
{
    if (text.size() > 64 * 1024) {
        return invalid(QStringLiteral("the certificate text is larger than 64 KiB"));
    }
    for (QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t')) {
            return invalid(QStringLiteral("the certificate text is not PEM: it holds a character other than ASCII"));
        }
    }
    if (TlsKeys::containsPrivateKey(text.toLatin1())) {
        return invalid(QStringLiteral("the text holds a private key: give only the certificates (the key was made "
                                      "here with the signing request, and a key sent around should be replaced)"));
    }
    if (TlsKeys::certificateBlocks(text.toLatin1()).isEmpty()) {
        return invalid(QStringLiteral("no PEM certificate (-----BEGIN CERTIFICATE-----) in the text"));
    }
    return ValidationResult::ok();
}

ValidationResult configRevision(const QString &revision)
{
    if (!ConfigFileText::isRevision(revision)) {
        return invalid(
            QStringLiteral("\"%1\" is not a revision (the SHA-256 GetConfigFile returned)").arg(revision.left(80)));
    }
    return ValidationResult::ok();
}

ValidationResult postmapTable(const QString &table)
{
    // Only indexed tables postmap compiles, with a plain absolute path below /etc/postfix.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(hash|lmdb|cdb):/etc/postfix/([A-Za-z0-9_][A-Za-z0-9._+-]*/)*[A-Za-z0-9_][A-Za-z0-9._+-]*")));
    if (table.size() > 256 || !re.match(table).hasMatch() || table.contains(QLatin1String("/../"))
        || table.contains(QLatin1String("/./"))) {
        return invalid(
            QStringLiteral(
                "\"%1\" is not a table postmap may build: hash:, lmdb: or cdb: and a file under /etc/postfix")
                .arg(table.left(80)));
    }
    return ValidationResult::ok();
}

ValidationResult relay(const Mailroom::RelayConfig &relay)
{
    if (relay.host.size() > 253) {
        return invalid(QStringLiteral("the relay host name is longer than 253 characters"));
    }
    if (relay.user.size() > MaxRelayUser) {
        return invalid(QStringLiteral("the relay user name is longer than %1 characters").arg(MaxRelayUser));
    }
    if (relay.password.size() > MaxRelayPassword) {
        return invalid(QStringLiteral("the relay password is longer than %1 characters").arg(MaxRelayPassword));
    }
    return relay.validate();
}

ValidationResult journalCursor(const QString &cursor, bool required)
{
    if (cursor.isEmpty()) {
        return required ? invalid(QStringLiteral("a journal cursor from GetMailLog is required"))
                        : ValidationResult::ok();
    }
    // sd-journal cursors: "s=…;i=…;b=…;m=…;t=…;x=…", hex and separators only.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]=[0-9a-f]+(;[a-z]=[0-9a-f]+)*")));
    if (cursor.size() >= 512) {
        return invalid(QStringLiteral("malformed journal cursor"));
    }
    if (!re.match(cursor).hasMatch()) {
        return invalid(QStringLiteral("malformed journal cursor"));
    }
    return ValidationResult::ok();
}

ValidationResult logPageSize(uint max)
{
    return max >= 1 && max <= 5000 ? ValidationResult::ok() : invalid(QStringLiteral("max must be between 1 and 5000"));
}

ValidationResult logWaitTimeout(uint timeoutMs)
{
    return timeoutMs <= 30000 ? ValidationResult::ok() : invalid(QStringLiteral("timeout_ms must be at most 30000"));
}

ValidationResult queueIds(const QStringList &ids)
{
    if (ids.isEmpty() || ids.size() > 1000) {
        return invalid(QStringLiteral("give 1 to 1000 queue ids"));
    }
    for (const QString &id : ids) {
        if (!QueueListing::isValidQueueId(id)) {
            return invalid(QStringLiteral("\"%1\" is not a Postfix queue id").arg(id.left(64)));
        }
    }
    return ValidationResult::ok();
}

ValidationResult userName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z_][a-z0-9_.-]{0,31}")));
    if (!re.match(name).hasMatch()) {
        return invalid(QStringLiteral("\"%1\" is not a user name").arg(name.left(64)));
    }
    return ValidationResult::ok();
}

ValidationResult mailboxChunk(qulonglong offset, uint length)
{
    if (length == 0 || length > MaxMailboxChunk) {
        return invalid(
            QStringLiteral("a mailbox is read in chunks of 1 to %1 bytes, not %2").arg(MaxMailboxChunk).arg(length));
    }
    if (offset >= (qulonglong(1) << 62)) {
        return invalid(QStringLiteral("offset %1 is beyond any file").arg(offset));
    }
    return ValidationResult::ok();
}

ValidationResult loginAccount(const QString &name)
{
    const auto notLocal = invalid(QStringLiteral("\"%1\" is not a local user account").arg(name.left(64)));
    if (!userName(name).valid) {
        return notLocal;
    }
    const passwd *pw = getpwnam(name.toLatin1().constData());
    if (!pw) {
        return notLocal;
    }
    const QString shell = QString::fromLocal8Bit(pw->pw_shell);
    const bool loginShell = !shell.endsWith(QLatin1String("nologin")) && !shell.endsWith(QLatin1String("/false"));
    if (pw->pw_uid != 0 && (pw->pw_uid < 1000 || pw->pw_uid >= 60000 || !loginShell)) {
        return notLocal;
    }
    return ValidationResult::ok();
}

ValidationResult mailAddress(const QString &address)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._%+=-]{1,64}(@[A-Za-z0-9.-]{1,253})?")));
    if (!re.match(address).hasMatch() || address.startsWith(QLatin1Char('-'))) {
        return invalid(QStringLiteral("\"%1\" is not a plain e-mail address").arg(address.left(300)));
    }
    return ValidationResult::ok();
}

ValidationResult subject(const QString &subject)
{
    if (subject.size() > 200 || subject.contains(QLatin1Char('\n')) || subject.contains(QLatin1Char('\r'))) {
        return invalid(QStringLiteral("the subject must be one line of at most 200 characters"));
    }
    return ValidationResult::ok();
}

} // namespace ArgumentChecks
