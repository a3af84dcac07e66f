// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "servicemanager.h"

class FakeServiceManager : public ServiceManager
{
public:
    explicit FakeServiceManager(CallLog *log)
        : m_log(log)
    { }
    Mailroom::ServiceState state(const QString &unit) override
    {
        m_log->append(QStringLiteral("services.state %1").arg(unit));
        Mailroom::ServiceState s;
        s.unit = unit;
        return s;
    }
    void perform(const QString &unit, Action action, Done done) override
    {
        static const char *const names[] = {"Start", "Stop", "Restart", "Reload", "Enable", "Disable"};
        m_log->append(QStringLiteral("services.perform %1 %2").arg(unit, QLatin1String(names[int(action)])));
        done(failWith.isEmpty(), failWith);
    }
    // When set, every job fails with this message (as SystemdServiceManager words it).
    QString failWith;

private:
    CallLog *m_log;
};
