// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QVariantList>

#include <functional>

// How one helper operation ended: the values of a D-Bus reply, or an error name
// (Mailroom::Api::Error) with a message. The areas produce these; PendingReply alone
// turns them into D-Bus messages.
struct OperationResult
{
    QVariantList values;
    QString errorName; // empty on success
    QString message;

    bool ok() const { return errorName.isEmpty(); }
    static OperationResult success(const QVariantList &values = {}) { return {values, {}, {}}; }
    static OperationResult failure(QLatin1StringView errorName, const QString &message)
    {
        return {{}, errorName, message};
    }
};

// Called exactly once when an operation has finished.
using Finished = std::function<void(const OperationResult &)>;
