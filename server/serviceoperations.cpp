// SPDX-License-Identifier: GPL-2.0-or-later
#include "serviceoperations.h"

#include "argumentchecks.h"
#include "helperapi.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServices, "mailroom.helper.services")

using namespace Mailroom;

ServiceOperations::ServiceOperations(ServiceManager *services)
    : m_services(services)
{ }

OperationResult ServiceOperations::states() const
{
    ServiceStateList states;
    for (const QString &unit : ArgumentChecks::serviceUnits()) {
        states.append(m_services->state(unit));
    }
    return OperationResult::success({QVariant::fromValue(states)});
}

void ServiceOperations::perform(const QString &unit, ServiceManager::Action action, const Finished &done)
{
    qCInfo(lcServices) << "action" << int(action) << "on" << unit;
    m_services->perform(unit, action, [done, unit](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcServices) << unit << "job failed";
        }
        done(ok ? OperationResult::success() : OperationResult::failure(Api::Error::JobFailed, message));
    });
}
