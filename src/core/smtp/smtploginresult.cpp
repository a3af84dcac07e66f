// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/smtploginresult.h"

#include <QCoreApplication>

namespace Mailroom {

QString SmtpLoginResult::message() const
{
    const QString reply = serverReply.code ? serverReply.toString() : QString();
    switch (outcome) {
    case Outcome::Accepted:
        return QCoreApplication::translate("SmtpLoginResult",
                                           "Login accepted: the relay server took the user name and password (%1).")
            .arg(mechanism);
    case Outcome::Rejected:
        return QCoreApplication::translate("SmtpLoginResult", "Login rejected. The relay server answered: %1")
            .arg(reply);
    case Outcome::CertificateUntrusted:
        return QCoreApplication::translate(
            "SmtpLoginResult",
            "The connection is encrypted, but the server's certificate could not be verified, so the "
            "password was not sent. Compare the fingerprint with the one your provider publishes; if it "
            "matches, trust this certificate and test again.");
    case Outcome::NoStartTls:
        return QCoreApplication::translate(
            "SmtpLoginResult",
            "The server does not offer encryption (STARTTLS), so the password was not sent. Check the port: "
            "587 uses STARTTLS, 465 encrypts from the start.");
    case Outcome::NoAuthMechanism:
        return offeredMechanisms.isEmpty()
            ? QCoreApplication::translate("SmtpLoginResult",
                                          "The server does not offer a login (no AUTH) on this port.")
            : QCoreApplication::translate("SmtpLoginResult",
                                          "The server offers only login methods Mailroom does not use: %1.")
                  .arg(offeredMechanisms.join(u' '));
    case Outcome::TlsFailed:
        return detail.isEmpty()
            ? QCoreApplication::translate("SmtpLoginResult", "The encrypted connection (TLS) could not be set up. %1")
                  .arg(reply)
                  .trimmed()
            : QCoreApplication::translate("SmtpLoginResult", "The encrypted connection (TLS) could not be set up: %1")
                  .arg(detail);
    case Outcome::ServerError:
        return QCoreApplication::translate("SmtpLoginResult", "The server answered with an error %1: %2")
            .arg(stage, reply);
    case Outcome::CannotResolve:
        return QCoreApplication::translate(
                   "SmtpLoginResult",
                   "The host name cannot be resolved: check its spelling and this machine's DNS. (%1)")
            .arg(detail);
    case Outcome::ConnectionRefused:
        return QCoreApplication::translate(
            "SmtpLoginResult", "The server refused the connection: nothing accepts connections on this port.");
    case Outcome::ConnectionFailed:
        return QCoreApplication::translate("SmtpLoginResult", "The connection failed %1: %2").arg(stage, detail);
    case Outcome::Timeout:
        return QCoreApplication::translate(
                   "SmtpLoginResult",
                   "No answer in time %1. A firewall may be dropping the connection, or the port is wrong.")
            .arg(stage);
    case Outcome::ProtocolError:
        return QCoreApplication::translate("SmtpLoginResult", "The server does not speak SMTP as expected: %1")
            .arg(detail);
    case Outcome::Cancelled:
        return QCoreApplication::translate("SmtpLoginResult", "The login test was cancelled.");
    }
    return {};
}

QString SmtpLoginResult::keyword() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::CertificateUntrusted:
        return QStringLiteral("certificate-untrusted");
    case Outcome::NoStartTls:
        return QStringLiteral("no-starttls");
    case Outcome::NoAuthMechanism:
        return QStringLiteral("no-auth");
    case Outcome::TlsFailed:
        return QStringLiteral("tls-failed");
    case Outcome::ServerError:
        return QStringLiteral("server-error");
    case Outcome::CannotResolve:
        return QStringLiteral("cannot-resolve");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Outcome::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ProtocolError:
        return QStringLiteral("protocol-error");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Mailroom
