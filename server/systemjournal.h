// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "journal.h"

// The real journal, read with sd-journal.
class SystemJournal : public Journal
{
public:
    JournalReader::Page query(const QStringList &identifierPrefixes, const QString &afterCursor, quint64 sinceUsec,
                              int max) override;
    QString tailCursor() override;
};
