// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QStringList>

// The mailboxes area: a user's mbox in the mail spool, handed over as a read-only
// file descriptor (never a path the caller chose, never a symlink, only a regular
// file the user owns with exactly one link, as local(8) insists).
class MailboxOperations
{
public:
    // Spool directories with a trailing slash; the real ones unless a test names others.
    explicit MailboxOperations(const QStringList &spoolDirs = defaultSpoolDirs());
    static QStringList defaultSpoolDirs();

    // user is already checked (ArgumentChecks::userName).
    OperationResult open(const QString &user) const;
    // Up to length bytes from offset (checked: ArgumentChecks::mailboxChunk) and the size now,
    // from the file open() would hand out, with the same checks.
    OperationResult read(const QString &user, qulonglong offset, uint length) const;

private:
    // The checked descriptor (caller closes it), or -1 and the failure in *error.
    int openChecked(const QString &user, OperationResult *error) const;
    QStringList m_spoolDirs;
};
