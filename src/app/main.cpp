// SPDX-License-Identifier: GPL-2.0-or-later
// mailroom — set up and run a Postfix mail server from the desktop.
#include "askpassdialog.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailroom"));
    QApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("mailroom.github.io"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mailroom.Mailroom"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.mailroom.Mailroom"),
                                                 QIcon(QStringLiteral(":/icons/io.github.mailroom.Mailroom.svg"))));
    Mailroom::installTranslations(&app);

    // ssh asking, for a connection to another host, through this program (SSH_ASKPASS).
    if (qEnvironmentVariableIsSet("MAILROOM_ASKPASS") && argc == 2) {
        return AskPassDialog::run(QString::fromLocal8Bit(argv[1]));
    }
    AskPassDialog::setProgram(QCoreApplication::applicationFilePath());

    MainWindow window;
    window.show();
    return app.exec();
}
