// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QCoreApplication;

namespace Mailroom
{
// Loads Mailroom's and Qt's translations for the user's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), e.g. LANGUAGE=zh_CN.
void installTranslations(QCoreApplication *app);
} // namespace Mailroom
