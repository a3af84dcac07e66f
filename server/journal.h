// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "journalreader.h"

// Seam: the system journal as the helper reads it. SystemJournal uses sd-journal
// (JournalReader); unit tests hand out prepared pages.
class Journal
{
public:
    virtual ~Journal() = default;
    // See JournalReader::query().
    virtual JournalReader::Page query(const QStringList &identifierPrefixes, const QString &afterCursor,
                                      quint64 sinceUsec, int max)
        = 0;
    // The cursor of the newest entry now.
    virtual QString tailCursor() = 0;
};
