// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Mailroom {

namespace {
// Qt's own texts that Qt's Chinese catalog (qtbase_zh_CN) leaves in English although every
// `mailroomctl … --help` shows them: translated in Mailroom's catalog, which Qt consults when its
// own has no translation (translators are searched from the last installed, qtbase's).
[[maybe_unused]] constexpr const char *QtTextsWithoutTranslation[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help, including generic Qt options."),
};
} // namespace

void installTranslations(QCoreApplication *app)
{
    const QLocale locale;
    // Compiled-in catalogs first (":/i18n"), then the installed directory, so a
    // build tree works without installing.
    auto *own = new QTranslator(app);
    auto load = [](QTranslator *translator, const QLocale &l) {
        return translator->load(l, QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))
            || translator->load(l, QStringLiteral("mailroom"), QStringLiteral("_"),
                                QStringLiteral(MAILROOM_TRANSLATIONS_DIR));
    };
    // English is the source language: its catalog holds only the plural forms ("1 message",
    // "3 messages"). It is also what every language without a catalog (and the C locale) shows.
    const bool translated = load(own, locale) && !own->language().startsWith(QLatin1String("en"));
    if (translated) {
        QCoreApplication::installTranslator(own);
        // LANGUAGE=zh_CN with LANG=C.UTF-8 (a common setup on servers and in containers): the texts
        // follow LANGUAGE, so dates and numbers should too rather than stay in the C locale.
        QString formats = qEnvironmentVariable("LC_ALL");
        if (formats.isEmpty()) {
            formats = qEnvironmentVariable("LC_TIME", qEnvironmentVariable("LANG"));
        }
        const bool cLocale = formats.isEmpty() || formats == QLatin1String("C")
            || formats.startsWith(QLatin1String("C.")) || formats == QLatin1String("POSIX");
        if (cLocale && !locale.uiLanguages().isEmpty()) {
            const QLocale ui(locale.uiLanguages().constFirst());
            if (ui.language() != QLocale::C) {
                QLocale::setDefault(ui);
            }
        }
    } else if (load(own, QLocale(QLocale::English))) {
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

QString joinSentences(const QString &first, const QString &second)
{
    return QCoreApplication::translate("Sentences", "%1 %2", "two sentences in a row (Chinese: no space between them)")
        .arg(first, second);
}

} // namespace Mailroom
