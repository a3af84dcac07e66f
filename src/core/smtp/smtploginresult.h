// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtp/certificatesummary.h"
#include "smtp/smtpreply.h"

#include <QMetaType>
#include <QStringList>

namespace Mailroom {

// How a relay login check ended, with everything a person needs to understand it.
// Never holds the password (the transcript shows "****" for what was sent during AUTH).
struct SmtpLoginResult
{
    enum class Outcome
    {
        Accepted, // 235: the user name and password work
        Rejected, // the server refused the login (serverReply says how, e.g. 535)
        CertificateUntrusted, // TLS works, but the certificate does not verify and was not trusted: no login sent
        NoStartTls, // the server does not offer STARTTLS: no login sent in clear text
        NoAuthMechanism, // no PLAIN, LOGIN or CRAM-MD5 offered after TLS
        TlsFailed,
        ServerError, // an error reply before the login (greeting, EHLO)
        CannotResolve,
        ConnectionRefused,
        ConnectionFailed,
        Timeout,
        ProtocolError,
        Cancelled
    };

    Outcome outcome = Outcome::Cancelled;
    QString detail; // the socket's or parser's own words, when there are any
    SmtpReply serverReply; // the reply that decided the outcome (empty when none)
    QString stage; // where it ended: "waiting for the greeting", translated
    CertificateSummary certificate;
    QString tlsProtocol; // "TLS 1.3"
    QString cipher;
    QStringList offeredMechanisms;
    QString mechanism; // the one used
    QStringList transcript; // "S: 220 …", "C: EHLO …"

    bool isAccepted() const { return outcome == Outcome::Accepted; }
    // One or two translated sentences saying what happened.
    QString message() const;
    // A short keyword for logs, tests and mailroomctl ("accepted", "rejected", …).
    QString keyword() const;
};

} // namespace Mailroom

Q_DECLARE_METATYPE(Mailroom::SmtpLoginResult)
