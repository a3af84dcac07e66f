// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace Mailroom {

// A private copy of a mailbox handed over as an open file descriptor (the helper's OpenMailbox
// for another user's spool): the loader and the message view then read a stable snapshot, and
// nothing can ever be written back to that user's spool. The copy is readable by its owner only
// and removed with the returned object.
struct MailboxSnapshot
{
    enum class Failure
    {
        None,
        Read, // the descriptor (or the temporary file) could not be opened or read
        Copy, // writing the copy failed (disk full…)
    };
    std::unique_ptr<QTemporaryFile> file; // null on failure
    Failure failure = Failure::None;
    QString error; // the system's message on failure

    // Blocking; the descriptor is read to its end and not closed.
    static MailboxSnapshot copy(int fd);
};

} // namespace Mailroom
