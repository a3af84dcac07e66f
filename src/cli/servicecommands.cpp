// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl info | service | firewall | package — twins of the helper's methods.
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "mail/mailspool.h"
#include "setup/packageoperation.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

using namespace CliSupport;

namespace {
// --- info ---------------------------------------------------------------
int infoCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Show facts about this mail host: distribution, Postfix version, which MTA "
                                    "provides the sendmail command, and the mail ports that are listening."));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int status = parseArguments(parser, QStringLiteral("info"), args); status >= 0) {
        return status;
    }

    auto p = proxy();
    QDBusPendingReply<Mailroom::SystemInfo> info = p->GetSystemInfo();
    if (int rc = wait(info)) {
        return rc;
    }
    QDBusPendingReply<Mailroom::PortStateList> ports = p->GetPorts();
    if (int rc = wait(ports)) {
        return rc;
    }
    const auto i = info.value();
    const auto spool = Mailroom::MailSpool::spoolDirectory();
    if (parser.isSet(json)) {
        QJsonArray portArray;
        for (const auto &port : ports.value()) {
            portArray.append(QJsonObject {{QStringLiteral("port"), int(port.port)},
                                          {QStringLiteral("purpose"), port.purpose},
                                          {QStringLiteral("listening"), port.listening}});
        }
        const QJsonObject o {{QStringLiteral("distro_family"), i.distroFamily},
                             {QStringLiteral("pretty_name"), i.prettyName},
                             {QStringLiteral("host_name"), i.hostName},
                             {QStringLiteral("postfix_version"), i.postfixVersion},
                             {QStringLiteral("sendmail_provider"), i.sendmailProvider},
                             {QStringLiteral("ports"), portArray},
                             {QStringLiteral("mail_spool"),
                              QJsonObject {{QStringLiteral("path"), spool.path},
                                           {QStringLiteral("mode"), QString::number(spool.mode, 8)},
                                           {QStringLiteral("world_writable"), spool.worldWritable()}}}};
        printJson(o);
        return 0;
    }
    QString out;
    out += QCoreApplication::translate("mailroomctl", "Distribution:      %1 (%2 family)\n")
               .arg(i.prettyName, i.distroFamily);
    out += QCoreApplication::translate("mailroomctl", "Host name:         %1\n").arg(i.hostName);
    out += QCoreApplication::translate("mailroomctl", "Postfix version:   %1\n")
               .arg(i.postfixVersion.isEmpty() ? QCoreApplication::translate("mailroomctl", "not installed")
                                               : i.postfixVersion);
    out += QCoreApplication::translate("mailroomctl", "sendmail command:  %1\n")
               .arg(i.sendmailProvider.isEmpty() ? QCoreApplication::translate("mailroomctl", "none")
                                                 : i.sendmailProvider);
    if (!spool.path.isEmpty()) {
        out += QCoreApplication::translate("mailroomctl", "Mail spool:        %1 (mode %2)\n")
                   .arg(spool.path, QString::number(spool.mode, 8));
        if (spool.worldWritable()) {
            out += QCoreApplication::translate(
                       "mailroomctl",
                       "                   writable by every user (as sendmail leaves it); as root: chmod 2775 %1\n")
                       .arg(spool.path);
        }
    }
    for (const auto &port : ports.value()) {
        out += QCoreApplication::translate("mailroomctl", "Port %1 (%2):%3%4\n")
                   .arg(
                       QString::number(port.port), port.purpose,
                       QString(qMax(1, 14 - port.purpose.size() - QString::number(port.port).size()), QLatin1Char(' ')),
                       port.listening ? QCoreApplication::translate("mailroomctl", "listening")
                                      : QCoreApplication::translate("mailroomctl", "closed"));
    }
    print(out);
    return 0;
}

// --- service ------------------------------------------------------------
int serviceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Start, stop, restart, reload, enable or disable a mail service.\n"
                                    "Services: postfix, sendmail, exim4, dovecot."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("mailroomctl", "start, stop, restart, reload, enable or disable"));
    parser.addPositionalArgument(QStringLiteral("service"),
                                 QCoreApplication::translate("mailroomctl", "The service, e.g. postfix"));
    if (const int status = parseArguments(parser, QStringLiteral("service"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl service ACTION SERVICE"));
    }
    const QString action = pos.at(0);
    const QString unit = pos.at(1);
    auto p = proxy();
    QDBusPendingReply<> reply;
    if (action == QLatin1String("start")) {
        reply = p->StartService(unit);
    } else if (action == QLatin1String("stop")) {
        reply = p->StopService(unit);
    } else if (action == QLatin1String("restart")) {
        reply = p->RestartService(unit);
    } else if (action == QLatin1String("reload")) {
        reply = p->ReloadService(unit);
    } else if (action == QLatin1String("enable")) {
        reply = p->EnableService(unit);
    } else if (action == QLatin1String("disable")) {
        reply = p->DisableService(unit);
    } else {
        return usage(QCoreApplication::translate(
                         "mailroomctl", "unknown action \"%1\": use start, stop, restart, reload, enable or disable")
                         .arg(action));
    }
    return wait(reply);
}

// --- firewall -----------------------------------------------------------
int firewallCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Show or change which mail services the firewall (firewalld) lets in.\n"
                                    "  mailroomctl firewall                 list smtp, submission, imap, imaps\n"
                                    "  mailroomctl firewall add SERVICE     allow permanently and reload\n"
                                    "  mailroomctl firewall remove SERVICE  disallow permanently and reload"));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("mailroomctl", "list, add or remove"));
    if (const int status = parseArguments(parser, QStringLiteral("firewall"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    auto p = proxy();
    if (pos.isEmpty() || pos.at(0) == QLatin1String("list")) {
        QDBusPendingReply<Mailroom::FirewallServiceStateList> reply = p->GetFirewallServices();
        if (int rc = wait(reply)) {
            return rc;
        }
        if (parser.isSet(json)) {
            QJsonArray a;
            for (const auto &s : reply.value()) {
                a.append(QJsonObject {{QStringLiteral("service"), s.service},
                                      {QStringLiteral("permanent"), s.permanent},
                                      {QStringLiteral("runtime"), s.runtime}});
            }
            printJson(a);
            return 0;
        }
        QList<QStringList> rows;
        for (const auto &s : reply.value()) {
            rows.append({s.service,
                         s.permanent ? QCoreApplication::translate("mailroomctl", "permanent: yes")
                                     : QCoreApplication::translate("mailroomctl", "permanent: no"),
                         s.runtime ? QCoreApplication::translate("mailroomctl", "active: yes")
                                   : QCoreApplication::translate("mailroomctl", "active: no")});
        }
        print(TerminalTable::format(rows));
        return 0;
    }
    if (pos.size() != 2 || (pos.at(0) != QLatin1String("add") && pos.at(0) != QLatin1String("remove"))) {
        return usage(QCoreApplication::translate("mailroomctl",
                                                 "usage: mailroomctl firewall [list | add SERVICE | remove SERVICE]"));
    }
    QDBusPendingReply<> reply = p->SetFirewallService(pos.at(1), pos.at(0) == QLatin1String("add"));
    return wait(reply);
}

// --- package ------------------------------------------------------------
// Prints how the operation ended and returns mailroomctl's exit status for it.
int packageExitStatus(const Mailroom::PackageOperation &operation, bool ok, bool cancelled, const QString &message)
{
    if (operation.helperError().isError()) {
        printError(message);
        return exitCodeFor(operation.helperError());
    }
    if (cancelled) {
        printError(QCoreApplication::translate("mailroomctl", "cancelled"));
        return 5;
    }
    if (!ok) {
        printError(QCoreApplication::translate("mailroomctl", "the package operation failed: %1").arg(message));
        return 1;
    }
    print(message.isEmpty() ? QCoreApplication::translate("mailroomctl", "done\n")
                            : QCoreApplication::translate("mailroomctl", "done (%1)\n").arg(message));
    return 0;
}

int packageCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Show, install or remove mail packages through PackageKit.\n"
                                    "Packages: postfix, sendmail, mailx, sasl-modules, ca-certificates.\n"
                                    "  mailroomctl package                  list\n"
                                    "  mailroomctl package install NAME     install, showing progress\n"
                                    "  mailroomctl package remove NAME      remove, showing progress\n"
                                    "Ctrl+C cancels a running installation."));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("mailroomctl", "list, install or remove"));
    if (const int status = parseArguments(parser, QStringLiteral("package"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    auto p = proxy();
    if (pos.isEmpty() || pos.at(0) == QLatin1String("list")) {
        QDBusPendingReply<Mailroom::PackageStateList> reply = p->GetPackages();
        if (int rc = wait(reply)) {
            return rc;
        }
        if (parser.isSet(json)) {
            QJsonArray a;
            for (const auto &s : reply.value()) {
                a.append(QJsonObject {{QStringLiteral("name"), s.name},
                                      {QStringLiteral("installed"), s.installed},
                                      {QStringLiteral("version"), s.version}});
            }
            printJson(a);
            return 0;
        }
        QList<QStringList> rows;
        for (const auto &s : reply.value()) {
            rows.append({s.name,
                         s.installed ? QCoreApplication::translate("mailroomctl", "installed")
                                     : QCoreApplication::translate("mailroomctl", "not installed"),
                         s.version});
        }
        print(TerminalTable::format(rows));
        return 0;
    }
    if (pos.size() != 2 || (pos.at(0) != QLatin1String("install") && pos.at(0) != QLatin1String("remove"))) {
        return usage(QCoreApplication::translate("mailroomctl",
                                                 "usage: mailroomctl package [list | install NAME | remove NAME]"));
    }
    const bool install = pos.at(0) == QLatin1String("install");

    // The same follow-up as the Setup assistant's: an end announced before the operation id
    // arrives is kept, not lost.
    QEventLoop loop;
    Mailroom::PackageOperation operation(
        p.get(), install ? Mailroom::PackageOperation::Kind::Install : Mailroom::PackageOperation::Kind::Remove,
        pos.at(1));
    int rc = 0;
    QString lastLine;
    QObject::connect(&operation, &Mailroom::PackageOperation::progress, &loop, [&](int percent, const QString &text) {
        const QString line = QCoreApplication::translate("mailroomctl", "[%1%] %2\n").arg(percent, 3).arg(text);
        if (line != lastLine) {
            print(line);
            lastLine = line;
        }
    });
    QObject::connect(&operation, &Mailroom::PackageOperation::finished, &loop,
                     [&](bool ok, bool cancelled, const QString &message) {
                         rc = packageExitStatus(operation, ok, cancelled, message);
                         loop.quit();
                     });

    // Ctrl+C asks the helper to cancel instead of leaving PackageKit running.
    static int pipeFds[2] = {-1, -1};
    if (pipe(pipeFds) == 0) {
        std::signal(SIGINT, [](int) {
            const char c = 1;
            [[maybe_unused]] auto n = write(pipeFds[1], &c, 1);
        });
        auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &loop);
        QObject::connect(notifier, &QSocketNotifier::activated, &loop, [&] {
            char c;
            [[maybe_unused]] auto n = read(pipeFds[0], &c, 1);
            print(QCoreApplication::translate("mailroomctl", "cancelling…\n"));
            operation.cancel();
        });
    }
    operation.start();
    loop.exec();
    return rc;
}

const CommandRegistration infoReg {
    {QStringLiteral("info"), QT_TRANSLATE_NOOP("mailroomctl", "Show distribution, Postfix version and mail ports"),
     infoCommand}};
const CommandRegistration serviceReg {
    {QStringLiteral("service"), QT_TRANSLATE_NOOP("mailroomctl", "Start, stop, enable or disable a mail service"),
     serviceCommand}};
const CommandRegistration firewallReg {{QStringLiteral("firewall"),
                                        QT_TRANSLATE_NOOP("mailroomctl", "Show or open the firewall for mail"),
                                        firewallCommand}};
const CommandRegistration packageReg {{QStringLiteral("package"),
                                       QT_TRANSLATE_NOOP("mailroomctl", "List, install or remove mail packages"),
                                       packageCommand}};
} // namespace
