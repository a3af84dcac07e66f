// SPDX-License-Identifier: GPL-2.0-or-later
#include "systemhost.h"

#include "systeminspector.h"

SystemHost::SystemHost(const ProgramRunner *programs)
    : m_programs(programs)
{ }

Mailroom::SystemInfo SystemHost::systemInfo()
{
    return SystemInspector::systemInfo(*m_programs);
}

Mailroom::PortStateList SystemHost::ports()
{
    return SystemInspector::ports();
}

QString SystemHost::distroFamily()
{
    return SystemInspector::distroFamily();
}
