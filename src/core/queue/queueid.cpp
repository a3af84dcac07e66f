// SPDX-License-Identifier: GPL-2.0-or-later
#include "queue/queueid.h"

namespace Mailroom::QueueId {

bool isValid(const QString &id)
{
    if (id.size() < 5 || id.size() > 32) {
        return false;
    }
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))) {
            return false;
        }
    }
    return true;
}

} // namespace Mailroom::QueueId
