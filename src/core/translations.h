// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Mailroom {
// Loads Mailroom's and Qt's translations for the user's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), e.g. LANGUAGE=zh_CN.
void installTranslations(QCoreApplication *app);

// Two sentences one after the other, as the UI language writes them (Chinese: no space after 。).
QString joinSentences(const QString &first, const QString &second);
} // namespace Mailroom
