// SPDX-License-Identifier: GPL-2.0-or-later
#include "relaytestcommand.h"

#include "clisupport.h"
#include "postfix/relayconfig.h"
#include "smtp/smtplogincheck.h"

#include <QAbstractSocket>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <unistd.h>
#include <utility>

using Mailroom::SmtpLoginCheck;
using Mailroom::SmtpLoginResult;

namespace RelayTestCommand {

namespace {

int usage(const QString &text)
{
    CliSupport::printError(text);
    return Usage;
}

// "smtp.example.com", "smtp.example.com:587", "[smtp.example.com]:587", "[2001:db8::1]:465" or
// a bare IPv6 address. port stays 0 when the argument names none.
bool isSha256(const QString &fingerprint)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f]{64}")));
    QString s = fingerprint;
    s.remove(u':');
    s.remove(u' ');
    return hex.match(s).hasMatch();
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool trustedByFingerprint(const Mailroom::CertificateSummary &c, const QString &trustedFingerprint)
{
    return !c.isNull && !c.isTrusted() && Mailroom::CertificateSummary::sameFingerprint(c.sha256, trustedFingerprint);
}

// SmtpLoginCheck says QUIT and closes the connection after reporting; let that go out
// before the process ends (it gives up on its own after 2 s).
void letConnectionClose(const SmtpLoginCheck &check)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const auto *socket = check.findChild<QAbstractSocket *>();
        if (!socket || socket->state() == QAbstractSocket::UnconnectedState) {
            loop.quit();
        }
    });
    QTimer::singleShot(2500, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
}
} // namespace

int exitCodeFor(SmtpLoginResult::Outcome outcome)
{
    using O = SmtpLoginResult::Outcome;
    switch (outcome) {
    case O::Accepted:
        return Accepted;
    case O::Rejected:
        return Rejected;
    case O::CertificateUntrusted:
        return CertificateUntrusted;
    case O::NoStartTls:
    case O::NoAuthMechanism:
    case O::TlsFailed:
    case O::ServerError:
    case O::CannotResolve:
    case O::ConnectionRefused:
    case O::ConnectionFailed:
    case O::Timeout:
    case O::ProtocolError:
    case O::Cancelled:
        break;
    }
    return ConnectionFailed;
}

QString formatText(const SmtpLoginResult &result, const QString &host, const QString &trustedFingerprint)
{
    QString out;
    const auto &c = result.certificate;
    if (!c.isNull) {
        out += QCoreApplication::translate("mailroomctl", "Server certificate\n");
        out += QCoreApplication::translate("mailroomctl", "  Issued to: %1\n").arg(c.subject);
        out += QCoreApplication::translate("mailroomctl", "  Issued by: %1\n").arg(c.issuer);
        out += QCoreApplication::translate("mailroomctl", "  Also valid for: %1\n")
                   .arg(c.alternativeNames.isEmpty() ? QCoreApplication::translate("mailroomctl", "(no other names)")
                                                     : c.alternativeNames.join(QStringLiteral(", ")));
        out += QCoreApplication::translate("mailroomctl", "  Valid from %1 to %2\n")
                   .arg(utc(c.notBefore), utc(c.notAfter));
        out += QCoreApplication::translate("mailroomctl", "  SHA-256 fingerprint: %1\n").arg(c.sha256);
        out += QCoreApplication::translate("mailroomctl", "  Encryption: %1, %2\n")
                   .arg(result.tlsProtocol, result.cipher);
        out += QStringLiteral("  ")
            + (c.chainTrusted
                   ? QCoreApplication::translate("mailroomctl",
                                                 "✔ Signed by a certificate authority this system trusts.")
                   : (c.selfSigned ? QCoreApplication::translate(
                                         "mailroomctl",
                                         "✘ Self-signed: no certificate authority this system trusts vouches for it.")
                                   : QCoreApplication::translate(
                                         "mailroomctl", "✘ Not signed by a certificate authority this system trusts.")))
            + u'\n';
        out += QStringLiteral("  ")
            + (c.hostMatches
                   ? QCoreApplication::translate("mailroomctl", "✔ Made out for the host name %1.").arg(host)
                   : QCoreApplication::translate("mailroomctl", "✘ Not made out for the host name %1.").arg(host))
            + u'\n';
        if (trustedByFingerprint(c, trustedFingerprint)) {
            out += QStringLiteral("  ")
                + QCoreApplication::translate("mailroomctl",
                                              "✔ You chose to trust this certificate by its fingerprint.")
                + u'\n';
        }
        if (!c.problems.isEmpty()) {
            out += QCoreApplication::translate("mailroomctl", "  Problems: %1\n")
                       .arg(c.problems.join(QStringLiteral("; ")));
        }
        out += u'\n';
    }
    if (!result.transcript.isEmpty()) {
        out += QCoreApplication::translate("mailroomctl", "Conversation (the password is shown as ****)\n");
        for (const QString &line : result.transcript) {
            out += QStringLiteral("  ") + line + u'\n';
        }
        out += u'\n';
    }
    out += result.message() + u'\n';
    if (result.outcome == SmtpLoginResult::Outcome::CertificateUntrusted) {
        out += QCoreApplication::translate("mailroomctl",
                                           "If the fingerprint is the one your provider publishes, test again with\n"
                                           "  --trust-fingerprint %1\n")
                   .arg(c.sha256);
    }
    return out;
}

QJsonObject toJson(const SmtpLoginResult &result, const QString &host, quint16 port, const QString &user,
                   const QString &trustedFingerprint)
{
    const auto &c = result.certificate;
    QJsonValue certificate; // null when there was no TLS session
    if (!c.isNull) {
        certificate
            = QJsonObject {{QStringLiteral("subject"), c.subject},
                           {QStringLiteral("issuer"), c.issuer},
                           {QStringLiteral("alternative_names"), QJsonArray::fromStringList(c.alternativeNames)},
                           {QStringLiteral("not_before"), iso(c.notBefore)},
                           {QStringLiteral("not_after"), iso(c.notAfter)},
                           {QStringLiteral("sha256"), c.sha256},
                           {QStringLiteral("self_signed"), c.selfSigned},
                           {QStringLiteral("chain_trusted"), c.chainTrusted},
                           {QStringLiteral("host_matches"), c.hostMatches},
                           {QStringLiteral("trusted_by_fingerprint"), trustedByFingerprint(c, trustedFingerprint)},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)}};
    }
    QJsonValue reply;
    if (result.serverReply.code != 0) {
        reply = QJsonObject {{QStringLiteral("code"), result.serverReply.code},
                             {QStringLiteral("text"), result.serverReply.toString()}};
    }
    const bool implicitTls = SmtpLoginCheck::effectiveSecurity(port, SmtpLoginCheck::Security::Auto)
        == SmtpLoginCheck::Security::ImplicitTls;
    return QJsonObject {
        {QStringLiteral("result"), result.keyword()},
        {QStringLiteral("exit_code"), exitCodeFor(result.outcome)},
        {QStringLiteral("message"), result.message()},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("security"), implicitTls ? QStringLiteral("implicit-tls") : QStringLiteral("starttls")},
        {QStringLiteral("user"), user},
        {QStringLiteral("stage"), result.stage},
        {QStringLiteral("detail"), result.detail},
        {QStringLiteral("server_reply"), reply},
        {QStringLiteral("mechanism"), result.mechanism},
        {QStringLiteral("offered_mechanisms"), QJsonArray::fromStringList(result.offeredMechanisms)},
        {QStringLiteral("tls_protocol"), result.tlsProtocol},
        {QStringLiteral("cipher"), result.cipher},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(result.transcript)}};
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Test a relay account the way Postfix will use it, changing nothing: connect, encrypt (STARTTLS, or TLS\n"
        "from the start on port 465), show the server's certificate, log in and say QUIT.\n"
        "The password is asked for without echo, or read from standard input with --password-stdin; it is\n"
        "never an argument. It is sent only if the certificate verifies against this system's certificate\n"
        "authorities and is made out for HOST, or if its SHA-256 fingerprint is the one given with\n"
        "--trust-fingerprint.\n\n"
        "Exit status: 0 login accepted, 5 login rejected, 6 certificate not trusted (password not sent),\n"
        "7 no login possible (name, connection, encryption, timeout or protocol), 2 usage error."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mailroomctl", "Show this help."));
    const QCommandLineOption portOpt(
        {QStringLiteral("p"), QStringLiteral("port")},
        QCoreApplication::translate("mailroomctl",
                                    "The relay's port: 587 (STARTTLS, the default) or 465 (TLS from the start)."),
        QStringLiteral("PORT"));
    const QCommandLineOption userOpt(
        {QStringLiteral("u"), QStringLiteral("user")},
        QCoreApplication::translate("mailroomctl", "The user name at the relay, often an e-mail address."),
        QStringLiteral("USER"));
    const QCommandLineOption stdinOpt(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("mailroomctl", "Read the password from standard input (its first line)."));
    const QCommandLineOption trustOpt(
        QStringLiteral("trust-fingerprint"),
        QCoreApplication::translate("mailroomctl",
                                    "Send the password to a certificate that does not verify, if its SHA-256 "
                                    "fingerprint is this one (colons optional)."),
        QStringLiteral("SHA256"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"),
        QCoreApplication::translate("mailroomctl", "Give up after this many seconds (1 to 300; default 20)."),
        QStringLiteral("SECONDS"), QStringLiteral("20"));
    const QCommandLineOption json = CliSupport::jsonOption();
    parser.addOptions({help, portOpt, userOpt, stdinOpt, trustOpt, timeoutOpt, json});
    parser.addPositionalArgument(
        QStringLiteral("HOST"), QCoreApplication::translate("mailroomctl", "The relay server, e.g. smtp.example.com."));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("relay test"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        return usage(QCoreApplication::translate(
            "mailroomctl",
            "usage: mailroomctl relay test HOST [--port PORT] --user USER [--password-stdin] "
            "[--trust-fingerprint SHA256] [--timeout SECONDS] [--json]"));
    }

    Mailroom::RelayConfig relay;
    int portInHost = 0;
    if (!CliSupport::splitHostPort(pos.at(0), &relay.host, &portInHost)) {
        return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not HOST or HOST:PORT").arg(pos.at(0)));
    }
    relay.port = portInHost ? portInHost : 587;
    if (parser.isSet(portOpt)) {
        bool ok = false;
        const uint port = parser.value(portOpt).toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not a port number from 1 to 65535")
                             .arg(parser.value(portOpt)));
        }
        if (portInHost && int(port) != portInHost) {
            return usage(
                QCoreApplication::translate("mailroomctl", "two different ports: %1 in HOST and %2 with --port")
                    .arg(portInHost)
                    .arg(port));
        }
        relay.port = int(port);
    }
    relay.user = parser.value(userOpt);
    if (relay.user.isEmpty()) {
        return usage(QCoreApplication::translate("mailroomctl", "--user USER is required"));
    }
    const QString fingerprint = parser.value(trustOpt);
    if (parser.isSet(trustOpt) && !isSha256(fingerprint)) {
        return usage(QCoreApplication::translate(
                         "mailroomctl", "\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed)")
                         .arg(fingerprint));
    }
    bool ok = false;
    const int timeoutSeconds = parser.value(timeoutOpt).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 300) {
        return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not a number of seconds from 1 to 300")
                         .arg(parser.value(timeoutOpt)));
    }
    // The same checks as the Setup page, before asking for the password.
    relay.password = QStringLiteral("x");
    if (const auto v = relay.validate(); !v.valid) {
        return usage(v.message);
    }
    relay.password = CliSupport::readPassword(parser.isSet(stdinOpt));
    if (const auto v = relay.validate(); !v.valid) {
        relay.password.fill(u'\0');
        return usage(v.message);
    }

    SmtpLoginCheck::Options options;
    options.host = relay.host;
    options.port = quint16(relay.port);
    options.user = relay.user;
    // Moved, then dropped here after start(): the check then holds the only copy, which it
    // overwrites when it finishes.
    options.password = std::move(relay.password);
    options.trustedFingerprint = fingerprint;
    options.timeoutMs = timeoutSeconds * 1000;

    SmtpLoginCheck check;
    SmtpLoginResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&check, &SmtpLoginCheck::finished, &loop, [&](const SmtpLoginResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    const bool showProgress = !parser.isSet(json) && isatty(STDERR_FILENO);
    if (showProgress) {
        QObject::connect(&check, &SmtpLoginCheck::progress, &check,
                         [](const QString &step) { std::fprintf(stderr, "%s\n", step.toLocal8Bit().constData()); });
    }
    check.start(options);
    options.password.clear();
    if (!done) {
        loop.exec();
    }
    letConnectionClose(check);

    if (parser.isSet(json)) {
        CliSupport::printJson(toJson(result, options.host, options.port, options.user, fingerprint));
    } else {
        CliSupport::print(formatText(result, options.host, fingerprint));
    }
    return exitCodeFor(result.outcome);
}

} // namespace RelayTestCommand
