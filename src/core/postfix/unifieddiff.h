// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace Mailroom {

// Unified diff (as `diff -u` prints it) between two texts, for the preview of a
// main.cf change: "---"/"+++" headers, "@@ -l,n +l,n @@" hunks with `context`
// lines around each change, "\ No newline at end of file" markers. Lines are
// compared as bytes (Myers' O(ND) algorithm); within a changed block the removed
// lines come before the added ones. Identical texts give an empty result.
class UnifiedDiff
{
public:
    static QByteArray diff(const QByteArray &oldText, const QByteArray &newText, const QByteArray &oldLabel,
                           const QByteArray &newLabel, int context = 3);
};

} // namespace Mailroom
