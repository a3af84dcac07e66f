// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "host.h"

class ProgramRunner;

// The real host, read by SystemInspector.
class SystemHost : public Host
{
public:
    explicit SystemHost(const ProgramRunner *programs);
    Mailroom::SystemInfo systemInfo() override;
    Mailroom::PortStateList ports() override;
    QString distroFamily() override;

private:
    const ProgramRunner *m_programs;
};
