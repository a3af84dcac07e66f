// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"

#include <QByteArray>
#include <QString>

#include <functional>

class HelperProxy;

namespace Mailroom::RemoteMailbox {

// ReadMailbox's chunk size: 1 MiB keeps a call well under the bus's message limits and an SSH
// round trip per megabyte.
inline constexpr uint ChunkSize = 1024 * 1024;

// Whether file descriptors can pass on this connection (the local system bus: yes; a remote
// host's bus through ssh and systemd-stdio-bridge: no, so mailboxes are read in chunks).
bool canPassDescriptors(const QDBusConnection &bus);

// Reads user's mailbox through ReadMailbox, chunk after chunk, up to the size it had at the first
// call (mail delivered meanwhile is left for the next read). Blocking. write() gets each chunk
// in order and may return false to stop (the result is then not an error). A mailbox that shrinks
// below what was read (rewritten meanwhile) is an error: what was written is not one state of it.
HelperError read(HelperProxy &proxy, const QString &user, const std::function<bool(const QByteArray &)> &write,
                 uint chunkSize = ChunkSize);

} // namespace Mailroom::RemoteMailbox
