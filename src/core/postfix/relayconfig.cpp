// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/relayconfig.h"

#include "postfix/postfixsyntax.h"

#include <QCoreApplication>

namespace Mailroom {

namespace {

bool isPostmapSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f';
}

} // namespace

ValidationResult RelayConfig::validate() const
{
    const QString relay = QStringLiteral("relayhost");
    if (host.isEmpty()) {
        return ValidationResult::invalid(
            relay, QCoreApplication::translate("PostfixValidation", "Enter the relay server's host name."));
    }
    if (!PostfixSyntax::isIpv4Address(host) && !PostfixSyntax::isIpv6Address(host)) {
        if (const QString p = PostfixSyntax::hostnameProblem(host, false); !p.isEmpty()) {
            return ValidationResult::invalid(relay, p);
        }
    }
    if (port < 1 || port > 65535) {
        return ValidationResult::invalid(
            relay,
            QCoreApplication::translate("PostfixValidation", "“%1” is not a port number from 1 to 65535.").arg(port));
    }
    const QString passwd = QStringLiteral("smtp_sasl_password_maps");
    if (user.isEmpty()) {
        return ValidationResult::invalid(
            passwd, QCoreApplication::translate("PostfixValidation", "Enter the user name for the relay server."));
    }
    for (QChar c : user) {
        if (c == u':') {
            return ValidationResult::invalid(
                passwd,
                QCoreApplication::translate("PostfixValidation",
                                            "The user name cannot contain “:”, because Postfix separates "
                                            "the user name from the password with it."));
        }
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return ValidationResult::invalid(
                passwd,
                QCoreApplication::translate("PostfixValidation",
                                            "The user name cannot contain spaces or control characters."));
        }
    }
    if (password.isEmpty()) {
        return ValidationResult::invalid(
            passwd, QCoreApplication::translate("PostfixValidation", "Enter the password for the relay server."));
    }
    if (password.contains(u'\n') || password.contains(QChar(0))) {
        return ValidationResult::invalid(
            passwd,
            QCoreApplication::translate("PostfixValidation",
                                        "The password cannot contain a line break or a NUL character."));
    }
    if (isPostmapSpace(password.back())) {
        return ValidationResult::invalid(
            passwd,
            QCoreApplication::translate("PostfixValidation",
                                        "The password cannot end with a space or tab: Postfix's password "
                                        "table drops whitespace at the end of a line."));
    }
    return ValidationResult::ok();
}

QString RelayConfig::relayhost() const
{
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QByteArray RelayConfig::saslPasswdLine() const
{
    return relayhost().toUtf8() + ' ' + user.toUtf8() + ':' + password.toUtf8() + '\n';
}

ConfigChange RelayConfig::mainCfChange(const QString &databaseType, DistroFamily family) const
{
    ConfigChange change;
    change.set(QStringLiteral("relayhost"), relayhost())
        .set(QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("yes"))
        .set(QStringLiteral("smtp_sasl_password_maps"), databaseType + u':' + saslPasswdPath())
        .set(QStringLiteral("smtp_sasl_security_options"), QStringLiteral("noanonymous"))
        .set(QStringLiteral("smtp_sasl_tls_security_options"), QStringLiteral("noanonymous"))
        .set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("encrypt"));
    if (port == 465) {
        change.set(QStringLiteral("smtp_tls_wrappermode"), QStringLiteral("yes"));
    } else {
        change.remove(QStringLiteral("smtp_tls_wrappermode"));
    }
    if (const QString ca = OsRelease::caBundlePath(family); !ca.isEmpty()) {
        change.set(QStringLiteral("smtp_tls_CAfile"), ca);
    }
    return change;
}

ConfigChange RelayConfig::removalChange()
{
    ConfigChange change;
    change.remove(QStringLiteral("relayhost"))
        .remove(QStringLiteral("smtp_sasl_auth_enable"))
        .remove(QStringLiteral("smtp_sasl_password_maps"))
        .remove(QStringLiteral("smtp_sasl_security_options"))
        .remove(QStringLiteral("smtp_sasl_tls_security_options"))
        .remove(QStringLiteral("smtp_tls_wrappermode"))
        .set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("may"));
    return change;
}

} // namespace Mailroom
