// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/messageentry.h"

#include <QByteArrayView>

namespace Mailroom {

// Fills a MessageEntry from a message's header block: the list columns, Status/X-Status and
// the ids used for threading. Shared by the mbox and Maildir stores; no allocation per header.
namespace HeaderIndex {
// Appends a length-prefixed string to the pool and returns its offset + 1 (0 for "absent").
// Header values are trimmed and cut at 1 KB for the list.
quint32 addString(QByteArray &pool, QByteArrayView value);
// The same for a name that must stay byte for byte (a Maildir file name may end in a space).
quint32 addExactString(QByteArray &pool, QByteArrayView value);
// Reads a length-prefixed string back.
QByteArrayView string(const QByteArray &pool, quint32 ref);
// 64-bit FNV-1a of a message id (stable across runs, unlike qHash with a random seed).
quint64 hashId(QByteArrayView id);
// Parses headers starting at data[0] (just after the From_ line, if any) up to the blank line
// or the end. Returns the header length including the blank line; sets *complete to whether a
// blank line was found.
qsizetype fill(QByteArrayView data, MessageEntry *entry, QByteArray &pool, bool *complete);
// The raw value (still folded) of the first header with this name, or a null view.
QByteArrayView headerValue(QByteArrayView headers, QByteArrayView name);
} // namespace HeaderIndex

} // namespace Mailroom
