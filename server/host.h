// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QString>

// Seam: facts about the host (distribution, listening ports, who provides sendmail).
// SystemHost reads them from fixed files; unit tests fake them.
class Host
{
public:
    virtual ~Host() = default;
    virtual Mailroom::SystemInfo systemInfo() = 0;
    virtual Mailroom::PortStateList ports() = 0;
    // "debian", "rhel" or "other": picks the real package names.
    virtual QString distroFamily() = 0;
};
