// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "smtp/certificatesummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mailroom {

// What users type into their mail programs (Thunderbird, KMail, a phone) to read mail over IMAP and
// send through submission: server name, ports, security, user name form — made from facts the
// helper reports (GetConfig, GetPorts, GetTlsCertificate), never from guesses. Only ports that
// listen are offered. Users log in with their system user name (the local part of their address)
// and system password.
struct ClientSettings
{
    enum class Protocol
    {
        Imap,
        Smtp,
    };
    enum class Security
    {
        StartTls,
        SslTls, // implicit TLS (993)
    };
    struct Server
    {
        Protocol protocol = Protocol::Imap;
        quint16 port = 0;
        Security security = Security::StartTls;
        bool operator==(const Server &) const = default;
    };
    enum class CertificateState
    {
        Trusted,
        None, // Postfix offers no certificate
        SelfSigned, // users accept it once (and should compare the fingerprint)
        Untrusted, // signed by someone the system does not trust, or another host's
        Expired, // or not valid yet
    };
    // One line of the settings table: every field already in words.
    struct Row
    {
        QString direction; // "Incoming mail" / "Outgoing mail"
        QString protocol; // "IMAP" / "SMTP"
        QString server;
        QString port;
        QString security; // "STARTTLS" / "SSL/TLS"
        QString userName; // "User name on the server (…)"
        QString authentication; // "Normal password"
    };

    // The facts, as the helper tells them. certificate: TlsCertificateState::chainPem summarized
    // (CertificateSummary::fromPem against myhostname); now: when expiry is judged.
    struct Facts
    {
        QString myHostname;
        QString myDomain;
        PortStateList ports;
        CertificateSummary certificate;
        QString certificateSource; // TlsCertificateState::source
        QDateTime now;
    };

    QString hostName; // what clients connect to: myhostname, the name the certificate carries
    QString domain; // users' addresses: USER@domain (mydomain, or myhostname when there is none)
    QStringList domains; // every domain of users' addresses: domain, then myhostname if different
    QList<Server> incoming; // IMAP, 993 before 143
    QList<Server> outgoing; // submission (587)
    bool smtpListening = false; // port 25: other servers deliver, clients do not send there
    CertificateState certificateState = CertificateState::None;
    QString certificateSha256;
    QString certificateProblem; // why it is not trusted, in words, for Untrusted and Expired

    static ClientSettings fromFacts(const Facts &facts);
    // The same from the helper's replies: GetConfig's values (myhostname, mydomain), GetPorts,
    // GetTlsCertificate.
    static ClientSettings fromHelper(const ConfigValueList &config, const PortStateList &ports,
                                     const TlsCertificateState &tls, const QDateTime &now);
    // The keys fromHelper needs from GetConfig.
    static QStringList configKeys();

    bool canConnect() const { return !incoming.isEmpty() || !outgoing.isEmpty(); }
    bool isComplete() const { return !incoming.isEmpty() && !outgoing.isEmpty(); }
    QList<Row> rows() const;
    // For the admin: what is missing, and what to do about it (nothing listening, only one half,
    // the certificate users must accept, an expired one). Empty when all is well.
    QStringList warnings() const;
    // Thunderbird's autoconfig file (clientConfig version 1.1), UTF-8.
    QByteArray autoconfigXml() const;
    // Where the admin publishes it so Thunderbird finds it from a user's address.
    QStringList autoconfigUrls() const;
    // What users need, to be mailed to them: plain text in the current language.
    QString instructions() const;

    static QString securityText(Security security);
    static QString userNameText();
};

} // namespace Mailroom
