// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

class Host;

// The status area: what the host is and which mail ports listen.
class StatusOperations
{
public:
    explicit StatusOperations(Host *host);
    OperationResult systemInfo() const;
    OperationResult ports() const;

private:
    Host *m_host;
};
