// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostaddress.h"

#include <QDBusConnection>

#include <atomic>
#include <memory>

class QTemporaryFile;

namespace Mailroom {

// Where the GUI and mailroomctl reach Mailroom's helper: the local system bus, or the system
// bus of another host through `ssh -xT HOST systemd-stdio-bridge`, the D-Bus "unixexec:"
// transport that `busctl -H` and `systemctl -H` use. No agent of our own: the remote host runs
// the same mailroomd from its package and polkit authorizes every call there.
class HelperConnection
{
public:
    struct Options
    {
        // Let ssh ask on the terminal (a password, an unknown host key). Otherwise BatchMode:
        // the user's keys and ssh-agent only, and a refusal is an error at once, never a prompt.
        bool interactive = false;
        int connectTimeoutSeconds = 10;
        // Not interactive, but a person is there (the GUI): ssh may ask through this program
        // (SSH_ASKPASS) for a password or whether to trust a new host key. ssh then logs in
        // first, as a connection master in $XDG_RUNTIME_DIR that outlives the last session by
        // a minute, taking as long as the person needs; the bus connection goes through it.
        QString askPass;
        // Set from another thread to give up a login that waits for askPass.
        std::shared_ptr<std::atomic_bool> cancelled;
    };

    // The local system bus.
    HelperConnection();
    // Blocking (a worker thread may call it): starts ssh, waits for the remote bus to answer,
    // then reads the helper's ApiVersion. Not connected, with a sentence in *error, when any
    // step fails: ssh's own reason (unreachable, DNS, key refused, unknown host key), no
    // systemd-stdio-bridge there, no mailroomd there, or a helper of another API version.
    static HelperConnection open(const HostAddress &host, const Options &options, QString *error);

    bool isRemote() const { return m_host.isValid(); }
    bool isConnected() const;
    const HostAddress &host() const { return m_host; }
    QDBusConnection bus() const;
    // Why a remote connection failed to open or, once open, ended: ssh's last words, or a
    // sentence of our own.
    QString failure() const;
    void close();

    // The D-Bus address for ssh with these arguments; ssh writes its own messages to sshLog.
    // With a controlPath, ssh goes through the master connection there when one is up.
    static QString dbusAddress(const HostAddress &host, const Options &options, const QString &sshLog,
                               const QString &controlPath = {});
    // Where a login master's socket goes (ssh expands %C): in $XDG_RUNTIME_DIR, else in a
    // directory of this user's alone under the temporary directory. Empty when neither is safe.
    static QString masterControlPath();
    // ssh's arguments that log in as a master at controlPath and return once logged in.
    static QStringList masterArguments(const HostAddress &host, const Options &options, const QString &sshLog,
                                       const QString &controlPath);
    // Escapes a value for a D-Bus address (the specification's optionally-escaped bytes stay).
    static QString escapeAddressValue(const QString &value);
    // Empty when the helper on the bus speaks this build's API version, else a sentence naming
    // both (an older helper without the property says so too). hostName names the host in it.
    static QString checkVersion(const QDBusConnection &bus, const QString &hostName, int timeoutMs = 25000);

private:
    HostAddress m_host;
    QString m_name; // of the remote connection
    std::shared_ptr<QTemporaryFile> m_sshLog;
    bool m_opened = false; // connected and the version matched: a failure since is a lost connection
};

} // namespace Mailroom
