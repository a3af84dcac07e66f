// SPDX-License-Identifier: GPL-2.0-or-later
#include "authorizer.h"

Authorizer::~Authorizer() = default;

void Authorizer::isRemoteSession(const QString &, std::function<void(bool remote)> done)
{
    done(false);
}
