// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QHash>
#include <QObject>

class Journal;
class QTimer;

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
    // caller is the bus name the wait is for (callerLeft() ends it early).
    void wait(const QString &caller, const QString &cursor, uint timeoutMs, const Finished &done);
    // The caller has left the bus: its waits end now with a Failed result (nobody reads it),
    // instead of polling the journal for a reply nobody receives until their timeouts.
    void callerLeft(const QString &caller);
    // Waits in progress.
    int following() const { return int(m_waits.size()); }

private:
    struct Wait
    {
        QString caller;
        Finished finish;
    };
    Journal *m_journal;
    QHash<QTimer *, Wait> m_waits; // each poll's timer -> whom it is for, how it ends
};
