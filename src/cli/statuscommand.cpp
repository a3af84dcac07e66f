// SPDX-License-Identifier: GPL-2.0-or-later
#include "statuscommand.h"

#include "clisupport.h"
#include "command.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"
#include "terminaltable.h"
#include "tlscommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace StatusCommand {

QByteArray formatText(const Mailroom::ServiceStateList &states)
{
    QList<QStringList> rows {
        {QCoreApplication::translate("mailroomctl", "SERVICE"), QCoreApplication::translate("mailroomctl", "INSTALLED"),
         QCoreApplication::translate("mailroomctl", "ACTIVE"), QCoreApplication::translate("mailroomctl", "AT BOOT")}};
    for (const auto &s : states) {
        const QString installed = s.installed ? QCoreApplication::translate("mailroomctl", "yes")
                                              : QCoreApplication::translate("mailroomctl", "no");
        const QString active
            = s.installed ? QStringLiteral("%1 (%2)").arg(s.activeState, s.subState) : QStringLiteral("-");
        const QString boot = s.installed ? s.unitFileState : QStringLiteral("-");
        rows.append({s.displayName(), installed, active, boot});
    }
    return TerminalTable::format(rows).toUtf8();
}

QByteArray formatJson(const Mailroom::ServiceStateList &states)
{
    QJsonArray arr;
    for (const auto &s : states) {
        arr.append(QJsonObject {
            {QStringLiteral("unit"), s.unit},
            {QStringLiteral("installed"), s.installed},
            {QStringLiteral("active_state"), s.activeState},
            {QStringLiteral("sub_state"), s.subState},
            {QStringLiteral("unit_file_state"), s.unitFileState},
        });
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("services"), arr}}).toJson(QJsonDocument::Indented);
}

QString certificateWarning(const Mailroom::TlsCertificateState &tls, const QDateTime &now)
{
    const auto c = Mailroom::CertificateSummary::fromPem(tls.chainPem.toLatin1(), tls.hostName);
    if (c.isNull) {
        return QCoreApplication::translate("mailroomctl",
                                           "\nnote: Postfix offers no TLS certificate; mail arrives unencrypted "
                                           "(mailroomctl tls self-signed makes one).\n");
    }
    const auto expiry = Mailroom::CertificateExpiry::at(c.notBefore, c.notAfter, now);
    if (!expiry.needsAttention()) {
        return {};
    }
    return QCoreApplication::translate("mailroomctl", "\nwarning: %1\n").arg(expiry.message(tls.hostName, tls.source));
}

int run(bool json)
{
    Mailroom::HelperClient client(CliSupport::bus());
    Mailroom::HelperError error;
    const auto states = client.serviceStates(&error);
    if (error.isError()) {
        std::fprintf(stderr, "mailroomctl: %s\n", qPrintable(error.userMessage()));
        return error.kind == Mailroom::HelperError::Kind::AccessDenied ? 4 : 1;
    }
    QByteArray out = json ? formatJson(states) : formatText(states);
    // The certificate Postfix offers, when Postfix is there: a warning 30 days before it expires.
    const bool postfix = std::any_of(states.cbegin(), states.cend(), [](const Mailroom::ServiceState &s) {
        return s.unit == QLatin1String("postfix.service") && s.installed;
    });
    if (postfix) {
        QDBusPendingReply<Mailroom::TlsCertificateState> reply = client.proxy()->GetTlsCertificate();
        reply.waitForFinished();
        if (!reply.isError()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (json) {
                QJsonObject o = QJsonDocument::fromJson(out).object();
                o.insert(QStringLiteral("tls"), TlsCommand::toJson(reply.value(), now));
                out = QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                out += certificateWarning(reply.value(), now).toUtf8();
            }
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

namespace {
int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl", "Show which mail services are installed, running and started at boot."));
    parser.addHelpOption();
    const QCommandLineOption json = CliSupport::jsonOption();
    parser.addOption(json);
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("status"), args); status >= 0) {
        return status;
    }
    return run(parser.isSet(json));
}

const CommandRegistration registration {
    {QStringLiteral("status"), QT_TRANSLATE_NOOP("mailroomctl", "Show the state of the mail services"), runCommand}};
} // namespace

} // namespace StatusCommand
