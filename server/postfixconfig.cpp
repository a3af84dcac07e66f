// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfixconfig.h"

#include "atomicfile.h"
#include "postfix/configfiletext.h"
#include "postfix/maincf.h"
#include "postfix/osrelease.h"
#include "postfix/postfixsyntax.h"
#include "postfix/unifieddiff.h"
#include "programrunner.h"
#include "servicemanager.h"
#include "stoppoint.h"
#include "systeminspector.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcConfig, "mailroom.helper.config")

using namespace Mailroom;
using Kind = PostfixConfig::Outcome::Kind;

namespace {
const QString PostfixUnit = QStringLiteral("postfix.service");

PostfixConfig::Outcome outcome(Kind kind, const QString &message = {})
{
    PostfixConfig::Outcome o;
    o.kind = kind;
    o.message = message;
    return o;
}

QString mapFileFor(const QString &dbType, const QString &passwdPath = RelayConfig::saslPasswdPath())
{
    // postmap's output file per database type.
    if (dbType == QLatin1String("lmdb")) {
        return passwdPath + QStringLiteral(".lmdb");
    }
    if (dbType == QLatin1String("cdb")) {
        return passwdPath + QStringLiteral(".cdb");
    }
    return passwdPath + QStringLiteral(".db");
}

QString postconfValue(const ProgramRunner &programs, const QString &key)
{
    const auto r = programs.run(ProgramRunner::Program::Postconf, {QStringLiteral("-h"), key});
    return r.ok() ? QString::fromUtf8(r.out).trimmed() : QString();
}

} // namespace

PostfixConfig::PostfixConfig(ServiceManager *services, const ProgramRunner *programs, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_programs(programs)
{ }

bool PostfixConfig::isValidBackupId(const QString &id)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(main\\.cf|master\\.cf|sasl_passwd|tls-key\\.pem|tls-cert\\.pem|dovecot-mailroom\\.conf|"
                       "spamassassin-mailroom\\.cf|spamass-milter)-\\d{8}"
                       "-\\d{6}-\\d{3}")));
    return re.match(id).hasMatch();
}

namespace {
QStringList backupIdsOf(const QString &dir, const QString &file)
{
    QStringList ids;
    const QStringList names
        = QDir(dir).entryList({file + QStringLiteral("-*")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (PostfixConfig::isValidBackupId(name)) {
            ids.append(name);
        }
    }
    return ids; // oldest first: the names are file-yyyyMMdd-HHmmss-zzz
}
} // namespace

int PostfixConfig::pruneBackups(const QString &dir, int keepPerFile)
{
    int removed = 0;
    for (const QString &file : {QStringLiteral("main.cf"), QStringLiteral("master.cf"), QStringLiteral("tls-key.pem"),
                                QStringLiteral("tls-cert.pem"), QStringLiteral("dovecot-mailroom.conf"),
                                QStringLiteral("spamassassin-mailroom.cf"), QStringLiteral("spamass-milter")}) {
        const QStringList ids = backupIdsOf(dir, file);
        for (qsizetype i = 0; i + keepPerFile < ids.size(); ++i) {
            if (AtomicFile::remove(dir + QLatin1Char('/') + ids.at(i)).ok) {
                ++removed;
            }
        }
    }
    return removed;
}

int PostfixConfig::removePasswordBackups(const QString &dir)
{
    int removed = 0;
    for (const QString &id : backupIdsOf(dir, QStringLiteral("sasl_passwd"))) {
        if (AtomicFile::remove(dir + QLatin1Char('/') + id).ok) {
            ++removed;
        }
    }
    return removed;
}

QString PostfixConfig::fileName(File file)
{
    return file == File::MasterCf ? QStringLiteral("master.cf") : QStringLiteral("main.cf");
}

QString PostfixConfig::pathOf(File file)
{
    return file == File::MasterCf ? masterCfPath() : mainCfPath();
}

namespace {
QByteArray diffLabel(const char *side, PostfixConfig::File file)
{
    return QByteArray(side) + "/etc/postfix/" + PostfixConfig::fileName(file).toLatin1();
}

bool needsRestart(const QByteArray &oldMain, const QByteArray &newMain)
{
    // Postfix's master reads these only at start: a reload would silently keep the old ones.
    const MainCf before = MainCf::fromByteArray(oldMain);
    const MainCf after = MainCf::fromByteArray(newMain);
    bool restart = false;
    for (const QString &key : {QStringLiteral("inet_interfaces"), QStringLiteral("inet_protocols")}) {
        restart = restart || before.value(key) != after.value(key);
    }
    return restart;
}
} // namespace

PostfixConfig::Outcome PostfixConfig::readFile(File file, QByteArray *text) const
{
    const auto read = AtomicFile::read(pathOf(file), text);
    if (!read.ok) {
        return outcome(
            Kind::NotInstalled,
            QStringLiteral("Postfix's %1 cannot be read (%2). Is Postfix installed?").arg(fileName(file), read.error));
    }
    Outcome o = outcome(Kind::Unchanged);
    o.revision = ConfigFileText::revision(*text);
    return o;
}

PostfixConfig::Outcome PostfixConfig::previewFile(File file, const QByteArray &text) const
{
    QByteArray current;
    Outcome o = readFile(file, &current);
    if (o.kind == Kind::NotInstalled) {
        return o;
    }
    o.kind = current == text ? Kind::Unchanged : Kind::Applied;
    o.diff = UnifiedDiff::diff(current, text, diffLabel("a", file), diffLabel("b", file));
    return o;
}

void PostfixConfig::applyFile(File file, const QByteArray &text, const QString &expectedRevision, Done done)
{
    QByteArray current;
    Outcome read = readFile(file, &current);
    if (read.kind == Kind::NotInstalled) {
        done(read);
        return;
    }
    if (read.revision != expectedRevision) {
        done(outcome(Kind::Conflict,
                     QStringLiteral("%1 was changed on disk after it was loaded (by someone else or another program); "
                                    "nothing was written. Reload it and make your edits again.")
                         .arg(fileName(file))));
        return;
    }
    if (current == text) {
        done(read);
        return;
    }
    const bool restart = file == File::MainCf && needsRestart(current, text);
    commit(file, current, text, restart, {}, std::move(done));
}

PostfixConfig::Outcome PostfixConfig::previewBackup(const QString &backupId) const
{
    const bool master = backupId.startsWith(QLatin1String("master.cf-"));
    if (!master && !backupId.startsWith(QLatin1String("main.cf-"))) {
        return outcome(Kind::Invalid, QStringLiteral("only main.cf and master.cf backups can be shown"));
    }
    const File file = master ? File::MasterCf : File::MainCf;
    QByteArray backup;
    if (!AtomicFile::read(backupDir() + QLatin1Char('/') + backupId, &backup).ok) {
        return outcome(Kind::Invalid, QStringLiteral("no such backup: %1").arg(backupId));
    }
    return previewFile(file, backup);
}

PostfixConfig::Outcome PostfixConfig::postmap(const QString &table)
{
    const QString type = table.section(QLatin1Char(':'), 0, 0);
    const QString path = table.section(QLatin1Char(':'), 1);
    QByteArray mainText;
    const Outcome read = readFile(File::MainCf, &mainText);
    if (read.kind == Kind::NotInstalled) {
        return read;
    }
    // Only a table the configuration uses: the exact "type:path" is an element of a value.
    bool referenced = false;
    for (const auto &p : MainCf::fromByteArray(mainText).parameters()) {
        referenced = referenced || PostfixSyntax::splitList(p.value).contains(table);
    }
    if (!referenced) {
        return outcome(Kind::Invalid, QStringLiteral("main.cf does not use the table %1").arg(table));
    }
    QByteArray source;
    const auto r = AtomicFile::read(path, &source);
    if (!r.ok) {
        return outcome(Kind::Invalid, QStringLiteral("the table's source file cannot be read: %1").arg(r.error));
    }
    qCInfo(lcConfig) << "postmap" << table;
    const auto pm = m_programs->run(ProgramRunner::Program::Postmap, {type + QLatin1Char(':') + path});
    if (!pm.ok()) {
        return outcome(Kind::Failed,
                       QStringLiteral("postmap failed: %1").arg(QString::fromUtf8(pm.err + pm.out).trimmed()));
    }
    return outcome(Kind::Applied);
}

QStringList PostfixConfig::postconfWarnings() const
{
    QStringList lines;
    if (!m_programs->exists(ProgramRunner::Program::Postconf)) {
        return lines;
    }
    for (const QString &option : {QStringLiteral("-n"), QStringLiteral("-M")}) {
        const auto r = m_programs->run(ProgramRunner::Program::Postconf, {option});
        // postconf -M repeats main.cf's warnings: each line once.
        for (const QString &line : QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!lines.contains(line.trimmed())) {
                lines.append(line.trimmed());
            }
        }
        if (!r.ok() && r.err.isEmpty()) {
            lines.append(QStringLiteral("postconf %1 failed (exit status %2)").arg(option).arg(r.exitCode));
        }
    }
    return lines;
}

PostfixConfig::Outcome PostfixConfig::preview(const ConfigChange &change) const
{
    QByteArray oldText;
    const auto read = AtomicFile::read(mainCfPath(), &oldText);
    if (!read.ok) {
        return outcome(Kind::NotInstalled,
                       QStringLiteral("Postfix's main.cf cannot be read (%1). Is Postfix installed?").arg(read.error));
    }
    MainCf doc = MainCf::fromByteArray(oldText);
    const ValidationResult v = change.applyTo(doc);
    if (!v) {
        return outcome(Kind::Invalid, v.message);
    }
    Outcome o = outcome(change.isNoOpFor(MainCf::fromByteArray(oldText)) ? Kind::Unchanged : Kind::Applied);
    o.diff = UnifiedDiff::diff(oldText, doc.toByteArray(), "a/etc/postfix/main.cf", "b/etc/postfix/main.cf");
    return o;
}

QString PostfixConfig::writeBackup(const QString &file, const QByteArray &content, QString *error) const
{
    QDir().mkpath(backupDir());
    ::chmod(QFile::encodeName(backupDir()).constData(), 0700);
    QString id = QStringLiteral("%1-%2").arg(
        file, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    while (AtomicFile::exists(backupDir() + QLatin1Char('/') + id)) {
        id = QStringLiteral("%1-%2").arg(
            file, QDateTime::currentDateTime().addMSecs(1).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    }
    // Backups may hold secrets (sasl_passwd): root only, always.
    const auto w = AtomicFile::write(backupDir() + QLatin1Char('/') + id, content, 0600, 0, 0, true);
    if (!w.ok) {
        *error = w.error;
        return {};
    }
    if (const int pruned = pruneBackups(backupDir(), backupsKeptPerFile); pruned > 0) {
        qCInfo(lcConfig) << "removed" << pruned << "old backups; the newest" << backupsKeptPerFile
                         << "of each file stay";
    }
    return id;
}

void PostfixConfig::apply(const ConfigChange &change, Done done)
{
    QByteArray oldText;
    const auto read = AtomicFile::read(mainCfPath(), &oldText);
    if (!read.ok) {
        done(outcome(Kind::NotInstalled,
                     QStringLiteral("Postfix's main.cf cannot be read (%1). Is Postfix installed?").arg(read.error)));
        return;
    }
    if (change.isNoOpFor(MainCf::fromByteArray(oldText))) {
        done(outcome(Kind::Unchanged));
        return;
    }
    MainCf doc = MainCf::fromByteArray(oldText);
    const ValidationResult v = change.applyTo(doc);
    if (!v) {
        done(outcome(Kind::Invalid, v.message));
        return;
    }
    commit(File::MainCf, oldText, doc.toByteArray(), needsRestart(oldText, doc.toByteArray()), {}, std::move(done));
}

void PostfixConfig::commit(File file, const QByteArray &oldText, const QByteArray &newText, bool restartInsteadOfReload,
                           std::function<void()> undoExtra, Done finished, std::shared_ptr<TransactionRecord> record)
{
    // Every way out of this transaction ends its record, before the caller hears of it.
    Done done = [this, finished](const Outcome &o) {
        endRecord();
        finished(o);
    };
    const QString name = fileName(file);
    QString error;
    const QString backupId = writeBackup(name, oldText, &error);
    if (backupId.isEmpty()) {
        if (undoExtra) {
            undoExtra();
        }
        done(outcome(Kind::Failed, QStringLiteral("cannot back up %1: %2").arg(name, error)));
        return;
    }
    // The record names the file and its backup before the file is replaced (issue 16, finding 1).
    if (!record) {
        record = std::make_shared<TransactionRecord>();
        record->postfixWasActive = m_services->state(PostfixUnit).isActive();
    }
    TransactionRecord::File entry;
    TransactionRecord::statFile(pathOf(file), &entry);
    entry.path = pathOf(file);
    entry.backupId = backupId;
    entry.newRevision = ConfigFileText::revision(newText);
    record->files.append(entry);
    record->restart = record->restart || restartInsteadOfReload;
    record->step = TransactionRecord::Step::Begun;
    if (!record->save(m_places, &error)) {
        if (undoExtra) {
            undoExtra();
        }
        done(outcome(Kind::Failed, QStringLiteral("cannot record the transaction: %1").arg(error)));
        return;
    }
    // (No stop point of its own: a kill here leaves what one at the next, atomicfile.created, does.)
    const QStringList warningsBefore = postconfWarnings();
    // Replaced only if it still is what this transaction read (finding 4 of issue 16).
    const auto w = AtomicFile::write(pathOf(file), newText, 0644, 0, 0, false, &oldText);
    if (!w.ok) {
        if (undoExtra) {
            undoExtra();
        }
        done(outcome(w.changedMeanwhile ? Kind::Conflict : Kind::Failed, w.error));
        return;
    }
    const QByteArray diff = UnifiedDiff::diff(oldText, newText, diffLabel("a", file), diffLabel("b", file));
    qCInfo(lcConfig) << name << "written; backup" << backupId;

    const bool wasActive = m_services->state(PostfixUnit).isActive();
    const auto check = m_programs->run(ProgramRunner::Program::Postfix, {QStringLiteral("check")});
    // postfix check reports problems on stderr and exits non-zero for fatal ones.
    if (!check.ok()) {
        const QString why
            = QStringLiteral("`postfix check` failed: %1").arg(QString::fromUtf8(check.err + check.out).trimmed());
        restoreAndReload(file, oldText, false, why, undoExtra, std::move(done), record);
        return;
    }
    // postconf parses master.cf fully (postfix check does not): a fatal error there is a failure.
    QStringList newWarnings;
    for (const QString &line : postconfWarnings()) {
        if (!warningsBefore.contains(line)) {
            newWarnings.append(line);
        }
    }
    for (const QString &line : std::as_const(newWarnings)) {
        if (line.contains(QLatin1String("fatal:")) || line.contains(QLatin1String(" failed (exit status"))) {
            restoreAndReload(
                file, oldText, false,
                QStringLiteral("postconf refused the new %1: %2").arg(name, newWarnings.join(QLatin1Char('\n'))),
                undoExtra, std::move(done), record);
            return;
        }
    }
    // Checked: a helper killed from here on leaves a transaction the next one finishes.
    saveRecord(record.get(), TransactionRecord::Step::Checked);
    MAILROOM_STOP_POINT("transaction.checked");
    auto finish = [done, backupId, diff, newText, newWarnings] {
        Outcome o = outcome(Kind::Applied);
        o.backupId = backupId;
        o.diff = diff;
        o.revision = ConfigFileText::revision(newText);
        o.message = newWarnings.join(QLatin1Char('\n')); // the callers say what these lines are
        done(o);
    };
    if (!wasActive) {
        finish();
        return;
    }
    m_services->perform(
        PostfixUnit, restartInsteadOfReload ? ServiceManager::Action::Restart : ServiceManager::Action::Reload,
        [this, file, oldText, undoExtra, done, finish, record](bool ok, const QString &message) {
            if (!ok) {
                restoreAndReload(file, oldText, true,
                                 QStringLiteral("Postfix did not accept the new configuration: %1").arg(message),
                                 undoExtra, done, record);
                return;
            }
            // Reloaded, not yet confirmed: a crash here leaves the same files as one after the
            // confirmation (and one before the reload the same as one after the write).
            MAILROOM_STOP_POINT("config.reloaded");
            // A reload can "succeed" while master gives up moments later.
            whenSettled([this, file, oldText, undoExtra, done, finish, record](const QString &problem) {
                if (problem.isEmpty()) {
                    finish();
                    return;
                }
                restoreAndReload(file, oldText, true,
                                 QStringLiteral("Postfix did not accept the new configuration: %1").arg(problem),
                                 undoExtra, done, record);
            });
        });
}

void PostfixConfig::saveRecord(TransactionRecord *record, TransactionRecord::Step step) const
{
    record->step = step;
    if (QString error; !record->save(m_places, &error)) {
        qCWarning(lcConfig) << "cannot update the transaction record to" << TransactionRecord::stepName(step) << ":"
                            << error;
    }
}

void PostfixConfig::endRecord() const
{
    TransactionRecord::remove(m_places);
}

QString PostfixConfig::postfixProblem() const
{
    if (!m_services->state(PostfixUnit).isActive()) {
        return QStringLiteral("%1 is not active").arg(PostfixUnit);
    }
    // Security review finding 5: on Debian 12 and older postfix.service is a wrapper that stays
    // active (RemainAfterExit) while the postfix@-.service instance and its master are dead;
    // `postfix status` asks the master itself (exit status 0 only while it runs).
    const auto status = m_programs->run(ProgramRunner::Program::Postfix, {QStringLiteral("status")});
    if (!status.ok()) {
        const QString said = QString::fromUtf8(status.err + status.out).trimmed();
        return QStringLiteral("the Postfix master process is not running (`postfix status`%1)")
            .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    }
    return {};
}

void PostfixConfig::whenSettled(std::function<void(const QString &problem)> then)
{
    // master acts on a reload after `postfix reload` has returned; a listener it cannot bind or
    // a setting it refuses ends it within milliseconds. Look once it had the time to.
    QTimer::singleShot(m_settleMs, this, [this, then = std::move(then)] { then(postfixProblem()); });
}

void PostfixConfig::restoreAndReload(File file, const QByteArray &oldText, bool wasActive, const QString &why,
                                     std::function<void()> undoExtra, Done done,
                                     std::shared_ptr<TransactionRecord> record)
{
    const QString name = fileName(file);
    qCWarning(lcConfig) << "rolling back" << name << ":" << why;
    // No longer a transaction to finish, even if it had passed the checks: one to undo.
    saveRecord(record.get(), TransactionRecord::Step::RollingBack);
    const auto w = AtomicFile::write(pathOf(file), oldText, 0644, 0, 0);
    if (undoExtra) {
        undoExtra();
    }
    if (!w.ok) {
        done(outcome(Kind::Failed,
                     QStringLiteral("%1; restoring the previous %2 also failed: %3").arg(why, name, w.error)));
        return;
    }
    MAILROOM_STOP_POINT("config.rolled-back");
    if (!wasActive) {
        done(outcome(Kind::RolledBack, QStringLiteral("%1\nThe previous %2 was restored.").arg(why, name)));
        return;
    }
    // Bring Postfix back on the old configuration (a failed reload may have stopped it).
    m_services->perform(
        PostfixUnit, ServiceManager::Action::Restart, [this, why, name, done](bool ok, const QString &message) {
            const auto report = [why, name, done](const QString &problem) {
                done(outcome(
                    Kind::RolledBack,
                    problem.isEmpty()
                        ? QStringLiteral("%1\nThe previous %2 was restored and Postfix is running with it again.")
                              .arg(why, name)
                        : QStringLiteral("%1\nThe previous %2 was restored, but restarting Postfix failed too: %3")
                              .arg(why, name, problem)));
            };
            if (!ok) {
                report(message);
                return;
            }
            whenSettled(report);
        });
}

QList<PostfixConfig::Backup> PostfixConfig::backups() const
{
    QList<Backup> list;
    const QDir dir(backupDir());
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        // Key and certificate backups are kept for the admin, not offered for restoring one by one.
        if (!isValidBackupId(name) || name.startsWith(QLatin1String("tls-"))) {
            continue;
        }
        const QString stamp = name.section(QLatin1Char('-'), -3);
        const QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        list.append({name, name.section(QLatin1Char('-'), 0, 0), t.toSecsSinceEpoch()});
    }
    return list;
}

void PostfixConfig::restore(const QString &backupId, Done done)
{
    const bool master = backupId.startsWith(QLatin1String("master.cf-"));
    if (!master && !backupId.startsWith(QLatin1String("main.cf-"))) {
        done(outcome(Kind::Invalid, QStringLiteral("only main.cf and master.cf backups can be restored")));
        return;
    }
    const File file = master ? File::MasterCf : File::MainCf;
    QByteArray backup;
    const auto r = AtomicFile::read(backupDir() + QLatin1Char('/') + backupId, &backup);
    if (!r.ok) {
        done(outcome(Kind::Invalid, QStringLiteral("no such backup: %1").arg(backupId)));
        return;
    }
    QByteArray current;
    const auto c = AtomicFile::read(pathOf(file), &current);
    if (!c.ok) {
        done(outcome(Kind::NotInstalled, c.error));
        return;
    }
    if (current == backup) {
        done(outcome(Kind::Unchanged));
        return;
    }
    commit(file, current, backup, file == File::MainCf && needsRestart(current, backup), {}, std::move(done));
}

void PostfixConfig::setServerTls(const ServerTls &tls, Done done)
{
    QByteArray oldMain;
    if (const auto read = AtomicFile::read(mainCfPath(), &oldMain); !read.ok) {
        done(outcome(Kind::NotInstalled, QStringLiteral("Postfix is not installed (%1)").arg(read.error)));
        return;
    }
    MainCf newMain = MainCf::fromByteArray(oldMain);
    newMain.set(QStringLiteral("smtpd_tls_chain_files"), tls.keyFile + QStringLiteral(", ") + tls.certificateFile);
    newMain.remove({QStringLiteral("smtpd_tls_cert_file"), QStringLiteral("smtpd_tls_key_file"),
                    QStringLiteral("smtpd_tls_eccert_file"), QStringLiteral("smtpd_tls_eckey_file"),
                    QStringLiteral("smtpd_tls_dcert_file"), QStringLiteral("smtpd_tls_dkey_file")});
    if (newMain.value(QStringLiteral("smtpd_tls_security_level")) != QStringLiteral("encrypt")) {
        newMain.set(QStringLiteral("smtpd_tls_security_level"), QStringLiteral("may"));
    }
    std::function<void()> undoFiles;
    if (tls.writeFiles) {
        QByteArray oldKey;
        QByteArray oldCert;
        const bool hadKey = AtomicFile::read(tls.keyFile, &oldKey).ok;
        const bool hadCert = AtomicFile::read(tls.certificateFile, &oldCert).ok;
        QString error;
        if ((hadKey && writeBackup(QStringLiteral("tls-key.pem"), oldKey, &error).isEmpty())
            || (hadCert && writeBackup(QStringLiteral("tls-cert.pem"), oldCert, &error).isEmpty())) {
            done(
                outcome(Kind::Failed, QStringLiteral("cannot back up the previous key or certificate: %1").arg(error)));
            return;
        }
        undoFiles = [tls, hadKey, oldKey, hadCert, oldCert] {
            if (hadKey) {
                AtomicFile::write(tls.keyFile, oldKey, 0600, 0, 0, true);
            } else {
                AtomicFile::remove(tls.keyFile);
            }
            if (hadCert) {
                AtomicFile::write(tls.certificateFile, oldCert, 0644, 0, 0, true);
            } else {
                AtomicFile::remove(tls.certificateFile);
            }
        };
        const QString dir = QFileInfo(tls.keyFile).absolutePath();
        QDir().mkpath(dir);
        ::chmod(QFile::encodeName(dir).constData(), 0755);
        const auto k = AtomicFile::write(tls.keyFile, tls.keyPem, 0600, 0, 0, true);
        const auto c = k.ok ? AtomicFile::write(tls.certificateFile, tls.chainPem, 0644, 0, 0, true) : k;
        if (!k.ok || !c.ok) {
            undoFiles();
            done(outcome(Kind::Failed, k.ok ? c.error : k.error));
            return;
        }
        qCInfo(lcConfig) << "TLS key and certificate written to" << dir;
    }
    commit(File::MainCf, oldMain, newMain.toByteArray(), false, undoFiles, std::move(done));
}

bool PostfixConfig::beginRelayChange(const std::function<ConfigChange(const QString &dbType)> &makeChange,
                                     RelayTransaction *t, const Done &done)
{
    const auto read = AtomicFile::read(mainCfPath(), &t->oldMain);
    if (!read.ok) {
        done(outcome(Kind::NotInstalled, QStringLiteral("Postfix is not installed (%1)").arg(read.error)));
        return false;
    }
    t->dbType = postconfValue(*m_programs, QStringLiteral("default_database_type"));
    if (t->dbType.isEmpty()) {
        t->dbType = QStringLiteral("hash");
    }
    const ConfigChange change = makeChange(t->dbType);
    t->newMain = MainCf::fromByteArray(t->oldMain);
    const ValidationResult v = change.applyTo(t->newMain);
    if (!v) {
        done(outcome(Kind::Invalid, v.message));
        return false;
    }
    t->noMainCfChange = change.isNoOpFor(MainCf::fromByteArray(t->oldMain));
    t->passwdPath = RelayConfig::saslPasswdPath();
    t->mapFile = mapFileFor(t->dbType);
    t->hadPasswd = AtomicFile::read(t->passwdPath, &t->oldPasswd).ok;
    QString error;
    if (t->hadPasswd
        && (t->passwdBackupId = writeBackup(QStringLiteral("sasl_passwd"), t->oldPasswd, &error)).isEmpty()) {
        done(outcome(Kind::Failed, QStringLiteral("cannot back up sasl_passwd: %1").arg(error)));
        return false;
    }
    return true;
}

void PostfixConfig::setRelay(const RelayConfig &relay, Done finished)
{
    RelayTransaction t;
    if (!beginRelayChange(
            [&relay](const QString &dbType) {
                return relay.mainCfChange(dbType, SystemInspector::osRelease().family());
            },
            &t, finished)) {
        return;
    }
    // Whatever the outcome, the password backup goes when the change is over, and a map of an
    // earlier database type (sasl_passwd.db after a switch to lmdb) does not keep the old password.
    // The transaction's record ends first: it names that backup.
    Done done = [this, finished, mapFile = t.mapFile](const Outcome &o) {
        endRecord();
        removePasswordBackups(backupDir());
        if (o.kind == Kind::Applied || o.kind == Kind::Unchanged) {
            for (const QString &type : {QStringLiteral("hash"), QStringLiteral("lmdb"), QStringLiteral("cdb")}) {
                if (mapFileFor(type) != mapFile) {
                    AtomicFile::remove(mapFileFor(type));
                }
            }
        }
        MAILROOM_STOP_POINT("relay.backups-removed");
        finished(o);
    };
    // sasl_passwd is the transaction's first file; main.cf joins it in commit().
    auto record = std::make_shared<TransactionRecord>();
    record->postfixWasActive = m_services->state(PostfixUnit).isActive();
    record->restart = true;
    TransactionRecord::File entry;
    entry.mode = 0600;
    TransactionRecord::statFile(t.passwdPath, &entry);
    entry.path = t.passwdPath;
    entry.backupId = t.passwdBackupId;
    entry.newRevision = ConfigFileText::revision(relay.saslPasswdLine());
    record->files.append(entry);
    if (QString error; !record->save(m_places, &error)) {
        done(outcome(Kind::Failed, QStringLiteral("cannot record the transaction: %1").arg(error)));
        return;
    }
    const auto w = AtomicFile::write(t.passwdPath, relay.saslPasswdLine(), 0600, 0, 0, true);
    if (!w.ok) {
        done(outcome(Kind::Failed, w.error));
        return;
    }
    auto buildMap = [this, dbType = t.dbType, passwdPath = t.passwdPath] {
        return buildPasswordMap(dbType, passwdPath);
    };
    auto undoPasswd
        = [hadPasswd = t.hadPasswd, oldPasswd = t.oldPasswd, passwdPath = t.passwdPath, mapFile = t.mapFile, buildMap] {
              if (hadPasswd) {
                  AtomicFile::write(passwdPath, oldPasswd, 0600, 0, 0, true);
                  buildMap();
              } else {
                  AtomicFile::remove(passwdPath);
                  AtomicFile::remove(mapFile);
              }
          };
    const QString mapError = buildMap();
    if (!mapError.isEmpty()) {
        undoPasswd();
        done(outcome(Kind::Failed, mapError));
        return;
    }
    MAILROOM_STOP_POINT("relay.map-built");
    if (t.noMainCfChange) {
        // Only the credentials changed: Postfix reads the map on its own; a restart makes it certain.
        if (m_services->state(PostfixUnit).isActive()) {
            m_services->perform(PostfixUnit, ServiceManager::Action::Restart,
                                [this, done](bool ok, const QString &message) {
                                    if (!ok) {
                                        done(outcome(Kind::Failed, message));
                                        return;
                                    }
                                    whenSettled([done](const QString &problem) {
                                        done(outcome(problem.isEmpty() ? Kind::Applied : Kind::Failed, problem));
                                    });
                                });
        } else {
            done(outcome(Kind::Applied));
        }
        return;
    }
    commit(File::MainCf, t.oldMain, t.newMain.toByteArray(), true, undoPasswd, std::move(done), record);
}

QString PostfixConfig::buildPasswordMap(const QString &dbType, const QString &passwdPath) const
{
    const QString mapFile = mapFileFor(dbType, passwdPath);
    const auto pm = m_programs->run(ProgramRunner::Program::Postmap, {dbType + QLatin1Char(':') + passwdPath});
    if (!pm.ok()) {
        return QStringLiteral("postmap failed: %1").arg(QString::fromUtf8(pm.err).trimmed());
    }
    // The map holds the password too: root only, whatever postmap's umask was.
    ::chown(QFile::encodeName(mapFile).constData(), 0, 0);
    ::chmod(QFile::encodeName(mapFile).constData(), 0600);
    return {};
}

void PostfixConfig::removeRelay(Done finished)
{
    RelayTransaction t;
    if (!beginRelayChange([](const QString &) { return RelayConfig::removalChange(); }, &t, finished)) {
        return;
    }
    Done done = [finished](const Outcome &o) {
        removePasswordBackups(backupDir());
        finished(o);
    };
    auto removeFiles = [passwdPath = t.passwdPath] {
        AtomicFile::remove(passwdPath);
        // The map of every database type: one left from before a type change holds a password too.
        for (const QString &type : {QStringLiteral("hash"), QStringLiteral("lmdb"), QStringLiteral("cdb")}) {
            AtomicFile::remove(mapFileFor(type));
        }
    };
    if (t.noMainCfChange) {
        removeFiles();
        done(outcome(t.hadPasswd ? Kind::Applied : Kind::Unchanged));
        return;
    }
    commit(File::MainCf, t.oldMain, t.newMain.toByteArray(), true, {}, [done, removeFiles](const Outcome &o) {
        if (o.kind == Kind::Applied) {
            removeFiles();
        }
        done(o);
    });
}

QList<PostfixConfig::Value> PostfixConfig::values(const QStringList &keys, QString *error) const
{
    QList<Value> result;
    if (!m_programs->exists(ProgramRunner::Program::Postconf)) {
        *error = QStringLiteral("Postfix is not installed");
        return result;
    }
    const auto effective = m_programs->run(ProgramRunner::Program::Postconf, QStringList {QStringLiteral("-h")} + keys);
    const auto defaults = m_programs->run(ProgramRunner::Program::Postconf, QStringList {QStringLiteral("-dh")} + keys);
    if (!effective.ok() || !defaults.ok()) {
        *error = QString::fromUtf8(effective.err + defaults.err).trimmed();
        return result;
    }
    const QList<QByteArray> ev = effective.out.split('\n');
    const QList<QByteArray> dv = defaults.out.split('\n');
    QByteArray mainText;
    AtomicFile::read(mainCfPath(), &mainText);
    const MainCf doc = MainCf::fromByteArray(mainText);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        result.append(
            {keys.at(i), QString::fromUtf8(ev.value(i)), QString::fromUtf8(dv.value(i)), doc.contains(keys.at(i))});
    }
    return result;
}

void PostfixConfig::recoverInterrupted(std::function<void()> finished)
{
    // A relay change's password backup lives only while its transaction runs: none is left once
    // no record names one (one killed after its record ended would keep the old password).
    const auto done = [this, finished] {
        if (!AtomicFile::exists(m_places.recordPath)) {
            removePasswordBackups(m_places.backupDir);
        }
        finished();
    };
    TransactionRecord record;
    QString error;
    switch (TransactionRecord::load(m_places, &record, &error)) {
    case TransactionRecord::Found::None:
        done();
        return;
    case TransactionRecord::Found::Refused: {
        // Never acted on: a record that names other files could make root write anywhere.
        const QString aside = TransactionRecord::moveAside(m_places);
        qCCritical(lcConfig).noquote()
            << QStringLiteral("the record of an interrupted config transaction is refused (%1); nothing was changed; "
                              "the record was %2")
                   .arg(error, aside.isEmpty() ? QStringLiteral("removed") : QStringLiteral("moved to ") + aside);
        done();
        return;
    }
    case TransactionRecord::Found::Loaded:
        break;
    }
    QStringList names;
    for (const auto &f : std::as_const(record.files)) {
        names.append(QStringLiteral("%1 (backup %2)")
                         .arg(f.path, f.backupId.isEmpty() ? QStringLiteral("none: it was new") : f.backupId));
    }
    qCWarning(lcConfig).noquote() << QStringLiteral("a config transaction was interrupted at step \"%1\"; files: %2")
                                         .arg(TransactionRecord::stepName(record.step), names.join(u", "));
    if (record.step != TransactionRecord::Step::Checked || !record.filesAreNew()) {
        replayRollback(record,
                       record.step == TransactionRecord::Step::Checked
                           ? QStringLiteral("its files are no longer the ones it checked")
                           : QStringLiteral("its new files had not passed `postfix check`"),
                       std::move(done));
        return;
    }
    // Checked and still on disk: what the transaction had left to do is the reload.
    if (!m_services->state(PostfixUnit).isActive() && !record.postfixWasActive) {
        qCWarning(lcConfig,
                  "interrupted transaction finished: its files had passed `postfix check`; Postfix is "
                  "not running, nothing to reload");
        endRecord();
        done();
        return;
    }
    const auto action = record.restart || !m_services->state(PostfixUnit).isActive() ? ServiceManager::Action::Restart
                                                                                     : ServiceManager::Action::Reload;
    m_services->perform(PostfixUnit, action, [this, record, done](bool ok, const QString &message) {
        const auto failed = [this, record, done](const QString &problem) {
            replayRollback(record, QStringLiteral("Postfix did not take its checked files: %1").arg(problem), done);
        };
        if (!ok) {
            failed(message);
            return;
        }
        whenSettled([this, done, failed](const QString &problem) {
            if (!problem.isEmpty()) {
                failed(problem);
                return;
            }
            qCWarning(lcConfig,
                      "interrupted transaction finished: its files had passed `postfix check`; Postfix "
                      "runs with them");
            endRecord();
            done();
        });
    });
}

void PostfixConfig::replayRollback(const TransactionRecord &record, const QString &why, std::function<void()> done)
{
    using Kind = TransactionRecord::Restored::Kind;
    qCWarning(lcConfig).noquote() << QStringLiteral("rolling back the interrupted transaction: %1").arg(why);
    bool failed = false;
    bool restored = false;
    for (const auto &r : record.rollBackFiles(m_places)) {
        switch (r.kind) {
        case Kind::Restored:
            restored = true;
            qCWarning(lcConfig).noquote()
                << QStringLiteral("%1 %2").arg(r.path,
                                               AtomicFile::exists(r.path) ? QStringLiteral("restored from its backup")
                                                                          : QStringLiteral("removed: it was new"));
            if (r.path.endsWith(QLatin1String("/sasl_passwd"))) {
                const QString dbType = postconfValue(*m_programs, QStringLiteral("default_database_type"));
                const QString type = dbType.isEmpty() ? QStringLiteral("hash") : dbType;
                if (AtomicFile::exists(r.path)) {
                    if (const QString problem = buildPasswordMap(type, r.path); !problem.isEmpty()) {
                        qCWarning(lcConfig).noquote() << QStringLiteral("rebuilding its map: %1").arg(problem);
                    }
                } else {
                    AtomicFile::remove(mapFileFor(type, r.path));
                }
            }
            break;
        case Kind::AlreadyOld:
            qCWarning(lcConfig).noquote() << QStringLiteral("%1 already was the old file").arg(r.path);
            break;
        case Kind::ChangedMeanwhile:
            qCWarning(lcConfig).noquote()
                << QStringLiteral("%1 was changed by another program since; left as it is").arg(r.path);
            break;
        case Kind::Failed:
            failed = true;
            qCCritical(lcConfig).noquote() << QStringLiteral("%1 could not be restored: %2").arg(r.path, r.error);
            break;
        }
    }
    // A file not restored keeps the record: the next start tries again.
    const auto end = [this, failed, done] {
        if (failed) {
            qCCritical(lcConfig, "the transaction record stays for the next start");
        } else {
            endRecord();
        }
        done();
    };
    const bool active = m_services->state(PostfixUnit).isActive();
    if (!active && !record.postfixWasActive) {
        qCWarning(lcConfig, "interrupted transaction rolled back; Postfix was not running");
        end();
        return;
    }
    // Before its check a transaction never reloads Postfix: when none of its files had been
    // replaced yet, Postfix has seen nothing of it.
    if (active && !restored && record.step == TransactionRecord::Step::Begun) {
        qCWarning(lcConfig, "interrupted transaction rolled back: none of its files had been replaced yet");
        end();
        return;
    }
    // A reload reads the old files again; a restart also brings back what only a start reads
    // (inet_interfaces) once the transaction may have restarted Postfix with its files (only
    // after its check), and a master a failed reload stopped.
    const bool mayHaveRestarted = record.restart && record.step != TransactionRecord::Step::Begun;
    const auto action = mayHaveRestarted || !active ? ServiceManager::Action::Restart : ServiceManager::Action::Reload;
    m_services->perform(PostfixUnit, action, [this, end](bool ok, const QString &message) {
        if (!ok) {
            qCCritical(lcConfig).noquote()
                << QStringLiteral("interrupted transaction rolled back, but Postfix did not start: %1").arg(message);
            end();
            return;
        }
        whenSettled([end](const QString &problem) {
            if (problem.isEmpty()) {
                qCWarning(lcConfig, "interrupted transaction rolled back; Postfix runs with the old files");
            } else {
                qCCritical(lcConfig).noquote()
                    << QStringLiteral("interrupted transaction rolled back, but %1").arg(problem);
            }
            end();
        });
    });
}
