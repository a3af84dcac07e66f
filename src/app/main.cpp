// SPDX-License-Identifier: GPL-2.0-or-later
// mailroom — set up and run a Postfix mail server from the desktop.
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

    MainWindow window;
    window.show();
    return app.exec();
}
