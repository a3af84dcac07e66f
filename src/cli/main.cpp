// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl — Mailroom on the command line: the same helper API as the GUI, and
// offline tools for mailbox and log files.
#include "command.h"
#include "translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace {
void printUsage(FILE *to)
{
    QString text = QCoreApplication::translate("mailroomctl",
                                               "Usage: mailroomctl COMMAND [OPTIONS…]\n\n"
                                               "Set up and run a Postfix mail server.\n\n"
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
    return command->run(args);
}
