// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "journal.h"

#include <functional>

// Hands out what entries() returns for every query.
class FakeJournal : public Journal
{
public:
    explicit FakeJournal(CallLog *log)
        : m_log(log)
    { }
    std::function<QList<JournalReader::Entry>()> entries;

    JournalReader::Page query(const QStringList &identifierPrefixes, const QString &afterCursor, quint64 sinceUsec,
                              int max) override
    {
        m_log->append(QStringLiteral("journal.query %1 %2 %3 %4")
                          .arg(identifierPrefixes.join(QLatin1Char(',')), afterCursor)
                          .arg(sinceUsec)
                          .arg(max));
        JournalReader::Page page;
        page.entries = entries ? entries() : QList<JournalReader::Entry> {};
        page.nextCursor = QStringLiteral("s=1;i=3");
        return page;
    }
    QString tailCursor() override
    {
        m_log->append(QStringLiteral("journal.tailCursor"));
        return QStringLiteral("s=1;i=2");
    }

private:
    CallLog *m_log;
};
