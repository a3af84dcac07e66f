// SPDX-License-Identifier: GPL-2.0-or-later
#include "atomicfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace AtomicFile {

namespace {
std::optional<Step> s_failingStep;

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

Result write(const QString &path, const QByteArray &content, mode_t mode, uid_t uid, gid_t gid, bool force)
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
    QByteArray tmpl = QFile::encodeName(dir) + "/.mailroom-XXXXXX";
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
    if (injectedFailure(Step::Rename) || ::rename(tmpl.constData(), p.constData()) != 0) {
        const Result r = fail(QStringLiteral("cannot replace"), path);
        ::unlink(tmpl.constData());
        return r;
    }
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {true, {}};
}

Result remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        return fail(QStringLiteral("cannot remove"), path);
    }
    return {true, {}};
}

} // namespace AtomicFile
