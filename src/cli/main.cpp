// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl — Mailroom on the command line: the same helper API as the GUI.
#include "statuscommand.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailroomctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    Mailroom::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("mailroomctl",
                                                                 "Set up and run a Postfix mail server.\n\n"
                                                                 "Commands:\n"
                                                                 "  status    Show which mail services are installed, "
                                                                 "running and started at boot"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("mailroomctl", "Print machine-readable JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("mailroomctl", "The command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("status"));
    if (command == QLatin1String("status")) {
        return StatusCommand::run(parser.isSet(jsonOption));
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("mailroomctl", "mailroomctl: unknown command \"%1\" (try --help)")
                                .arg(command)));
    return 2;
}
