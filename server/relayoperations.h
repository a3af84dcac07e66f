// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

namespace Mailroom {
class RelayConfig;
}
class PostfixConfig;

// The relay area: where outgoing mail goes and with which credentials.
// The password is handed to PostfixConfig and never logged.
class RelayOperations
{
public:
    explicit RelayOperations(PostfixConfig *config);

    // relay is already checked (ArgumentChecks::relay).
    void set(const Mailroom::RelayConfig &relay, const Finished &done);
    void remove(const Finished &done);

private:
    PostfixConfig *m_config;
};
