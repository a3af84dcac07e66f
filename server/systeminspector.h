// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "postfix/osrelease.h"

class ProgramRunner;

// Facts about the host read from fixed files (/etc/os-release, /proc/net/tcp*,
// dpkg's database) and postconf — no caller-chosen paths.
class SystemInspector
{
public:
    // postconf (for the Postfix version) runs through programs.
    static Mailroom::SystemInfo systemInfo(const ProgramRunner &programs);
    static Mailroom::OsRelease osRelease();
    // "debian", "rhel" or "other" (the SystemInfo wire values).
    static QString distroFamily();
    static Mailroom::PortStateList ports();
    // Parses /proc/net/tcp-style text; returns the set of local ports in LISTEN state.
    static QList<quint16> listeningPorts(const QByteArray &procNetTcp);
};
