// SPDX-License-Identifier: GPL-2.0-or-later
#include "statuscommand.h"

#include "clisupport.h"
#include "command.h"
#include "helperclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace StatusCommand {

QByteArray formatText(const Mailroom::ServiceStateList &states)
{
    QString out;
    QTextStream ts(&out);
    const QString h1 = QCoreApplication::translate("mailroomctl", "SERVICE");
    const QString h2 = QCoreApplication::translate("mailroomctl", "INSTALLED");
    const QString h3 = QCoreApplication::translate("mailroomctl", "ACTIVE");
    const QString h4 = QCoreApplication::translate("mailroomctl", "AT BOOT");
    ts << qSetFieldWidth(12) << Qt::left << h1 << h2 << qSetFieldWidth(20) << h3 << qSetFieldWidth(0) << h4 << '\n';
    for (const auto &s : states) {
        const QString installed = s.installed ? QCoreApplication::translate("mailroomctl", "yes")
                                              : QCoreApplication::translate("mailroomctl", "no");
        const QString active
            = s.installed ? QStringLiteral("%1 (%2)").arg(s.activeState, s.subState) : QStringLiteral("-");
        const QString boot = s.installed ? s.unitFileState : QStringLiteral("-");
        ts << qSetFieldWidth(12) << Qt::left << s.displayName() << installed << qSetFieldWidth(20) << active
           << qSetFieldWidth(0) << boot << '\n';
    }
    ts.flush();
    return out.toUtf8();
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

int run(bool json)
{
    Mailroom::HelperClient client;
    Mailroom::HelperError error;
    const auto states = client.serviceStates(&error);
    if (error.isError()) {
        std::fprintf(stderr, "mailroomctl: %s\n", qPrintable(error.userMessage()));
        return error.kind == Mailroom::HelperError::Kind::AccessDenied ? 4 : 1;
    }
    const QByteArray out = json ? formatJson(states) : formatText(states);
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
