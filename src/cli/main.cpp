// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl — Mailroom on the command line: the same helper API as the GUI, and
// offline tools for mailbox and log files.
#include "clisupport.h"
#include "command.h"
#include "hosts/helperconnection.h"
#include "translations.h"
#include "ttyauthagent.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {
void printUsage(FILE *to)
{
    QString text = QCoreApplication::translate(
        "mailroomctl",
        "Usage: mailroomctl [-H [USER@]HOST[:PORT]] COMMAND [OPTIONS…]\n\n"
        "Set up and run a Postfix mail server.\n\n"
        "  -H, --host [USER@]HOST[:PORT]  the helper on another host, over SSH (its system bus through\n"
        "                                 systemd-stdio-bridge, as systemctl -H does)\n\n"
        "Commands:\n");
    auto commands = CommandRegistry::commands();
    std::sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(c.name.leftJustified(10), QCoreApplication::translate("mailroomctl", c.summary));
    }
    text += QCoreApplication::translate("mailroomctl", "\n'mailroomctl COMMAND --help' describes a command.\n");
    std::fputs(text.toLocal8Bit().constData(), to);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailroomctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    Mailroom::installTranslations(&app);

    QStringList args = QCoreApplication::arguments().mid(1);
    // -H HOST, --host HOST, --host=HOST, -HHOST: before the command, as in systemctl.
    QString hostText;
    bool hostGiven = false;
    if (!args.isEmpty()) {
        const QString &first = args.constFirst();
        if (first == QLatin1String("-H") || first == QLatin1String("--host")) {
            if (args.size() < 2) {
                return CliSupport::usage(
                    QCoreApplication::translate("mailroomctl", "%1 needs a host: [USER@]HOST[:PORT]").arg(first));
            }
            hostText = args.at(1);
            hostGiven = true;
            args = args.mid(2);
        } else if (first.startsWith(QLatin1String("--host="))) {
            hostText = first.mid(7);
            hostGiven = true;
            args.removeFirst();
        } else if (first.startsWith(QLatin1String("-H")) && first.size() > 2) {
            hostText = first.mid(2);
            hostGiven = true;
            args.removeFirst();
        }
    }
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(name.isEmpty() ? stderr : stdout);
        return name.isEmpty() ? 2 : 0;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        std::printf("mailroomctl %s\n", MAILROOM_VERSION);
        return 0;
    }
    const Command *command = CommandRegistry::find(name);
    if (!command) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("mailroomctl", "mailroomctl: unknown command \"%1\" (try --help)")
                           .arg(name)));
        return 2;
    }
    Mailroom::HelperConnection remote;
    if (hostGiven) {
        QString error;
        const Mailroom::HostAddress host = Mailroom::HostAddress::parse(hostText, &error);
        if (!host.isValid()) {
            return CliSupport::usage(error);
        }
        if (!command->remote) {
            return CliSupport::usage(
                QCoreApplication::translate("mailroomctl",
                                            "\"%1\" works on this machine's files; it does not work with -H.")
                    .arg(name));
        }
        if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
            return command->run(args); // help needs no connection
        }
        Mailroom::HelperConnection::Options options;
        // On a terminal ssh may ask (a password, a new host key); otherwise keys and agent only.
        options.interactive = isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
        remote = Mailroom::HelperConnection::open(host, options, &error);
        if (!remote.isConnected()) {
            CliSupport::printError(error);
            return 3;
        }
        CliSupport::setBus(remote.bus(), host.host);
    }
    // On a terminal (a console login has no desktop agent), polkit may ask for the administrator's
    // password here; only for this host's helper: another host's polkit cannot reach this terminal.
    TtyAuthAgent agent;
    const bool help = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    if (!hostGiven && command->remote && !help && TtyAuthAgent::wanted()) {
        agent.start();
    }
    const int status = command->run(args);
    if (remote.isRemote() && !remote.isConnected()) {
        // The connection ended during the command: say why (ssh's own words) after its error.
        CliSupport::printError(remote.failure());
    }
    return status;
}
