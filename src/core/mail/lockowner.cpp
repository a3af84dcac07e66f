// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/lockowner.h"

#include <QByteArrayList>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Mailroom {

namespace {
QByteArray readSmallFile(const QByteArray &path)
{
    QFile f(QFile::decodeName(path));
    return f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
}

// Field 22 of /proc/PID/stat; 0 when it cannot be read. The command name (field 2) is in
// parentheses and may itself hold spaces and parentheses: the fields are counted after the last ')'.
quint64 startTimeOf(qint64 pid)
{
    const QByteArray stat = readSmallFile("/proc/" + QByteArray::number(pid) + "/stat");
    const qsizetype paren = stat.lastIndexOf(')');
    if (paren < 0) {
        return 0;
    }
    const QByteArrayList fields = stat.mid(paren + 1).simplified().split(' ');
    // fields.at(0) is field 3 (the state), so field 22 is fields.at(19).
    return fields.size() > 19 ? fields.at(19).toULongLong() : 0;
}

QByteArray hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) {
        return {};
    }
    return QByteArray(name);
}

QByteArray pidNamespaceOf(const QByteArray &pid)
{
    char target[128] = {};
    const ssize_t n = ::readlink(("/proc/" + pid + "/ns/pid").constData(), target, sizeof target - 1);
    return n > 0 ? QByteArray(target, n) : QByteArray();
}
} // namespace

LockOwner LockOwner::current()
{
    LockOwner o;
    o.pid = ::getpid();
    o.host = hostName();
    o.bootId = readSmallFile("/proc/sys/kernel/random/boot_id").trimmed();
    o.pidNamespace = pidNamespaceOf("self");
    o.startTime = startTimeOf(o.pid);
    return o;
}

LockOwner::State LockOwner::state() const
{
    const LockOwner self = current();
    if (host.isEmpty() || host != self.host || bootId.isEmpty() || self.bootId.isEmpty()) {
        return State::Unknown;
    }
    if (bootId != self.bootId) {
        return State::Gone; // made before this host's last boot
    }
    if (pidNamespace.isEmpty() || pidNamespace != self.pidNamespace) {
        return State::Unknown;
    }
    if (pid == self.pid && startTime == self.startTime) {
        return State::Alive;
    }
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)) {
        return State::Gone;
    }
    // The pid is taken: by that process, or by a later one (pids are reused).
    const quint64 start = startTimeOf(pid);
    return start != 0 && startTime != 0 && start != startTime ? State::Gone : State::Alive;
}

QByteArray LockOwner::toLine() const
{
    return "mailroom pid=" + QByteArray::number(pid) + " host=" + host.toPercentEncoding()
        + " boot=" + bootId.toPercentEncoding() + " pidns=" + pidNamespace.toPercentEncoding()
        + " start=" + QByteArray::number(startTime);
}

std::optional<LockOwner> LockOwner::fromLine(QByteArrayView line)
{
    const QByteArrayList words = line.trimmed().toByteArray().split(' ');
    if (words.size() != 6 || words.at(0) != "mailroom") {
        return std::nullopt;
    }
    LockOwner o;
    bool pidOk = false;
    bool startOk = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        const qsizetype eq = w.indexOf('=');
        if (eq < 0) {
            return std::nullopt;
        }
        const QByteArray key = w.first(eq);
        const QByteArray value = QByteArray::fromPercentEncoding(w.mid(eq + 1));
        if (key == "pid") {
            o.pid = value.toLongLong(&pidOk);
        } else if (key == "host") {
            o.host = value;
        } else if (key == "boot") {
            o.bootId = value;
        } else if (key == "pidns") {
            o.pidNamespace = value;
        } else if (key == "start") {
            o.startTime = value.toULongLong(&startOk);
        } else {
            return std::nullopt;
        }
    }
    if (!pidOk || !startOk || o.pid <= 0) {
        return std::nullopt;
    }
    return o;
}

} // namespace Mailroom
