// SPDX-License-Identifier: GPL-2.0-or-later
#include "relayoperations.h"

#include "configoperations.h"
#include "postfix/relayconfig.h"
#include "postfixconfig.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRelay, "mailroom.helper.relay")

RelayOperations::RelayOperations(PostfixConfig *config)
    : m_config(config)
{ }

void RelayOperations::set(const Mailroom::RelayConfig &relay, const Finished &done)
{
    // Never the password: only where mail goes.
    qCInfo(lcRelay) << "setting relay" << relay.relayhost();
    m_config->setRelay(relay, [done](const PostfixConfig::Outcome &o) { done(ConfigOperations::toResult(o)); });
}

void RelayOperations::remove(const Finished &done)
{
    qCInfo(lcRelay) << "removing the relay";
    m_config->removeRelay([done](const PostfixConfig::Outcome &o) { done(ConfigOperations::toResult(o)); });
}
