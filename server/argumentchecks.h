// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "filter/spamfilter.h"
#include "postfix/validationresult.h"
#include "postfixconfig.h"

#include <QString>
#include <QStringList>

namespace Mailroom {
class ConfigChange;
class RelayConfig;
} // namespace Mailroom

// Every check of a caller's argument, in one place. Each runs before polkit is asked, and
// bounds every string and list it looks at before any other work on it (security review
// finding 3: an unbounded argument is held for as long as the polkit prompt is open);
// a result that is not valid becomes an InvalidArgs reply carrying its message. The
// lists here are the allowlists: the helper never touches a unit, firewall service,
// package or parameter a caller names freely.
namespace ArgumentChecks {
using Mailroom::ValidationResult;

// The mail-related units the helper reports on and manages; nothing else.
const QStringList &serviceUnits();
const QStringList &firewallServices();

// "postfix" or "postfix.service" → *unit = "postfix.service".
ValidationResult serviceUnit(const QString &name, QString *unit);
ValidationResult firewallService(const QString &service);
// A logical package name (packagenames.h) that maps to real packages on family.
ValidationResult packageName(const QString &name, const QString &family);
// An operation id InstallPackage or RemovePackage returned ("install-3").
ValidationResult packageOperation(const QString &operation);
// Parameters GetConfig may read: the ones Mailroom writes plus a few read-only ones.
ValidationResult configKeys(const QStringList &keys);
// How many parameters a change names (set + removed), before the change is built from them:
// at most MaxChangeEntries.
ValidationResult changeSize(qsizetype set, qsizetype removed);
// At most MaxChangeEntries entries, names of at most 64 characters, values of at most
// MaxValueLength characters and a mynetworks of at most MaxNetworks items, then each value.
ValidationResult configChange(const Mailroom::ConfigChange &change, bool mustChangeSomething);
inline constexpr qsizetype MaxChangeEntries = 64;
inline constexpr qsizetype MaxValueLength = 4096;
inline constexpr qsizetype MaxNetworks = 256;
// A main.cf or master.cf backup id.
ValidationResult backupId(const QString &id);
// Exactly "main.cf" or "master.cf".
ValidationResult configFile(const QString &name, PostfixConfig::File *file);
// A whole file's text: bounded size and line length, no NUL, valid UTF-8 (ConfigFileText).
ValidationResult configFileText(const QString &text);
// 64 lowercase hex digits (SHA-256).
ValidationResult configRevision(const QString &revision);
// hash:, lmdb: or cdb: + an absolute path under /etc/postfix without "..".
ValidationResult postmapTable(const QString &table);
// Host at most 253, user at most MaxRelayUser, password at most MaxRelayPassword characters.
ValidationResult relay(const Mailroom::RelayConfig &relay);
inline constexpr qsizetype MaxRelayUser = 256;
inline constexpr qsizetype MaxRelayPassword = 1024;
// CreateTlsCertificate's key type: "ec-p256" or "rsa-3072".
ValidationResult tlsKeyType(const QString &name);
// SetSpamFilter's settings: action "tag" or "reject", scores from 0 to 1000 with the reject score
// not below the tag score, a subject tag of at most 40 printable characters without '#' or '\'.
ValidationResult spamFilter(double tagScore, const QString &action, double actionScore, const QString &subjectTag,
                            bool checkTrusted, Mailroom::SpamFilter::Settings *settings);
// InstallTlsCertificate's text: PEM certificates, at most 64 KiB of printable ASCII, and never a
// private key (the key is made here; one pasted by mistake is refused, not stored or logged).
ValidationResult pemChain(const QString &text);
// sd-journal cursors ("s=…;i=…"); empty is allowed only where required is false.
ValidationResult journalCursor(const QString &cursor, bool required);
ValidationResult logPageSize(uint max);
ValidationResult logWaitTimeout(uint timeoutMs);
ValidationResult queueIds(const QStringList &ids);
// A syntactically valid user name (whether it exists is the caller's business).
ValidationResult userName(const QString &name);
// ReadMailbox: 1 byte to MaxMailboxChunk from an offset below 2^62.
inline constexpr uint MaxMailboxChunk = 4 * 1024 * 1024;
ValidationResult mailboxChunk(qulonglong offset, uint length);
// An account that can log in: root, or uid 1000…59999 with a real shell. No system accounts.
ValidationResult loginAccount(const QString &name);
// local-part@domain or a bare local user: no spaces, quotes, angle brackets or options.
ValidationResult mailAddress(const QString &address);
ValidationResult subject(const QString &subject);
} // namespace ArgumentChecks
