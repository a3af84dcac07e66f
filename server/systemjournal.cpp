// SPDX-License-Identifier: GPL-2.0-or-later
#include "systemjournal.h"

JournalReader::Page SystemJournal::query(const QStringList &identifierPrefixes, const QString &afterCursor,
                                         quint64 sinceUsec, int max)
{
    return JournalReader::query(identifierPrefixes, afterCursor, sinceUsec, max);
}

QString SystemJournal::tailCursor()
{
    return JournalReader::tailCursor();
}
