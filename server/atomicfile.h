// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include <sys/types.h>

// Safe file primitives for the helper: never follow a planted symlink, replace
// files atomically (temp file in the same directory + fsync + rename + fsync of
// the directory), keep owner and mode.
namespace AtomicFile {
struct Result
{
    bool ok = false;
    QString error;
    bool changedMeanwhile = false; // write(): the file was no longer *expected (nothing written)
};

// Reads a regular file opened with O_NOFOLLOW; fails on symlinks and non-regular files.
Result read(const QString &path, QByteArray *out, qint64 maxSize = 16 * 1024 * 1024);
bool exists(const QString &path);
// Replaces path with content. mode/uid/gid apply when the file is new or when
// force is set; otherwise the existing file's owner and mode are kept. With expected, the file
// is read again just before the rename and replaced only when it still holds exactly that (no
// file at all counts as empty): a change another program made meanwhile (postconf -e, an
// editor; Postfix has no lock for main.cf) is never overwritten, and changedMeanwhile says so.
Result write(const QString &path, const QByteArray &content, mode_t mode, uid_t uid, gid_t gid, bool force = false,
             const QByteArray *expected = nullptr);
Result remove(const QString &path);
// Removes the temporary files in dir that a writer killed half-way left behind (never one of a
// writer that still runs); returns how many. The helper calls it at start for the directories
// it writes in.
int removeAbandoned(const QString &dir);

// The steps of write(). A test makes one of them fail as if its system call had
// (errno EIO) to check that the old file survives byte for byte; never set in the helper.
enum class Step
{
    CreateTemporary,
    SetOwnerAndMode,
    Write,
    Sync,
    Close,
    Rename,
};
void setFailingStepForTesting(std::optional<Step> step);
} // namespace AtomicFile
