// SPDX-License-Identifier: GPL-2.0-or-later
#include "clients/clientsettings.h"

#include "smtp/certificateexpiry.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace Mailroom {

namespace {
const PortState *findPort(const PortStateList &ports, quint16 port, QLatin1StringView purpose)
{
    for (const PortState &p : ports) {
        if (p.port == port || p.purpose == purpose) {
            return &p;
        }
    }
    return nullptr;
}

bool listening(const PortStateList &ports, quint16 port, QLatin1StringView purpose)
{
    const PortState *p = findPort(ports, port, purpose);
    return p && p->listening;
}
} // namespace

QStringList ClientSettings::configKeys()
{
    return {QStringLiteral("myhostname"), QStringLiteral("mydomain")};
}

ClientSettings ClientSettings::fromHelper(const ConfigValueList &config, const PortStateList &ports,
                                          const TlsCertificateState &tls, const QDateTime &now)
{
    Facts f;
    for (const ConfigValue &v : config) {
        if (v.key == QLatin1String("myhostname")) {
            f.myHostname = v.value;
        } else if (v.key == QLatin1String("mydomain")) {
            f.myDomain = v.value;
        }
    }
    if (f.myHostname.isEmpty()) {
        f.myHostname = tls.hostName;
    }
    f.ports = ports;
    f.certificate = CertificateSummary::fromPem(tls.chainPem.toLatin1(), f.myHostname);
    f.certificateSource = tls.source;
    f.now = now;
    return fromFacts(f);
}

ClientSettings ClientSettings::fromFacts(const Facts &facts)
{
    ClientSettings s;
    s.hostName = facts.myHostname.trimmed();
    s.domain = facts.myDomain.trimmed().isEmpty() ? s.hostName : facts.myDomain.trimmed();
    s.domains = {s.domain};
    if (!s.hostName.isEmpty() && s.hostName.compare(s.domain, Qt::CaseInsensitive) != 0) {
        s.domains.append(s.hostName);
    }
    // 993 first: implicit TLS never sends a word in the clear, and some clients try it first anyway.
    if (listening(facts.ports, 993, QLatin1StringView("imaps"))) {
        s.incoming.append({Protocol::Imap, 993, Security::SslTls});
    }
    if (listening(facts.ports, 143, QLatin1StringView("imap"))) {
        s.incoming.append({Protocol::Imap, 143, Security::StartTls});
    }
    if (listening(facts.ports, 587, QLatin1StringView("submission"))) {
        s.outgoing.append({Protocol::Smtp, 587, Security::StartTls});
    }
    s.smtpListening = listening(facts.ports, 25, QLatin1StringView("smtp"));

    const CertificateSummary &c = facts.certificate;
    if (c.isNull) {
        s.certificateState = CertificateState::None;
        return s;
    }
    s.certificateSha256 = c.sha256;
    const CertificateExpiry expiry = CertificateExpiry::at(c.notBefore, c.notAfter, facts.now);
    if (expiry.state == CertificateExpiry::State::Expired || expiry.state == CertificateExpiry::State::NotYetValid) {
        s.certificateState = CertificateState::Expired;
        s.certificateProblem = expiry.message(s.hostName, facts.certificateSource);
    } else if (c.selfSigned && c.hostMatches) {
        s.certificateState = CertificateState::SelfSigned;
    } else if (!c.chainTrusted || !c.hostMatches) {
        s.certificateState = CertificateState::Untrusted;
        QStringList problems = c.problems;
        if (!c.hostMatches) {
            problems.prepend(QCoreApplication::translate("ClientSettings", "it does not name %1").arg(s.hostName));
        }
        problems.removeDuplicates();
        s.certificateProblem = problems.join(QStringLiteral("; "));
    } else {
        s.certificateState = CertificateState::Trusted;
    }
    return s;
}

QString ClientSettings::securityText(Security security)
{
    return security == Security::SslTls ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS");
}

QString ClientSettings::userNameText()
{
    return QCoreApplication::translate("ClientSettings",
                                       "Your user name on the server (the part of your address before @)");
}

QList<ClientSettings::Row> ClientSettings::rows() const
{
    QList<Row> out;
    for (const QList<Server> *list : {&incoming, &outgoing}) {
        for (const Server &server : *list) {
            const bool imap = server.protocol == Protocol::Imap;
            out.append(Row {imap ? QCoreApplication::translate("ClientSettings", "Incoming mail")
                                 : QCoreApplication::translate("ClientSettings", "Outgoing mail"),
                            imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP"), hostName,
                            QString::number(server.port), securityText(server.security), userNameText(),
                            QCoreApplication::translate("ClientSettings", "Normal password")});
        }
    }
    return out;
}

QStringList ClientSettings::warnings() const
{
    QStringList w;
    if (!canConnect()) {
        w << QCoreApplication::translate(
            "ClientSettings",
            "Mail programs cannot connect yet: nothing listens for them on this server (IMAP on 143 or 993, "
            "submission on 587). Turn both on in Setup → Mail programs, or with "
            "“mailroomctl submission enable” and “mailroomctl imap enable”.");
        if (smtpListening) {
            w << QCoreApplication::translate(
                "ClientSettings",
                "Port 25 only takes mail from other servers; mail programs send through 587 after logging in.");
        }
    } else if (incoming.isEmpty()) {
        w << QCoreApplication::translate(
            "ClientSettings",
            "Users can send but not read their mail: IMAP is off. Turn it on in Setup → Mail programs, "
            "or with “mailroomctl imap enable”.");
    } else if (outgoing.isEmpty()) {
        w << QCoreApplication::translate(
            "ClientSettings",
            "Users can read but not send mail: submission on 587 is off. Turn it on in Setup → Mail programs, "
            "or with “mailroomctl submission enable”.");
    }
    switch (certificateState) {
    case CertificateState::Trusted:
        break;
    case CertificateState::None:
        w << QCoreApplication::translate(
            "ClientSettings",
            "The server has no certificate, so mail programs cannot encrypt the connection and will not log in. "
            "Make one in Configuration → Certificates, or with “mailroomctl tls self-signed”.");
        break;
    case CertificateState::SelfSigned:
        w << QCoreApplication::translate(
                 "ClientSettings",
                 "The certificate is self-signed: each mail program asks once whether to trust it. Tell users to "
                 "accept it only if its SHA-256 fingerprint is %1 (the text for users says so). A certificate from a "
                 "certificate authority spares them the question.")
                 .arg(certificateSha256);
        break;
    case CertificateState::Untrusted:
        w << QCoreApplication::translate(
                 "ClientSettings",
                 "Mail programs will not trust the certificate (%1): users must accept or import it, checking its "
                 "SHA-256 fingerprint %2. Install a certificate for %3 in Configuration → Certificates.")
                 .arg(certificateProblem, certificateSha256, hostName);
        break;
    case CertificateState::Expired:
        w << certificateProblem;
        break;
    }
    return w;
}

QByteArray ClientSettings::autoconfigXml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("clientConfig"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    x.writeStartElement(QStringLiteral("emailProvider"));
    x.writeAttribute(QStringLiteral("id"), domain);
    for (const QString &d : domains) {
        x.writeTextElement(QStringLiteral("domain"), d);
    }
    x.writeTextElement(QStringLiteral("displayName"), domain);
    x.writeTextElement(QStringLiteral("displayShortName"), domain.section(QLatin1Char('.'), 0, 0));
    const auto server = [&](const Server &s) {
        const bool imap = s.protocol == Protocol::Imap;
        x.writeStartElement(imap ? QStringLiteral("incomingServer") : QStringLiteral("outgoingServer"));
        x.writeAttribute(QStringLiteral("type"), imap ? QStringLiteral("imap") : QStringLiteral("smtp"));
        x.writeTextElement(QStringLiteral("hostname"), hostName);
        x.writeTextElement(QStringLiteral("port"), QString::number(s.port));
        x.writeTextElement(QStringLiteral("socketType"),
                           s.security == Security::SslTls ? QStringLiteral("SSL") : QStringLiteral("STARTTLS"));
        // The login is the system user name, the address's local part.
        x.writeTextElement(QStringLiteral("username"), QStringLiteral("%EMAILLOCALPART%"));
        x.writeTextElement(QStringLiteral("authentication"), QStringLiteral("password-cleartext"));
        x.writeEndElement();
    };
    for (const Server &s : incoming) {
        server(s);
    }
    for (const Server &s : outgoing) {
        server(s);
    }
    x.writeEndElement(); // emailProvider
    x.writeEndElement(); // clientConfig
    x.writeEndDocument();
    return out;
}

QStringList ClientSettings::autoconfigUrls() const
{
    return {QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain),
            QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain)};
}

QString ClientSettings::instructions() const
{
    QString t;
    const auto line = [&t](const QString &label, const QString &value) {
        t += QStringLiteral("  %1 %2\n").arg(label, value);
    };
    t += QCoreApplication::translate("ClientSettings",
                                     "Settings for your mail program (Thunderbird, KMail, Outlook, a phone)")
        + QLatin1Char('\n');
    t += QLatin1Char('\n');
    t += QCoreApplication::translate("ClientSettings",
                                     "Your address: your user name on %1, then @%2 (for example alice@%2).")
             .arg(hostName, domain)
        + QLatin1Char('\n');
    if (domains.size() > 1) {
        t += QCoreApplication::translate("ClientSettings", "Mail to @%1 reaches you too.").arg(domains.at(1))
            + QLatin1Char('\n');
    }
    t += QCoreApplication::translate(
             "ClientSettings", "User name: your user name on %1 — the part of your address before @, without @%2.")
             .arg(hostName, domain)
        + QLatin1Char('\n');
    t += QCoreApplication::translate("ClientSettings", "Password: your password on %1.").arg(hostName)
        + QLatin1Char('\n');
    if (!canConnect()) {
        t += QLatin1Char('\n')
            + QCoreApplication::translate(
                 "ClientSettings",
                 "The server does not accept mail programs yet. Your administrator will tell you when it does.")
            + QLatin1Char('\n');
        return t;
    }
    const auto section = [&](const QString &title, const QList<Server> &servers) {
        t += QLatin1Char('\n') + title + QLatin1Char('\n');
        for (qsizetype i = 0; i < servers.size(); ++i) {
            const Server &s = servers.at(i);
            if (i > 0) {
                t += QCoreApplication::translate("ClientSettings", "  or, if your program cannot use the above:")
                    + QLatin1Char('\n');
            }
            line(QCoreApplication::translate("ClientSettings", "Server:"), hostName);
            line(QCoreApplication::translate("ClientSettings", "Port:"), QString::number(s.port));
            line(QCoreApplication::translate("ClientSettings", "Security:"), securityText(s.security));
            line(QCoreApplication::translate("ClientSettings", "Authentication:"),
                 QCoreApplication::translate("ClientSettings", "Normal password"));
            line(QCoreApplication::translate("ClientSettings", "User name:"),
                 QCoreApplication::translate("ClientSettings", "your user name (see above)"));
        }
    };
    if (!incoming.isEmpty()) {
        section(QCoreApplication::translate("ClientSettings", "Incoming mail (IMAP)"), incoming);
    } else {
        t += QLatin1Char('\n')
            + QCoreApplication::translate("ClientSettings", "Reading mail with a mail program is not possible yet.")
            + QLatin1Char('\n');
    }
    if (!outgoing.isEmpty()) {
        section(QCoreApplication::translate("ClientSettings", "Outgoing mail (SMTP)"), outgoing);
    } else {
        t += QLatin1Char('\n')
            + QCoreApplication::translate("ClientSettings", "Sending mail with a mail program is not possible yet.")
            + QLatin1Char('\n');
    }
    switch (certificateState) {
    case CertificateState::Trusted:
    case CertificateState::None:
        break;
    case CertificateState::SelfSigned:
    case CertificateState::Untrusted:
        t += QLatin1Char('\n')
            + QCoreApplication::translate(
                 "ClientSettings",
                 "The first time you connect, your mail program asks whether to trust the server's certificate. "
                 "Accept it only if its SHA-256 fingerprint is:")
            + QLatin1Char('\n') + QStringLiteral("  ") + certificateSha256 + QLatin1Char('\n')
            + QCoreApplication::translate("ClientSettings",
                                          "If it shows another one, do not accept it: ask your administrator.")
            + QLatin1Char('\n');
        break;
    case CertificateState::Expired:
        t += QLatin1Char('\n')
            + QCoreApplication::translate(
                 "ClientSettings",
                 "The server's certificate has expired: your mail program may refuse to connect until your "
                 "administrator renews it. Do not accept a certificate it warns about.")
            + QLatin1Char('\n');
        break;
    }
    return t;
}

} // namespace Mailroom
