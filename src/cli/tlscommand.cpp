// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl tls — the certificate Postfix's SMTP server offers: show it, make a new one (key
// made by the helper, never seen here), request one from a CA and install what it issues, or use
// certbot's. Twins of the helper's TLS methods.
#include "tlscommand.h"
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace CliSupport;

namespace TlsCommand {

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString sourceText(const QString &source)
{
    if (source == QLatin1String("mailroom")) {
        return QCoreApplication::translate("mailroomctl", "made or installed by Mailroom");
    }
    if (source == QLatin1String("letsencrypt")) {
        return QCoreApplication::translate("mailroomctl", "certbot (Let's Encrypt), renewed by certbot");
    }
    return QCoreApplication::translate("mailroomctl", "files set in main.cf by hand or by the distribution");
}

QString formatText(const Mailroom::TlsCertificateState &s, const QDateTime &now)
{
    QString out;
    QTextStream ts(&out);
    const auto line = [&ts](const QString &label, const QString &value) {
        ts << "  " << TerminalTable::padded(label, 20) << value << '\n';
    };
    const Mailroom::CertificateSummary c = Mailroom::CertificateSummary::fromPem(s.chainPem.toLatin1(), s.hostName);
    if (c.isNull) {
        ts << QCoreApplication::translate("mailroomctl",
                                          "Postfix offers no certificate: mail arrives without encryption.\n"
                                          "Make one with: mailroomctl tls self-signed   (or tls request, then tls "
                                          "install; or tls letsencrypt)\n");
    } else {
        ts << QCoreApplication::translate("mailroomctl", "Certificate for %1 (%2)\n")
                  .arg(s.hostName, sourceText(s.source));
        line(QCoreApplication::translate("mailroomctl", "Subject:"), c.subject);
        line(QCoreApplication::translate("mailroomctl", "Names:"), c.alternativeNames.join(QStringLiteral(", ")));
        line(QCoreApplication::translate("mailroomctl", "Issuer:"),
             c.selfSigned ? QCoreApplication::translate("mailroomctl", "%1 (self-signed)").arg(c.issuer) : c.issuer);
        line(QCoreApplication::translate("mailroomctl", "Valid:"),
             QCoreApplication::translate("mailroomctl", "%1 to %2").arg(utc(c.notBefore), utc(c.notAfter)));
        line(QCoreApplication::translate("mailroomctl", "Key:"),
             s.keyMatches
                 ? QCoreApplication::translate("mailroomctl", "%1, matches the certificate").arg(c.keyDescription())
                 : QCoreApplication::translate("mailroomctl", "%1 — the private key does NOT belong to it")
                       .arg(c.keyDescription()));
        line(QCoreApplication::translate("mailroomctl", "SHA-256:"), c.sha256);
        line(QCoreApplication::translate("mailroomctl", "Trusted:"),
             c.chainTrusted ? QCoreApplication::translate("mailroomctl", "yes, by the system's certificate authorities")
                 : c.selfSigned
                 ? QCoreApplication::translate("mailroomctl",
                                               "no: self-signed (mail is encrypted; clients that check ask first)")
                 : QCoreApplication::translate("mailroomctl", "no: %1").arg(c.problems.join(QStringLiteral("; "))));
        line(QCoreApplication::translate("mailroomctl", "Host name:"),
             c.hostMatches ? QCoreApplication::translate("mailroomctl", "matches %1").arg(s.hostName)
                           : QCoreApplication::translate("mailroomctl", "does NOT match %1").arg(s.hostName));
        line(QCoreApplication::translate("mailroomctl", "Files:"),
             QStringList {s.keyFile, s.certificateFile}.join(QStringLiteral(", ")));
        const auto expiry = Mailroom::CertificateExpiry::at(c.notBefore, c.notAfter, now);
        if (expiry.needsAttention()) {
            ts << QCoreApplication::translate("mailroomctl", "warning: %1\n").arg(expiry.message(s.hostName, s.source));
        }
    }
    line(QCoreApplication::translate("mailroomctl", "STARTTLS:"),
         s.securityLevel == QLatin1String("encrypt") ? QCoreApplication::translate("mailroomctl", "required (encrypt)")
             : s.securityLevel == QLatin1String("may")
             ? QCoreApplication::translate("mailroomctl", "offered (may)")
             : QCoreApplication::translate("mailroomctl", "off (%1)")
                   .arg(s.securityLevel.isEmpty() ? QStringLiteral("none") : s.securityLevel));
    if (!s.requestPem.isEmpty()) {
        ts << QCoreApplication::translate(
            "mailroomctl",
            "A signing request is waiting for its certificate (mailroomctl tls request --show prints it);\n"
            "install what the certificate authority sends with: mailroomctl tls install FILE\n");
    }
    if (s.letsEncryptAvailable && s.source != QLatin1String("letsencrypt")) {
        ts << QCoreApplication::translate("mailroomctl",
                                          "certbot has a certificate for %1: mailroomctl tls letsencrypt uses it.\n")
                  .arg(s.hostName);
    }
    ts.flush();
    return out;
}

QJsonObject toJson(const Mailroom::TlsCertificateState &s, const QDateTime &now)
{
    const Mailroom::CertificateSummary c = Mailroom::CertificateSummary::fromPem(s.chainPem.toLatin1(), s.hostName);
    QJsonObject o {
        {QStringLiteral("source"), s.source},
        {QStringLiteral("host_name"), s.hostName},
        {QStringLiteral("key_file"), s.keyFile},
        {QStringLiteral("certificate_file"), s.certificateFile},
        {QStringLiteral("security_level"), s.securityLevel},
        {QStringLiteral("key_matches"), s.keyMatches},
        {QStringLiteral("request_pending"), !s.requestPem.isEmpty()},
        {QStringLiteral("letsencrypt_available"), s.letsEncryptAvailable},
    };
    if (!c.isNull) {
        const auto expiry = Mailroom::CertificateExpiry::at(c.notBefore, c.notAfter, now);
        o.insert(QStringLiteral("certificate"),
                 QJsonObject {
                     {QStringLiteral("subject"), c.subject},
                     {QStringLiteral("issuer"), c.issuer},
                     {QStringLiteral("names"), QJsonArray::fromStringList(c.alternativeNames)},
                     {QStringLiteral("not_before"), c.notBefore.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("not_after"), c.notAfter.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("days_left"), qint64(expiry.daysLeft)},
                     {QStringLiteral("needs_attention"), expiry.needsAttention()},
                     {QStringLiteral("key"), c.keyDescription()},
                     {QStringLiteral("sha256"), c.sha256},
                     {QStringLiteral("self_signed"), c.selfSigned},
                     {QStringLiteral("trusted"), c.chainTrusted},
                     {QStringLiteral("host_matches"), c.hostMatches},
                 });
    }
    return o;
}

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "The certificate Postfix offers to mail servers and clients (STARTTLS).\n"
        "  mailroomctl tls [show]            what it is, whom it names, until when, whether it is trusted\n"
        "  mailroomctl tls self-signed       new key and self-signed certificate for myhostname, installed\n"
        "                                    (also: tls generate)\n"
        "  mailroomctl tls request           new key kept on the server; prints the signing request (CSR)\n"
        "                                    to give to a certificate authority\n"
        "  mailroomctl tls install FILE|-    install the certificate chain the authority sent (PEM)\n"
        "  mailroomctl tls letsencrypt       use certbot's certificate for myhostname (renewals apply)\n"
        "                                    (also: tls use-certbot)\n"
        "Keys are made by the helper as root; they never pass through this program."));
    parser.addHelpOption();
    const QCommandLineOption rsa(QStringLiteral("rsa"),
                                 QCoreApplication::translate("mailroomctl", "An RSA 3072 key instead of ECDSA P-256."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("mailroomctl", "Also save the signing request to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QCoreApplication::translate("mailroomctl", "request: print the waiting signing request, make no new one."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(rsa);
    parser.addOption(output);
    parser.addOption(show);
    parser.addOption(json);
    if (const int status = parseArguments(parser, QStringLiteral("tls"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    QString verb = pos.value(0, QStringLiteral("show"));
    // The names issue 13 gave the verbs, accepted as well.
    if (verb == QLatin1String("generate")) {
        verb = QStringLiteral("self-signed");
    } else if (verb == QLatin1String("use-certbot")) {
        verb = QStringLiteral("letsencrypt");
    }
    const QString keyType = parser.isSet(rsa) ? QStringLiteral("rsa-3072") : QStringLiteral("ec-p256");
    auto p = proxy();
    if (verb == QLatin1String("show") && pos.size() <= 1) {
        QDBusPendingReply<Mailroom::TlsCertificateState> reply = p->GetTlsCertificate();
        if (int rc = wait(reply)) {
            return rc;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (parser.isSet(json)) {
            printJson(toJson(reply.value(), now));
        } else {
            print(formatText(reply.value(), now));
        }
        return 0;
    }
    if (verb == QLatin1String("self-signed") && pos.size() == 1) {
        QDBusPendingReply<QString> reply = p->CreateTlsCertificate(keyType, true);
        return printChange(reply,
                           QCoreApplication::translate(
                               "mailroomctl", "Installed a new self-signed certificate; Postfix was reloaded.\n"));
    }
    if (verb == QLatin1String("request") && pos.size() == 1) {
        // The output file first: a request the caller cannot save is not made.
        QFile out;
        if (parser.isSet(output)) {
            out.setFileName(parser.value(output));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                printError(QCoreApplication::translate("mailroomctl", "cannot write %1: %2")
                               .arg(parser.value(output), out.errorString()));
                return 1;
            }
        }
        QString pem;
        if (parser.isSet(show)) {
            QDBusPendingReply<Mailroom::TlsCertificateState> reply = p->GetTlsCertificate();
            if (int rc = wait(reply)) {
                return rc;
            }
            pem = reply.value().requestPem;
            if (pem.isEmpty()) {
                printError(QCoreApplication::translate("mailroomctl", "no signing request is waiting"));
                return 1;
            }
        } else {
            QDBusPendingReply<QString> reply = p->CreateTlsCertificate(keyType, false);
            if (int rc = wait(reply)) {
                return rc;
            }
            pem = reply.value();
        }
        if (out.isOpen() && (out.write(pem.toLatin1()) != pem.size() || !out.flush())) {
            printError(QCoreApplication::translate("mailroomctl", "cannot write %1: %2")
                           .arg(parser.value(output), out.errorString()));
            return 1;
        }
        print(pem);
        return 0;
    }
    if (verb == QLatin1String("install") && pos.size() == 2) {
        QFile f;
        const bool fromStdin = pos.at(1) == QLatin1String("-");
        const bool opened
            = fromStdin ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(pos.at(1)), f.open(QIODevice::ReadOnly));
        if (!opened) {
            printError(
                QCoreApplication::translate("mailroomctl", "cannot read %1: %2").arg(pos.at(1), f.errorString()));
            return 1;
        }
        const QByteArray text = f.read(64 * 1024 + 1);
        QDBusPendingReply<QString> reply = p->InstallTlsCertificate(QString::fromLatin1(text));
        return printChange(
            reply, QCoreApplication::translate("mailroomctl", "Installed the certificate; Postfix was reloaded.\n"));
    }
    if (verb == QLatin1String("letsencrypt") && pos.size() == 1) {
        QDBusPendingReply<QString> reply = p->UseLetsEncryptCertificate();
        return printChange(
            reply,
            QCoreApplication::translate("mailroomctl", "Postfix now uses certbot's certificate; it was reloaded.\n"));
    }
    return usage(QCoreApplication::translate(
        "mailroomctl", "usage: mailroomctl tls [show|self-signed|request|install FILE|letsencrypt]"));
}

const CommandRegistration registration {
    {QStringLiteral("tls"),
     QT_TRANSLATE_NOOP("mailroomctl", "Show, make, request or install the server's TLS certificate"), run}};
} // namespace

} // namespace TlsCommand
