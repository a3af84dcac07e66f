// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "host.h"

// distroFamily() is a public fact the helper reads to check package names, so it is
// not recorded: "untouched" means no status was read and nothing was changed.
class FakeHost : public Host
{
public:
    explicit FakeHost(CallLog *log)
        : m_log(log)
    { }
    Mailroom::SystemInfo systemInfo() override
    {
        m_log->append(QStringLiteral("host.systemInfo"));
        return {QStringLiteral("debian"), QStringLiteral("Debian"), QStringLiteral("demo"), {}, {}};
    }
    Mailroom::PortStateList ports() override
    {
        m_log->append(QStringLiteral("host.ports"));
        return {{25, QStringLiteral("smtp"), true}};
    }
    QString distroFamily() override { return QStringLiteral("debian"); }

private:
    CallLog *m_log;
};
