// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include "stoppoint.h"

#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace AtomicFile {

namespace {
std::optional<Step> s_failingStep;

// Temporary files are named .mailroom-PID-XXXXXX: the PID tells a helper killed half-way
// (removeAbandoned) from one that is still writing (the old instance during a hand-over).
const QByteArray TemporaryPrefix = ".mailroom-";

// True (with errno set) when a test asked this step to fail.
bool injectedFailure(Step step)
{
    if (s_failingStep == step) {
        errno = EIO;
        return true;
    }
    return false;
}

Result fail(const QString &what, const QString &path)
{
    return {false, QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(strerror(errno)))};
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        done += n;
    }
    return true;
}
} // namespace

void setFailingStepForTesting(std::optional<Step> step)
{
    s_failingStep = step;
}

Result read(const QString &path, QByteArray *out, qint64 maxSize)
{
    const QByteArray p = QFile::encodeName(path);
    const int fd = ::open(p.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return fail(QStringLiteral("cannot open"), path);
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > maxSize) {
        ::close(fd);
        return {false, QStringLiteral("%1 is not a regular file of reasonable size").arg(path)};
    }
    QByteArray data;
    data.resize(qsizetype(st.st_size));
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        got += n;
    }
    data.resize(got);
    ::close(fd);
    *out = data;
    return {true, {}};
}

bool exists(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

Result write(const QString &path, const QByteArray &content, mode_t mode, uid_t uid, gid_t gid, bool force,
             const QByteArray *expected)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat old {};
    if (::lstat(p.constData(), &old) == 0) {
        if (!S_ISREG(old.st_mode)) {
            return {false, QStringLiteral("%1 is not a regular file; refusing to replace it").arg(path)};
        }
        if (!force) {
            mode = old.st_mode & 07777;
            uid = old.st_uid;
            gid = old.st_gid;
        }
    }
    const QString dir = QFileInfo(path).absolutePath();
    QByteArray tmpl = QFile::encodeName(dir) + '/' + TemporaryPrefix + QByteArray::number(::getpid()) + "-XXXXXX";
    const int fd = injectedFailure(Step::CreateTemporary) ? -1 : ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0) {
        return fail(QStringLiteral("cannot create a temporary file in"), dir);
    }
    auto abandon = [&](const QString &what) {
        const Result r = fail(what, QString::fromLocal8Bit(tmpl));
        ::close(fd);
        ::unlink(tmpl.constData());
        return r;
    };
    // Owner and mode before content, so a secret is never readable by others.
    if (injectedFailure(Step::SetOwnerAndMode) || ::fchown(fd, uid, gid) != 0 || ::fchmod(fd, mode) != 0) {
        return abandon(QStringLiteral("cannot set owner/mode of"));
    }
    MAILROOM_STOP_POINT("atomicfile.created");
    if (injectedFailure(Step::Write) || !writeAll(fd, content)) {
        return abandon(QStringLiteral("cannot write"));
    }
    if (injectedFailure(Step::Sync) || ::fsync(fd) != 0) {
        return abandon(QStringLiteral("cannot sync"));
    }
    if (::close(fd) != 0 || injectedFailure(Step::Close)) {
        ::unlink(tmpl.constData());
        return fail(QStringLiteral("cannot close"), QString::fromLocal8Bit(tmpl));
    }
    // Written and synced (a SIGKILL cannot tell before fsync from after it: the page cache
    // outlives the process), not yet in place.
    MAILROOM_STOP_POINT("atomicfile.written");
    if (expected) {
        QByteArray now;
        const bool same = read(path, &now).ok ? now == *expected : (expected->isEmpty() && !exists(path));
        if (!same) {
            ::unlink(tmpl.constData());
            Result changed {false,
                            QStringLiteral("%1 was changed by another program (postconf -e, an editor) while Mailroom "
                                           "was writing it; nothing was written. Look at it again and retry.")
                                .arg(path)};
            changed.changedMeanwhile = true;
            return changed;
        }
    }
    if (injectedFailure(Step::Rename) || ::rename(tmpl.constData(), p.constData()) != 0) {
        const Result r = fail(QStringLiteral("cannot replace"), path);
        ::unlink(tmpl.constData());
        return r;
    }
    MAILROOM_STOP_POINT("atomicfile.renamed");
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {true, {}};
}

int removeAbandoned(const QString &dir)
{
    const QByteArray d = QFile::encodeName(dir);
    const int dfd = ::open(d.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dfd < 0) {
        return 0;
    }
    DIR *listing = ::fdopendir(dfd);
    if (!listing) {
        ::close(dfd);
        return 0;
    }
    int removed = 0;
    while (const dirent *entry = ::readdir(listing)) {
        const QByteArray name(entry->d_name);
        if (!name.startsWith(TemporaryPrefix)) {
            continue;
        }
        // ".mailroom-PID-XXXXXX"; names without a PID (older helpers) are left alone.
        const QByteArray rest = name.mid(TemporaryPrefix.size());
        const qsizetype dash = rest.indexOf('-');
        bool isNumber = false;
        const pid_t pid = dash > 0 ? pid_t(rest.left(dash).toLong(&isNumber)) : 0;
        if (!isNumber || pid <= 0 || rest.size() - dash - 1 != 6) {
            continue;
        }
        // Ours from before we wrote anything (a PID used again), or a writer that is gone.
        if (pid != ::getpid() && !(::kill(pid, 0) != 0 && errno == ESRCH)) {
            continue;
        }
        struct stat st {};
        if (::fstatat(dfd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)
            && ::unlinkat(dfd, entry->d_name, 0) == 0) {
            ++removed;
        }
    }
    ::closedir(listing);
    return removed;
}

Result remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        return fail(QStringLiteral("cannot remove"), path);
    }
    return {true, {}};
}

} // namespace AtomicFile
