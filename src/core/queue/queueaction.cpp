// SPDX-License-Identifier: GPL-2.0-or-later
#include "queue/queueaction.h"

#include <QCoreApplication>

namespace Mailroom::QueueActions {

QString doneText(QueueAction action, int count)
{
    switch (action) {
    case QueueAction::Retry:
        return QCoreApplication::translate("QueueAction", "%n message(s) retried now", nullptr, count);
    case QueueAction::Hold:
        return QCoreApplication::translate("QueueAction", "%n message(s) put on hold", nullptr, count);
    case QueueAction::Release:
        return QCoreApplication::translate("QueueAction", "%n message(s) released", nullptr, count);
    case QueueAction::Requeue:
        return QCoreApplication::translate("QueueAction", "%n message(s) requeued", nullptr, count);
    case QueueAction::Delete:
        return QCoreApplication::translate("QueueAction", "%n message(s) deleted", nullptr, count);
    }
    return {};
}

bool isDestructive(QueueAction action)
{
    return action == QueueAction::Delete;
}

} // namespace Mailroom::QueueActions
