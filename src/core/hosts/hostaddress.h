// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mailroom {

// A host to reach over SSH, written as ssh takes it: [user@]host[:port] (an IPv6 address in
// brackets when a port follows). Checked strictly, so no part can be read by ssh as an option
// or by a shell as anything but a name.
struct HostAddress
{
    QString user; // empty: ssh's default (the local user, or ~/.ssh/config)
    QString host;
    int port = 0; // 0: ssh's default

    // An invalid address (empty host) and a sentence in *error when the text is not one.
    static HostAddress parse(const QString &text, QString *error = nullptr);
    bool isValid() const { return !host.isEmpty(); }
    // As the user wrote it, normalised: "alice@mail.example.org:2222".
    QString toString() const;
    // ssh's arguments for this host, ending with "--" and the destination (user@host).
    QStringList sshArguments() const;

    friend bool operator==(const HostAddress &, const HostAddress &) = default;
};

} // namespace Mailroom
