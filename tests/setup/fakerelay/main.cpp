// SPDX-License-Identifier: GPL-2.0-or-later
// fakerelay: a provider's submission server in miniature, on loopback, for the relay tests.
// STARTTLS (or implicit TLS) with a self-signed certificate made by QCA at start-up; AUTH
// PLAIN/LOGIN/CRAM-MD5 offered only under TLS for one user; messages accepted only after
// AUTH and written to --spool. Prints "ready PORT SHA256-FINGERPRINT" on stdout once
// listening, and runs until killed. Test use only.
#include "relaycertificate.h"
#include "relayserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QtCrypto>

#include <cstdio>

int main(int argc, char **argv)
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any)"),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("the account's user name"),
                                        QStringLiteral("user"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"), QStringLiteral("file holding the account's password"), QStringLiteral("file"));
    const QCommandLineOption mechanismsOption(QStringLiteral("mechanisms"), QStringLiteral("SASL mechanisms offered"),
                                              QStringLiteral("list"), QStringLiteral("PLAIN LOGIN CRAM-MD5"));
    const QCommandLineOption noStartTlsOption(QStringLiteral("no-starttls"), QStringLiteral("do not offer STARTTLS"));
    const QCommandLineOption implicitOption(QStringLiteral("implicit-tls"),
                                            QStringLiteral("TLS from the start (port 465 style)"));
    const QCommandLineOption spoolOption(QStringLiteral("spool"), QStringLiteral("directory for received messages"),
                                         QStringLiteral("dir"));
    const QCommandLineOption certOption(QStringLiteral("cert-out"), QStringLiteral("write the certificate (PEM) here"),
                                        QStringLiteral("file"));
    parser.addOptions({portOption, userOption, passwordFileOption, mechanismsOption, noStartTlsOption, implicitOption,
                       spoolOption, certOption});
    parser.process(app);

    RelaySettings settings;
    settings.user = parser.value(userOption);
    // The password comes from a file, not the command line, where ps would show it.
    QFile pw(parser.value(passwordFileOption));
    if (settings.user.isEmpty() || !pw.open(QIODevice::ReadOnly) || !parser.isSet(spoolOption)) {
        std::fprintf(stderr, "fakerelay: --user, --password-file and --spool are required\n");
        return 2;
    }
    settings.password = QString::fromUtf8(pw.readAll()).trimmed();
    settings.mechanisms = parser.value(mechanismsOption).toUpper().split(u' ', Qt::SkipEmptyParts);
    settings.offerStartTls = !parser.isSet(noStartTlsOption);
    settings.implicitTls = parser.isSet(implicitOption);
    settings.spoolDir = parser.value(spoolOption);
    QDir().mkpath(settings.spoolDir);

    const RelayCertificate cert = RelayCertificate::generate();
    if (!cert.error.isEmpty()) {
        std::fprintf(stderr, "fakerelay: %s\n", qPrintable(cert.error));
        return 1;
    }
    settings.certificate = cert.certificate;
    settings.key = cert.key;
    if (parser.isSet(certOption)) {
        QFile out(parser.value(certOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(cert.certificate.toPem()) < 0) {
            std::fprintf(stderr, "fakerelay: cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }

    RelayServer server(settings);
    if (!server.listen(QHostAddress::LocalHost, parser.value(portOption).toUShort())) {
        std::fprintf(stderr, "fakerelay: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QByteArray fingerprint = cert.certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    std::printf("ready %u %s\n", unsigned(server.serverPort()), fingerprint.constData());
    std::fflush(stdout);
    return app.exec();
}
