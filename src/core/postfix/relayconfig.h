// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/configchange.h"
#include "postfix/osrelease.h"
#include "postfix/validationresult.h"

#include <QByteArray>
#include <QString>

namespace Mailroom {

// Sending all outgoing mail through an authenticated relay (smarthost), as in
// Postfix's SASL_README "Enabling SASL authentication in the Postfix SMTP client".
class RelayConfig
{
public:
    QString host; // host name or IP address, without brackets
    int port = 587;
    QString user;
    QString password;

    static QString saslPasswdPath() { return QStringLiteral("/etc/postfix/sasl_passwd"); }

    // Host, port, user and password. The password may contain anything but a newline
    // or NUL, with one exception: it must not end with whitespace, because postmap(1)
    // trims trailing whitespace from table values (spaces inside, and after the
    // "user:" colon, are kept: the value is the rest of the line after the key).
    // The user name must not contain ':' (Postfix splits user:password at the first
    // colon) nor whitespace.
    ValidationResult validate() const;

    // "[smtp.example.com]:587": brackets, so Postfix connects to that host instead of
    // looking up MX records; IPv6 addresses inside the brackets.
    QString relayhost() const;
    // The sasl_passwd line "[host]:port user:password\n"; its key must equal relayhost.
    QByteArray saslPasswdLine() const;

    // main.cf settings for the relay. databaseType is Postfix's default_database_type
    // (hash or lmdb; also btree, cdb). Port 465 uses implicit TLS (smtp_tls_wrappermode),
    // other ports STARTTLS; TLS is required (smtp_tls_security_level = encrypt, not the
    // obsolete smtp_use_tls) so the password never crosses the network in clear text.
    ConfigChange mainCfChange(const QString &databaseType, DistroFamily family) const;

    // Back to direct delivery: the relay and SASL settings are removed and TLS goes back
    // to opportunistic ("may"; Debian's and RHEL's default), because "encrypt" would
    // bounce mail to the many MX hosts without TLS. smtp_tls_CAfile stays: it names the
    // system CA bundle, which distributions set by default and which does no harm.
    static ConfigChange removalChange();
};

} // namespace Mailroom
