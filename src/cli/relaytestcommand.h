// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtp/smtploginresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// `mailroomctl relay test`: the Setup Relay page's "Test login" on the command line. Runs
// SmtpLoginCheck (no helper, nothing written) and prints the certificate, the conversation
// with the password masked, and the result.
namespace RelayTestCommand {
// Distinct exit codes, so scripts can tell a wrong password from an unreachable server.
enum ExitCode
{
    Accepted = 0,
    Usage = 2,
    Rejected = 5, // the server refused the user name or password
    CertificateUntrusted = 6, // nothing verifies the certificate: the password was not sent
    ConnectionFailed = 7, // no login was possible: name, connection, TLS, timeout or protocol
};

int exitCodeFor(Mailroom::SmtpLoginResult::Outcome outcome);
// host: the name connected to; trustedFingerprint: what --trust-fingerprint gave.
QString formatText(const Mailroom::SmtpLoginResult &result, const QString &host, const QString &trustedFingerprint);
QJsonObject toJson(const Mailroom::SmtpLoginResult &result, const QString &host, quint16 port, const QString &user,
                   const QString &trustedFingerprint);
// args: what follows "relay test".
int run(const QStringList &args);
} // namespace RelayTestCommand
