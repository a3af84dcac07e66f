// SPDX-License-Identifier: GPL-2.0-or-later
#include "transactionrecord.h"

#include "atomicfile.h"
#include "postfix/configfiletext.h"
#include "postfix/relayconfig.h"
#include "postfixconfig.h"
#include "stoppoint.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr int Version = 1;
constexpr qint64 MaxRecordSize = 64 * 1024;

const QLatin1String StepNames[] = {QLatin1String("begun"), QLatin1String("checked"), QLatin1String("rolling-back")};

// A whole number in [0, max] (JSON has doubles only).
bool wholeNumber(const QJsonValue &v, double max, qint64 *out)
{
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    if (d < 0 || d > max || std::floor(d) != d) {
        return false;
    }
    *out = qint64(d);
    return true;
}
} // namespace

TransactionRecord::Places TransactionRecord::Places::system()
{
    return {QStringLiteral("/var/lib/mailroom/transaction"),
            PostfixConfig::backupDir(),
            {PostfixConfig::mainCfPath(), PostfixConfig::masterCfPath(), Mailroom::RelayConfig::saslPasswdPath()}};
}

QString TransactionRecord::stepName(Step step)
{
    return StepNames[int(step)];
}

QByteArray TransactionRecord::toJson() const
{
    QJsonArray list;
    for (const File &f : files) {
        list.append(QJsonObject {{QStringLiteral("path"), f.path},
                                 {QStringLiteral("backup"), f.backupId},
                                 {QStringLiteral("mode"), qint64(f.mode)},
                                 {QStringLiteral("uid"), qint64(f.uid)},
                                 {QStringLiteral("gid"), qint64(f.gid)},
                                 {QStringLiteral("new"), f.newRevision}});
    }
    const QJsonObject o {{QStringLiteral("version"), Version},
                         {QStringLiteral("step"), stepName(step)},
                         {QStringLiteral("restart"), restart},
                         {QStringLiteral("postfixWasActive"), postfixWasActive},
                         {QStringLiteral("files"), list}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<TransactionRecord> TransactionRecord::parse(const QByteArray &json, const Places &places, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return refuse(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    static const QStringList Keys {QStringLiteral("version"), QStringLiteral("step"), QStringLiteral("restart"),
                                   QStringLiteral("postfixWasActive"), QStringLiteral("files")};
    for (const QString &key : o.keys()) {
        if (!Keys.contains(key)) {
            return refuse(QStringLiteral("unknown key \"%1\"").arg(key));
        }
    }
    if (o.value(QStringLiteral("version")) != QJsonValue(Version)) {
        return refuse(QStringLiteral("not a version %1 record").arg(Version));
    }
    TransactionRecord r;
    const QString step = o.value(QStringLiteral("step")).toString();
    bool knownStep = false;
    for (const Step s : {Step::Begun, Step::Checked, Step::RollingBack}) {
        if (step == stepName(s)) {
            r.step = s;
            knownStep = true;
        }
    }
    if (!knownStep) {
        return refuse(QStringLiteral("unknown step \"%1\"").arg(step));
    }
    if (!o.value(QStringLiteral("restart")).isBool() || !o.value(QStringLiteral("postfixWasActive")).isBool()) {
        return refuse(QStringLiteral("restart and postfixWasActive must be true or false"));
    }
    r.restart = o.value(QStringLiteral("restart")).toBool();
    r.postfixWasActive = o.value(QStringLiteral("postfixWasActive")).toBool();
    const QJsonArray list = o.value(QStringLiteral("files")).toArray();
    if (list.isEmpty() || list.size() > places.files.size()) {
        return refuse(QStringLiteral("files must list 1 to %1 files").arg(places.files.size()));
    }
    // Sorted, as QJsonObject::keys() lists them.
    static const QStringList FileKeys {QStringLiteral("backup"), QStringLiteral("gid"),  QStringLiteral("mode"),
                                       QStringLiteral("new"),    QStringLiteral("path"), QStringLiteral("uid")};
    for (const QJsonValue &v : list) {
        const QJsonObject fo = v.toObject();
        if (!v.isObject() || fo.keys() != FileKeys) {
            return refuse(QStringLiteral("each file needs exactly: %1").arg(FileKeys.join(QStringLiteral(", "))));
        }
        File f;
        // Compared as the exact strings: no "..", no symlinked spelling of an allowed path.
        f.path = fo.value(QStringLiteral("path")).toString();
        if (!places.files.contains(f.path)) {
            return refuse(
                QStringLiteral("\"%1\" is not one of the configuration files a transaction changes").arg(f.path));
        }
        for (const File &seen : std::as_const(r.files)) {
            if (seen.path == f.path) {
                return refuse(QStringLiteral("%1 is listed twice").arg(f.path));
            }
        }
        f.backupId = fo.value(QStringLiteral("backup")).toString();
        if (!fo.value(QStringLiteral("backup")).isString()
            || (!f.backupId.isEmpty()
                && (!PostfixConfig::isValidBackupId(f.backupId)
                    || !f.backupId.startsWith(QFileInfo(f.path).fileName() + QLatin1Char('-'))))) {
            return refuse(QStringLiteral("\"%1\" is not a backup of %2").arg(f.backupId, f.path));
        }
        qint64 mode = 0;
        qint64 uid = 0;
        qint64 gid = 0;
        // Permission bits only: a configuration file is never setuid, setgid or sticky.
        if (!wholeNumber(fo.value(QStringLiteral("mode")), 0777, &mode)
            || !wholeNumber(fo.value(QStringLiteral("uid")), 4294967294.0, &uid)
            || !wholeNumber(fo.value(QStringLiteral("gid")), 4294967294.0, &gid)) {
            return refuse(QStringLiteral("bad mode, uid or gid for %1").arg(f.path));
        }
        f.mode = mode_t(mode);
        f.uid = uid_t(uid);
        f.gid = gid_t(gid);
        f.newRevision = fo.value(QStringLiteral("new")).toString();
        if (!Mailroom::ConfigFileText::isRevision(f.newRevision)) {
            return refuse(QStringLiteral("bad revision of the new %1").arg(f.path));
        }
        r.files.append(f);
    }
    return r;
}

bool TransactionRecord::statFile(const QString &path, File *file)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    file->mode = st.st_mode & 0777;
    file->uid = st.st_uid;
    file->gid = st.st_gid;
    return true;
}

bool TransactionRecord::save(const Places &places, QString *error) const
{
    QDir().mkpath(QFileInfo(places.recordPath).absolutePath());
    // Its own point follows in the caller: a kill inside this write leaves the record before or after.
    MAILROOM_STOP_POINTS_QUIET(quiet);
    const auto w = AtomicFile::write(places.recordPath, toJson(), 0600, ::getuid(), ::getgid(), true);
    if (!w.ok) {
        *error = w.error;
    }
    return w.ok;
}

void TransactionRecord::remove(const Places &places)
{
    AtomicFile::remove(places.recordPath);
    // The removal must be durable too: a record that comes back after a power cut would undo
    // a transaction that has ended.
    const QByteArray dir = QFile::encodeName(QFileInfo(places.recordPath).absolutePath());
    if (const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

TransactionRecord::Found TransactionRecord::load(const Places &places, TransactionRecord *out, QString *error)
{
    if (!AtomicFile::exists(places.recordPath)) {
        return Found::None;
    }
    QByteArray json;
    if (const auto r = AtomicFile::read(places.recordPath, &json, MaxRecordSize); !r.ok) {
        *error = r.error;
        return Found::Refused;
    }
    const auto record = parse(json, places, error);
    if (!record) {
        return Found::Refused;
    }
    *out = *record;
    return Found::Loaded;
}

QString TransactionRecord::moveAside(const Places &places)
{
    const QString aside = places.recordPath + QStringLiteral(".refused-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (std::rename(QFile::encodeName(places.recordPath).constData(), QFile::encodeName(aside).constData()) != 0) {
        // Cannot be kept for the admin: at least never read again.
        AtomicFile::remove(places.recordPath);
        return {};
    }
    return aside;
}

QList<TransactionRecord::Restored> TransactionRecord::rollBackFiles(const Places &places) const
{
    using Kind = Restored::Kind;
    QList<Restored> result;
    // The last file written first (main.cf after sasl_passwd): the reverse of the transaction.
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        const File &f = *it;
        Restored r {f.path, Kind::Failed, {}};
        QByteArray now;
        const bool exists = AtomicFile::exists(f.path);
        const bool readable = exists && AtomicFile::read(f.path, &now).ok;
        const bool isNew = readable && Mailroom::ConfigFileText::revision(now) == f.newRevision;
        if (f.backupId.isEmpty()) {
            if (!exists) {
                r.kind = Kind::AlreadyOld;
            } else if (isNew) {
                const auto removed = AtomicFile::remove(f.path);
                r.kind = removed.ok ? Kind::Restored : Kind::Failed;
                r.error = removed.error;
            } else {
                r.kind = Kind::ChangedMeanwhile;
            }
            result.append(r);
            continue;
        }
        QByteArray old;
        if (const auto b = AtomicFile::read(places.backupDir + QLatin1Char('/') + f.backupId, &old); !b.ok) {
            r.error = b.error;
        } else if (readable && now == old) {
            r.kind = Kind::AlreadyOld;
        } else if (isNew) {
            const auto w = AtomicFile::write(f.path, old, f.mode, f.uid, f.gid, true, &now);
            r.kind = w.ok ? Kind::Restored : (w.changedMeanwhile ? Kind::ChangedMeanwhile : Kind::Failed);
            r.error = w.error;
        } else {
            r.kind = Kind::ChangedMeanwhile;
        }
        result.append(r);
    }
    return result;
}

bool TransactionRecord::filesAreNew() const
{
    for (const File &f : files) {
        QByteArray now;
        if (!AtomicFile::read(f.path, &now).ok || Mailroom::ConfigFileText::revision(now) != f.newRevision) {
            return false;
        }
    }
    return true;
}
