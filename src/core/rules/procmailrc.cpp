// SPDX-License-Identifier: GPL-2.0-or-later
#include "rules/procmailrc.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Mailroom {

namespace {

const QByteArray ruleMarker = QByteArrayLiteral("# mailroom-rule ");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes bytes to path through a temporary file in the same directory: fsync, then rename, then
// fsync the directory, so a crash leaves the old file or the new one, never half of one.
bool writeAtomically(const QString &path, const QByteArray &bytes, mode_t mode, QString *error)
{
    const QFileInfo info(path);
    QByteArray tmpl = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                        + QStringLiteral(".mailroom-XXXXXX"));
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        *error = QCoreApplication::translate("ProcmailRc", "Cannot create a temporary file beside %1: %2")
                     .arg(path, systemError());
        return false;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    qsizetype done = 0;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        ok = n > 0;
        done += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const QString reason = systemError();
    ok = (::close(fd) == 0) && ok;
    if (!ok || ::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        *error
            = QCoreApplication::translate("ProcmailRc", "Cannot write %1: %2").arg(path, ok ? systemError() : reason);
        ::unlink(tmpl.constData());
        return false;
    }
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}
} // namespace

const QByteArray ProcmailRc::beginMarker = QByteArrayLiteral("# BEGIN Mailroom rules");
const QByteArray ProcmailRc::endMarker = QByteArrayLiteral("# END Mailroom rules");

QString ProcmailRc::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".procmailrc"));
}

QByteArray ProcmailRc::renderBlock(const DeliveryRules &rules)
{
    QByteArray out = beginMarker
        + " - managed by Mailroom (Mail > Delivery rules). Edit them there: Mailroom leaves\n"
          "# this block alone once it is changed by hand. Recipes outside the block are yours.\n";
    for (const DeliveryRule &r : rules) {
        out += '\n' + ruleMarker + QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
        out += r.recipe().toUtf8();
    }
    out += endMarker + '\n';
    return out;
}

ProcmailRc ProcmailRc::parse(const QByteArray &bytes)
{
    ProcmailRc rc;
    rc.m_original = bytes;
    rc.m_before = bytes;
    qsizetype begin = -1;
    qsizetype end = -1; // just past the end marker's line
    int begins = 0;
    int ends = 0;
    for (qsizetype pos = 0; pos < bytes.size();) {
        qsizetype nl = bytes.indexOf('\n', pos);
        const qsizetype next = nl < 0 ? bytes.size() : nl + 1;
        const QByteArrayView line(bytes.constData() + pos, next - pos);
        if (line.startsWith(beginMarker)) {
            ++begins;
            if (begin < 0) {
                begin = pos;
            }
        } else if (line.startsWith(endMarker)) {
            ++ends;
            if (end < 0) {
                end = next;
            }
        }
        pos = next;
    }
    if (begins == 0 && ends == 0) {
        return rc;
    }
    if (begins > 1 || ends > 1) {
        rc.m_problem = QCoreApplication::translate(
            "ProcmailRc", "~/.procmailrc has more than one Mailroom block; Mailroom leaves it as it is.");
        return rc;
    }
    if (ends == 0) {
        rc.m_problem = QCoreApplication::translate(
            "ProcmailRc", "Mailroom's block in ~/.procmailrc has no end line; Mailroom leaves the file as it is.");
        return rc;
    }
    if (begins == 0 || end <= begin) {
        rc.m_problem = QCoreApplication::translate(
            "ProcmailRc",
            "~/.procmailrc has Mailroom's end line without its begin line; Mailroom leaves the file "
            "as it is.");
        return rc;
    }
    QByteArray block = bytes.mid(begin, end - begin);
    if (!block.endsWith('\n')) {
        block += '\n'; // the end line was the file's last, without a newline
    }
    DeliveryRules rules;
    for (const QByteArray &line : block.split('\n')) {
        if (line.startsWith(ruleMarker)) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(line.mid(ruleMarker.size()), &err);
            DeliveryRule r;
            if (err.error != QJsonParseError::NoError || !doc.isObject() || !DeliveryRule::fromJson(doc.object(), &r)) {
                rc.m_problem = QCoreApplication::translate(
                    "ProcmailRc",
                    "A rule in Mailroom's block in ~/.procmailrc was changed by hand; Mailroom "
                    "leaves the file as it is.");
                return rc;
            }
            rules.append(r);
        }
    }
    // Mailroom reads back only what it wrote: any other change inside the block (a recipe edited
    // by hand) would be lost or misread.
    if (renderBlock(rules) != block) {
        rc.m_problem = QCoreApplication::translate(
            "ProcmailRc",
            "Mailroom's block in ~/.procmailrc was edited by hand; Mailroom leaves the file as it "
            "is. Edit it by hand, or remove the block to start again.");
        return rc;
    }
    rc.m_hasBlock = true;
    rc.m_rules = rules;
    rc.m_before = bytes.left(begin);
    rc.m_after = bytes.mid(end);
    return rc;
}

bool ProcmailRc::load(const QString &path, ProcmailRc *rc, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *rc = parse({});
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ProcmailRc", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *rc = parse(f.readAll());
    return true;
}

bool ProcmailRc::hasHandWrittenRecipes() const
{
    const QByteArray outside = m_hasBlock ? m_before + m_after : m_original;
    for (const QByteArray &line : outside.split('\n')) {
        if (line.trimmed().startsWith(":0")) {
            return true;
        }
    }
    return false;
}

QByteArray ProcmailRc::render(const DeliveryRules &rules) const
{
    if (m_hasBlock) {
        return m_before + renderBlock(rules) + m_after;
    }
    QByteArray out = m_original;
    if (!out.isEmpty() && !out.endsWith('\n')) {
        out += '\n';
    }
    if (!out.isEmpty()) {
        out += '\n';
    }
    return out + renderBlock(rules);
}

bool ProcmailRc::save(const QString &path, const DeliveryRules &rules, QString *error)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (const QString e = rules.at(i).validationError(); !e.isEmpty()) {
            *error = QCoreApplication::translate("ProcmailRc", "Rule %1: %2").arg(i + 1).arg(e);
            return false;
        }
    }
    if (!isEditable()) {
        *error = m_problem;
        return false;
    }
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st {};
    const bool exists = ::stat(encoded.constData(), &st) == 0;
    QByteArray current;
    if (exists) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("ProcmailRc", "Cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        current = f.readAll();
    }
    if (current != m_original || (!exists && !m_original.isEmpty())) {
        *error = QCoreApplication::translate(
                     "ProcmailRc", "%1 was changed since Mailroom read it; nothing was written. Open the rules again.")
                     .arg(path);
        return false;
    }
    // procmail refuses an rcfile that others may write: keep the owner's choice, else 0600.
    const mode_t mode = exists ? (st.st_mode & 07777) : 0600;
    if (exists && !writeAtomically(path + QStringLiteral(".mailroom-bak"), current, 0600, error)) {
        return false;
    }
    const bool folders = std::any_of(rules.cbegin(), rules.cend(),
                                     [](const DeliveryRule &r) { return r.action == DeliveryRule::Action::Folder; });
    if (folders) {
        const QString mailDir = QFileInfo(path).absolutePath() + QStringLiteral("/mail");
        if (::mkdir(QFile::encodeName(mailDir).constData(), 0700) != 0 && errno != EEXIST) {
            *error = QCoreApplication::translate("ProcmailRc", "Cannot create %1: %2").arg(mailDir, systemError());
            return false;
        }
        // Folders in subfolders ("Lists/qt"): procmail does not create directories.
        for (const DeliveryRule &r : rules) {
            if (r.action == DeliveryRule::Action::Folder && r.target.contains(QLatin1Char('/'))) {
                QDir(mailDir).mkpath(QFileInfo(r.target).path());
            }
        }
    }
    const QByteArray bytes = render(rules);
    if (!writeAtomically(path, bytes, mode, error)) {
        return false;
    }
    *this = parse(bytes);
    return true;
}

} // namespace Mailroom
