// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl clients — what users type into Thunderbird, KMail or a phone: server, ports,
// security, user name; the Thunderbird autoconfig file to publish; the text to mail to users.
// Made from GetConfig, GetPorts and GetTlsCertificate (no method of its own).
#include "clientscommand.h"
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

using namespace CliSupport;
using Mailroom::ClientSettings;

namespace ClientsCommand {

namespace {
QString certificateStateName(ClientSettings::CertificateState state)
{
    switch (state) {
    case ClientSettings::CertificateState::Trusted:
        return QStringLiteral("trusted");
    case ClientSettings::CertificateState::None:
        return QStringLiteral("none");
    case ClientSettings::CertificateState::SelfSigned:
        return QStringLiteral("self-signed");
    case ClientSettings::CertificateState::Untrusted:
        return QStringLiteral("untrusted");
    case ClientSettings::CertificateState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QJsonArray servers(const QList<ClientSettings::Server> &list)
{
    QJsonArray out;
    for (const ClientSettings::Server &s : list) {
        out.append(QJsonObject {
            {QStringLiteral("protocol"),
             s.protocol == ClientSettings::Protocol::Imap ? QStringLiteral("imap") : QStringLiteral("smtp")},
            {QStringLiteral("port"), int(s.port)},
            {QStringLiteral("security"),
             s.security == ClientSettings::Security::SslTls ? QStringLiteral("ssl") : QStringLiteral("starttls")},
        });
    }
    return out;
}
} // namespace

QString formatText(const ClientSettings &s)
{
    QString out;
    QTextStream ts(&out);
    const auto line = [&ts](const QString &label, const QString &value) {
        ts << "  " << TerminalTable::padded(label, 18) << value << '\n';
    };
    ts << QCoreApplication::translate("mailroomctl", "Mail client settings for addresses @%1\n")
              .arg(s.domains.join(QStringLiteral(", @")));
    for (const ClientSettings::Row &r : s.rows()) {
        ts << '\n' << QStringLiteral("%1 (%2)").arg(r.direction, r.protocol) << '\n';
        line(QCoreApplication::translate("mailroomctl", "Server:"), r.server);
        line(QCoreApplication::translate("mailroomctl", "Port:"), r.port);
        line(QCoreApplication::translate("mailroomctl", "Security:"), r.security);
        line(QCoreApplication::translate("mailroomctl", "User name:"), r.userName);
        line(QCoreApplication::translate("mailroomctl", "Authentication:"), r.authentication);
    }
    const QStringList warnings = s.warnings();
    if (!warnings.isEmpty()) {
        ts << '\n';
    }
    for (const QString &w : warnings) {
        ts << QCoreApplication::translate("mailroomctl", "warning: %1\n").arg(w);
    }
    if (s.canConnect()) {
        ts << '\n'
           << QCoreApplication::translate("mailroomctl",
                                          "Thunderbird finds these settings from a user's address when you publish "
                                          "the file from “mailroomctl clients --autoconfig” at\n  %1\nor\n  %2\n")
                  .arg(s.autoconfigUrls().value(0), s.autoconfigUrls().value(1));
        ts << QCoreApplication::translate("mailroomctl", "Text to mail to users: mailroomctl clients --text\n");
    }
    ts.flush();
    return out;
}

QJsonObject toJson(const ClientSettings &s)
{
    QJsonArray warnings;
    for (const QString &w : s.warnings()) {
        warnings.append(w);
    }
    return QJsonObject {
        {QStringLiteral("host_name"), s.hostName},
        {QStringLiteral("domains"), QJsonArray::fromStringList(s.domains)},
        {QStringLiteral("user_name"), QStringLiteral("local part")},
        {QStringLiteral("authentication"), QStringLiteral("password")},
        {QStringLiteral("incoming"), servers(s.incoming)},
        {QStringLiteral("outgoing"), servers(s.outgoing)},
        {QStringLiteral("can_connect"), s.canConnect()},
        {QStringLiteral("certificate"), certificateStateName(s.certificateState)},
        {QStringLiteral("certificate_sha256"), s.certificateSha256},
        {QStringLiteral("autoconfig_urls"), QJsonArray::fromStringList(s.autoconfigUrls())},
        {QStringLiteral("warnings"), warnings},
    };
}

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "What users type into their mail programs: server, ports, security, user name.\n"
        "  mailroomctl clients                  the settings, and what is missing\n"
        "  mailroomctl clients --text           the same as plain text to mail to users\n"
        "  mailroomctl clients --autoconfig     Thunderbird's config-v1.1.xml, to publish at\n"
        "                                       https://autoconfig.DOMAIN/mail/config-v1.1.xml"));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption autoconfig(
        QStringLiteral("autoconfig"),
        QCoreApplication::translate("mailroomctl", "Print Thunderbird's autoconfig file (config-v1.1.xml)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("mailroomctl", "--autoconfig: write it to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QCoreApplication::translate("mailroomctl", "Print the text to mail to users."));
    parser.addOption(json);
    parser.addOption(autoconfig);
    parser.addOption(output);
    parser.addOption(text);
    if (const int status = parseArguments(parser, QStringLiteral("clients"), args); status >= 0) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()
        || int(parser.isSet(json)) + parser.isSet(autoconfig) + parser.isSet(text) > 1
        || (parser.isSet(output) && !parser.isSet(autoconfig))) {
        return usage(QCoreApplication::translate(
            "mailroomctl", "usage: mailroomctl clients [--json | --text | --autoconfig [-o FILE]]"));
    }
    auto p = proxy();
    QDBusPendingReply<Mailroom::ConfigValueList> config = p->GetConfig(ClientSettings::configKeys());
    QDBusPendingReply<Mailroom::PortStateList> ports = p->GetPorts();
    QDBusPendingReply<Mailroom::TlsCertificateState> tls = p->GetTlsCertificate();
    for (QDBusPendingCall *call : {static_cast<QDBusPendingCall *>(&config), static_cast<QDBusPendingCall *>(&ports),
                                   static_cast<QDBusPendingCall *>(&tls)}) {
        if (int rc = wait(*call)) {
            return rc;
        }
    }
    const ClientSettings s
        = ClientSettings::fromHelper(config.value(), ports.value(), tls.value(), QDateTime::currentDateTimeUtc());
    if (parser.isSet(json)) {
        printJson(toJson(s));
        return 0;
    }
    if (parser.isSet(text)) {
        print(s.instructions());
        return 0;
    }
    if (parser.isSet(autoconfig)) {
        if (!s.canConnect()) {
            printError(s.warnings().value(0));
            return 1;
        }
        const QByteArray xml = s.autoconfigXml();
        if (!parser.isSet(output)) {
            print(QString::fromUtf8(xml));
            return 0;
        }
        QSaveFile f(parser.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit()) {
            printError(QCoreApplication::translate("mailroomctl", "cannot write %1: %2")
                           .arg(parser.value(output), f.errorString()));
            return 1;
        }
        print(QCoreApplication::translate("mailroomctl", "Wrote %1; publish it at %2\n")
                  .arg(parser.value(output),
                       s.autoconfigUrls().join(QCoreApplication::translate("mailroomctl", " or "))));
        return 0;
    }
    print(formatText(s));
    return 0;
}

const CommandRegistration registration {
    {QStringLiteral("clients"),
     QT_TRANSLATE_NOOP("mailroomctl", "What users type into their mail programs, and Thunderbird's autoconfig file"),
     run}};
} // namespace

} // namespace ClientsCommand
