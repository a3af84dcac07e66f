// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/diagnosis.h"

#include "logs/logindex.h"
#include "logs/spamdline.h"

#include <QCoreApplication>

namespace Mailroom {

namespace {
bool containsAny(QByteArrayView text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (text.contains(QByteArrayView(n))) {
            return true;
        }
    }
    return false;
}

bool mentionsPort25(QByteArrayView text)
{
    return text.contains("]:25:") || text.contains("]:25 ") || text.contains("port 25");
}

Diagnosis::Finding make(Diagnosis::Problem problem, Diagnosis::FixTarget target, const char *explanation,
                        const char *suggestion)
{
    return {problem, target, QCoreApplication::translate("Diagnosis", explanation),
            QCoreApplication::translate("Diagnosis", suggestion)};
}
} // namespace

Diagnosis::Finding Diagnosis::diagnose(QByteArrayView text, Context context)
{
    using P = Problem;
    using T = FixTarget;
    const bool remoteSaid = text.contains(" said: ");
    if (context != Context::Delivery && !remoteSaid && text.contains("Blocked by SpamAssassin")) {
        return make(P::RejectedAsSpam, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "SpamAssassin judged this message to be spam, so this server refused it "
                                      "while the sender's server was still connected. Nothing was delivered; "
                                      "the sender's server got the reply and tells its user."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Nothing to fix if it was spam. If it was wanted mail, raise the score "
                                      "at which the spam filter refuses mail, or add the sender's network to "
                                      "the networks it never checks, and ask the sender to send it again."));
    }
    if (text.contains("loops back to myself")) {
        return make(P::LoopsBackToMyself, T::MyDestination,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The recipient's domain points to this server, but Postfix does not "
                                      "consider the domain its own, so the message would go round in a "
                                      "circle."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Add the domain to mydestination (or to the virtual domains) if this "
                                      "server should receive its mail; otherwise fix the domain's MX "
                                      "record."));
    }
    if (text.contains("authentication failed")) {
        if (context == Context::Delivery || text.contains("server ") || remoteSaid) {
            return make(P::SaslFailedAtRelay, T::Credentials,
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "The relay host refused the user name or password this server "
                                          "logged in with."),
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "Enter the relay account's user name and password again (for "
                                          "some providers an app password)."));
        }
        return make(P::SaslFailedFromClient, T::Credentials,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program tried to log in to this server with a wrong user "
                                      "name or password."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the account settings of the mail program. Many failures from "
                                      "unknown addresses are password-guessing attacks and can be "
                                      "ignored."));
    }
    if (containsAny(text,
                    {"TLS handshake", "Cannot start TLS", "SSL_connect error", "SSL_accept error",
                     "certificate verification failed", "Server certificate not verified", "TLS is required, but",
                     "STARTTLS command first", "untrusted issuer", "certificate has expired", "no shared cipher",
                     "wrong version number"})) {
        return make(P::TlsFailure, T::Tls,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The encrypted connection (TLS) could not be set up: a certificate "
                                      "was not trusted or the two servers could not agree on "
                                      "encryption."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the TLS settings: the certificate files, the CA bundle, and "
                                      "whether the relay expects STARTTLS on port 587 or TLS on port "
                                      "465."));
    }
    if (text.contains("Relay access denied")) {
        if (remoteSaid || context == Context::Delivery) {
            return make(P::RelayRefusedUs, T::Credentials,
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "The relay host refused to pass the message on, because this "
                                          "server did not log in to it."),
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "Turn on authentication for the relay host and enter the "
                                          "account's user name and password."));
        }
        return make(P::RelayAccessDenied, T::MyNetworks,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "This server refused to pass the message on to another domain, "
                                      "because the sending computer is not one it trusts and did not "
                                      "log in."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "If the sender is one of your computers, add its network to "
                                      "mynetworks, or let it log in (SMTP authentication) before "
                                      "sending."));
    }
    // The recipient's own server says the mailbox does not exist ("said:" marks its words; a
    // local(8) "unknown user" is this server's own answer, below).
    if (remoteSaid
        && (text.contains(" 5.1.1 ")
            || containsAny(text,
                           {"User unknown", "user unknown", "Unknown user", "unknown user", "No such user",
                            "no such user", "does not exist", "Recipient not found", "recipient not found",
                            "Unrouteable address", "mailbox unavailable", "Mailbox unavailable"}))) {
        return make(
            P::UnknownRemoteUser, T::None,
            QT_TRANSLATE_NOOP("Diagnosis", "The recipient's mail server says this address does not exist there."),
            QT_TRANSLATE_NOOP("Diagnosis",
                              "Check the address for typing errors or ask the recipient for the right "
                              "one. Nothing on this server needs changing."));
    }
    if (text.contains("User unknown in local recipient table")
        || (text.contains("User unknown") && context == Context::Reject)) {
        return make(P::UnknownLocalUser, T::MyDestination,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The recipient's domain is delivered on this server, but there is "
                                      "no local user or alias with that name."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Create the user or an alias. If mail for this domain belongs on "
                                      "another server, remove the domain from mydestination."));
    }
    if (containsAny(text,
                    {"Host or domain name not found", "Name service error", "Domain not found", "Host not found",
                     "no MX host", "No address associated"})) {
        return make(P::DomainNotFound, T::Dns,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The domain name could not be looked up: it has no mail server in "
                                      "DNS, does not exist, or this server's DNS resolver did not "
                                      "answer."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the address for typing errors, then check this server's DNS "
                                      "settings (resolver) and the domain's MX records."));
    }
    if (containsAny(text,
                    {"blocked using", "listed at", "Spamhaus", "spamhaus", "blocklist", "blacklist",
                     "Client host rejected: cannot find your reverse hostname", "poor reputation"})
        && (remoteSaid || context == Context::Delivery)) {
        return make(P::Blocklisted, T::RelaySettings,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The receiving server refused mail from this server's IP address, "
                                      "which is on a blocklist or looks like a home connection."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Send outgoing mail through your provider's relay host (smarthost) "
                                      "instead of delivering directly."));
    }
    if (text.contains("Connection timed out")) {
        if (mentionsPort25(text) || context == Context::Delivery) {
            return make(P::OutboundPortBlocked, T::RelaySettings,
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "No connection to the recipient's mail server on port 25. Most "
                                          "internet and cloud providers block outgoing connections to "
                                          "port 25."),
                        QT_TRANSLATE_NOOP("Diagnosis",
                                          "Send outgoing mail through your provider's relay host on port "
                                          "587 (submission) with a login."));
        }
        return make(P::ConnectionTimedOut, T::Firewall,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The connection timed out: a firewall drops the packets on the "
                                      "way."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Allow the port in the firewall, or check the relay host's name "
                                      "and port."));
    }
    if (text.contains("Connection refused")) {
        return make(P::ConnectionRefused, T::RelaySettings,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "The other server refused the connection: nothing listens on that "
                                      "port, or the host name is wrong."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the relay host's name and port (587 for submission, 465 for "
                                      "TLS)."));
    }
    if (text.contains("Network is unreachable") || text.contains("No route to host")) {
        return make(P::NetworkUnreachable, T::Firewall,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "This server has no network route to the other server (often an "
                                      "IPv6 address without IPv6 connectivity, or a firewall)."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the network and firewall; without IPv6, set inet_protocols "
                                      "to ipv4."));
    }
    return {};
}

Diagnosis::Finding Diagnosis::diagnoseJourney(const LogIndex &index, quint32 head)
{
    // A delivered message needs no fix, even if an earlier attempt failed.
    const JourneyStatus status = index.chainStatus(head);
    if (status == JourneyStatus::Sent || status == JourneyStatus::InProgress) {
        return {};
    }
    // Refused as spam: say so with spamd's score when its lines were joined to the message.
    for (quint32 hop : index.chain(head)) {
        if (!index.journeys()[hop].has(Journey::SpamRejected)) {
            continue;
        }
        Finding f = diagnose("Blocked by SpamAssassin", Context::Reject);
        if (const SpamScan *scan = index.spamScan(hop)) {
            f.explanation = QCoreApplication::translate("Diagnosis",
                                                        "SpamAssassin gave this message %1 points (%2 or more "
                                                        "counts as spam; it took %3 seconds to decide), so this "
                                                        "server refused it while the sender's server was still "
                                                        "connected. Nothing was delivered; the sender's server got "
                                                        "the reply and tells its user.")
                                .arg(QString::number(double(scan->score), 'f', 1),
                                     QString::number(double(scan->required), 'f', 1),
                                     QString::number(double(scan->seconds), 'f', 1));
        }
        return f;
    }
    for (quint32 d : index.finalDeliveries(head)) {
        const Delivery &del = index.deliveries()[d];
        if (del.status == DeliveryStatus::Sent || del.status == DeliveryStatus::Deliverable) {
            continue;
        }
        const Context context = del.status == DeliveryStatus::Rejected ? Context::Reject : Context::Delivery;
        Finding f = diagnose(index.text(del.text), context);
        if (f.isValid()) {
            return f;
        }
    }
    for (quint32 line : index.chainLines(head)) {
        Finding f = diagnose(index.lineText(line), Context::Line);
        if (f.isValid()) {
            return f;
        }
    }
    return {};
}

QString Diagnosis::spamVerdict(const LogIndex &index, quint32 head)
{
    for (quint32 hop : index.chain(head)) {
        const SpamScan *scan = index.spamScan(hop);
        if (!scan) {
            continue;
        }
        const QString score = QString::number(double(scan->score), 'f', 1);
        const QString required = QString::number(double(scan->required), 'f', 1);
        const QString seconds = QString::number(double(scan->seconds), 'f', 1);
        if (!scan->spam) {
            return QCoreApplication::translate("Diagnosis",
                                               "SpamAssassin: not spam (score %1; %2 or more is spam), decided in %3 "
                                               "seconds.")
                .arg(score, required, seconds);
        }
        if (index.journeys()[hop].has(Journey::SpamRejected)) {
            return QCoreApplication::translate("Diagnosis",
                                               "SpamAssassin: spam (score %1; %2 or more is spam), decided in %3 "
                                               "seconds; refused.")
                .arg(score, required, seconds);
        }
        return QCoreApplication::translate("Diagnosis",
                                           "SpamAssassin: spam (score %1; %2 or more is spam), decided in %3 seconds; "
                                           "delivered with the spam headers, for the recipient's rules to sort.")
            .arg(score, required, seconds);
    }
    return {};
}

Diagnosis::Finding Diagnosis::diagnoseLogin(LoginResult result)
{
    using P = Problem;
    using T = FixTarget;
    switch (result) {
    case LoginResult::Ok:
        break;
    case LoginResult::WrongPassword:
        return make(P::LoginWrongPassword, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program tried to log in with a wrong password (or a user "
                                      "name that does not match it)."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Ask the user to enter the password of their account on this server "
                                      "again in the mail program; the user name is the system user "
                                      "name."));
    case LoginResult::UnknownUser:
        return make(P::LoginUnknownUser, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program tried to log in as a user that does not exist on "
                                      "this server."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Check the user name in the mail program: it is the user's system "
                                      "user name, usually without @domain. If the user should exist, "
                                      "create the account."));
    case LoginResult::TlsRequired:
        return make(P::LoginTlsRequired, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program tried to log in or send without encryption. This "
                                      "server accepts logins only after STARTTLS."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Set the mail program's connection security to STARTTLS, on port 587 "
                                      "for sending and port 143 for IMAP."));
    case LoginResult::PlaintextRefused:
        return make(P::LoginPlaintextRefused, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program tried to send its password over an unencrypted "
                                      "connection, which this server refuses."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Set the mail program's connection security to STARTTLS, on port 143 "
                                      "for IMAP and port 587 for sending."));
    case LoginResult::RelayUnauthenticated:
        return make(P::LoginRelayUnauthenticated, T::None,
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "A mail program sent mail for another domain without logging in "
                                      "first, so this server refused to pass it on."),
                    QT_TRANSLATE_NOOP("Diagnosis",
                                      "Turn on authentication for the outgoing server (SMTP) in the mail "
                                      "program: the user's name and password, STARTTLS, port 587."));
    }
    return {};
}

Diagnosis::Finding Diagnosis::diagnoseGuessing(int failures, const QString &address, const QStringList &users)
{
    Finding f;
    f.problem = Problem::PasswordGuessing;
    f.target = FixTarget::Firewall;
    const QString tried
        = users.isEmpty() ? QCoreApplication::translate("Diagnosis", "not logged") : users.join(QLatin1String(", "));
    f.explanation = QCoreApplication::translate("Diagnosis",
                                                "%1 failed logins from %2 (possible password guessing); "
                                                "user names tried: %3")
                        .arg(QString::number(failures), address, tried);
    f.suggestion = QCoreApplication::translate("Diagnosis",
                                               "If the address is not one of your users, someone is guessing "
                                               "passwords: make sure every account has a strong password, and "
                                               "consider blocking the address in the firewall.");
    return f;
}

QString Diagnosis::targetName(FixTarget target)
{
    switch (target) {
    case FixTarget::RelaySettings:
        return QCoreApplication::translate("Diagnosis", "Relay host");
    case FixTarget::MyNetworks:
        return QCoreApplication::translate("Diagnosis", "Trusted networks (mynetworks)");
    case FixTarget::MyDestination:
        return QCoreApplication::translate("Diagnosis", "Local domains (mydestination)");
    case FixTarget::Dns:
        return QCoreApplication::translate("Diagnosis", "DNS");
    case FixTarget::Firewall:
        return QCoreApplication::translate("Diagnosis", "Firewall");
    case FixTarget::Credentials:
        return QCoreApplication::translate("Diagnosis", "User name and password");
    case FixTarget::Tls:
        return QCoreApplication::translate("Diagnosis", "TLS encryption");
    case FixTarget::None:
        break;
    }
    return {};
}

} // namespace Mailroom
