// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QStringList>

class ProgramRunner;

// The queue area: Postfix's mail queue listed (postqueue -j), flushed, messages retried
// (postqueue -i) and deleted, held, released or requeued (postsuper).
class QueueOperations
{
public:
    enum class Action
    {
        Retry,
        Delete,
        Hold,
        Release,
        Requeue
    };

    explicit QueueOperations(const ProgramRunner *programs);

    OperationResult list() const;
    OperationResult flush() const;
    // ids are already checked (ArgumentChecks::queueIds).
    OperationResult apply(const QStringList &ids, Action action) const;

private:
    OperationResult retry(const QStringList &ids) const;

    const ProgramRunner *m_programs;
};
