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
