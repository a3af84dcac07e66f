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
} // namespace Mailroom::Api
