// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Mailroom {

// The process that made a dotlock or a recovery copy, described well enough to tell later whether
// it is gone. A pid alone is not enough: it is reused, means another process after a reboot, and
// another one again in another pid namespace (a container) or on another host sharing the spool.
// So: the pid, the host name, the boot id, the pid namespace and the process's start time.
struct LockOwner
{
    enum class State
    {
        Alive, // this process, or one with its pid and start time, runs on this host
        Gone, // it does not run any more (on this host, since this boot, or in an earlier boot)
        Unknown // another host or pid namespace: no way to tell
    };

    qint64 pid = 0;
    QByteArray host;
    QByteArray bootId;
    QByteArray pidNamespace; // e.g. "pid:[4026531836]"
    quint64 startTime = 0; // /proc/PID/stat's starttime (clock ticks after boot)

    static LockOwner current();
    State state() const;

    // One line, "mailroom pid=… host=… boot=… pidns=… start=…" (values percent-encoded), and
    // back; nullopt for any other line.
    QByteArray toLine() const;
    static std::optional<LockOwner> fromLine(QByteArrayView line);

    bool operator==(const LockOwner &) const = default;
};

} // namespace Mailroom
