// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLatin1StringView>

// Names of the one D-Bus contract (server/dbus/io.github.mailroom.Helper1.xml)
// and of the polkit actions that guard it (server/data/io.github.mailroom.policy).
namespace Mailroom::Api {
inline constexpr QLatin1StringView ServiceName {"io.github.mailroom.Helper1"};
inline constexpr QLatin1StringView ObjectPath {"/io/github/mailroom/Helper1"};
inline constexpr QLatin1StringView Interface {"io.github.mailroom.Helper1"};
inline constexpr QLatin1StringView ErrorPrefix {"io.github.mailroom.Helper1.Error."};
// The version of the contract this build speaks (the helper's ApiVersion property). Add one
// whenever a method is added or changed.
inline constexpr uint Version = 2;
inline constexpr QLatin1StringView VersionProperty {"ApiVersion"};
// The packaged rule an administrator may copy to /etc/polkit-1/rules.d to allow a group.
inline constexpr QLatin1StringView MailadminRule {"/usr/share/mailroom/polkit-1/50-mailroom-mailadmin.rules"};

namespace Action {
inline constexpr QLatin1StringView ReadStatus {"io.github.mailroom.read-status"};
inline constexpr QLatin1StringView ReadLogs {"io.github.mailroom.read-logs"};
inline constexpr QLatin1StringView ManageServices {"io.github.mailroom.manage-services"};
inline constexpr QLatin1StringView ManagePackages {"io.github.mailroom.manage-packages"};
inline constexpr QLatin1StringView ManageFirewall {"io.github.mailroom.manage-firewall"};
inline constexpr QLatin1StringView Configure {"io.github.mailroom.configure"};
inline constexpr QLatin1StringView ManageQueue {"io.github.mailroom.manage-queue"};
inline constexpr QLatin1StringView ReadMailboxes {"io.github.mailroom.read-mailboxes"};
} // namespace Action

// Error names the helper replies with. Callers compare a reply's name with these,
// never with a fragment of its text.
namespace Error {
inline constexpr QLatin1StringView InvalidArgs {"org.freedesktop.DBus.Error.InvalidArgs"};
inline constexpr QLatin1StringView AccessDenied {"org.freedesktop.DBus.Error.AccessDenied"};
// Not authorized, and the caller is in a remote login session (SSH): polkit's shipped defaults
// allow Mailroom's actions only to active local sessions. Clients treat it as AccessDenied.
inline constexpr QLatin1StringView RemoteSession {"io.github.mailroom.Helper1.Error.RemoteSession"};
// Too many of the caller's calls are still waiting for their answers.
inline constexpr QLatin1StringView LimitsExceeded {"org.freedesktop.DBus.Error.LimitsExceeded"};
// Anything else that went wrong; the message says what.
inline constexpr QLatin1StringView Failed {"io.github.mailroom.Helper1.Error.Failed"};
// The program or file the operation needs (Postfix, sendmail) is not installed.
inline constexpr QLatin1StringView NotInstalled {"io.github.mailroom.Helper1.Error.NotInstalled"};
// A systemd job ended in failure; the message carries the unit's last journal lines.
inline constexpr QLatin1StringView JobFailed {"io.github.mailroom.Helper1.Error.JobFailed"};
// The change was written, failed its check or reload, and the previous files are back.
inline constexpr QLatin1StringView RolledBack {"io.github.mailroom.Helper1.Error.RolledBack"};
// ApplyConfigFile: the file on disk is no longer the revision the caller loaded; nothing written.
inline constexpr QLatin1StringView Conflict {"io.github.mailroom.Helper1.Error.Conflict"};
inline constexpr QLatin1StringView FirewallUnavailable {"io.github.mailroom.Helper1.Error.FirewallUnavailable"};
} // namespace Error
} // namespace Mailroom::Api
