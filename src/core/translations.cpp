// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Mailroom
{

void installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    // Compiled-in catalogs first (":/i18n"), then the installed directory, so a
    // build tree works without installing.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(locale, QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(MAILROOM_TRANSLATIONS_DIR))) {
        QCoreApplication::installTranslator(own);
        // LANGUAGE=zh_CN with LANG=C.UTF-8 (a common setup on servers and in containers): the texts
        // follow LANGUAGE, so dates and numbers should too rather than stay in the C locale.
        QString formats = qEnvironmentVariable("LC_ALL");
        if (formats.isEmpty()) {
            formats = qEnvironmentVariable("LC_TIME", qEnvironmentVariable("LANG"));
        }
        const bool cLocale = formats.isEmpty() || formats == QLatin1String("C") || formats.startsWith(QLatin1String("C."))
            || formats == QLatin1String("POSIX");
        if (cLocale && !locale.uiLanguages().isEmpty()) {
            const QLocale ui(locale.uiLanguages().constFirst());
            if (ui.language() != QLocale::C) {
                QLocale::setDefault(ui);
            }
        }
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace Mailroom
