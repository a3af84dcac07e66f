// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Mailroom {

// What a person can do to selected queued messages, and how the result is said in words.
enum class QueueAction
{
    Retry, // RetryQueued: postqueue -i
    Hold,
    Release,
    Requeue,
    Delete
};

namespace QueueActions {
// "2 messages released", in the user's language.
QString doneText(QueueAction action, int count);
// Delete is the destructive one: it is confirmed with the count first.
bool isDestructive(QueueAction action);
} // namespace QueueActions

} // namespace Mailroom
