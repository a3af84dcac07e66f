// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QObject>

class Journal;

// The journal area: the mail log (postfix, sendmail, exim, dovecot lines only),
// read page by page or followed by waiting for what comes next.
class JournalOperations : public QObject
{
    Q_OBJECT
public:
    explicit JournalOperations(Journal *journal, QObject *parent = nullptr);

    static const QStringList &mailLogIdentifiers();

    // Arguments are already checked (ArgumentChecks::journalCursor and friends).
    OperationResult page(const QString &cursor, quint64 sinceUsec, uint max) const;
    // Replies as soon as a line after cursor arrives, or with nothing after timeoutMs.
    void wait(const QString &cursor, uint timeoutMs, const Finished &done);

private:
    Journal *m_journal;
};
