// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailaccessoperations.h"

#include "atomicfile.h"
#include "configoperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "postfix/unifieddiff.h"
#include "postfixconfig.h"
#include "programrunner.h"
#include "servicemanager.h"
#include "tlsoperations.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAccess, "mailroom.helper.access")

using namespace Mailroom;
using MailAccess::DovecotSettings;

namespace {
OperationResult failed(const QString &message)
{
    return OperationResult::failure(Api::Error::Failed, message);
}

// A path Mailroom can put in Dovecot's settings as it is (no quoting, no variables).
bool isPlainPath(const QString &path)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("/[A-Za-z0-9._+/-]+")));
    return re.match(path).hasMatch() && !path.contains(QLatin1String("/../"));
}

QString unit()
{
    return QString::fromLatin1(MailAccessOperations::DovecotUnit);
}
} // namespace

MailAccessOperations::MailAccessOperations(PostfixConfig *config, ServiceManager *services,
                                           const ProgramRunner *programs, const TlsOperations *tls,
                                           const QString &dovecotDir, const QString &dovecotLibDir,
                                           const QString &authSocket)
    : m_config(config)
    , m_services(services)
    , m_programs(programs)
    , m_tls(tls)
    , m_dovecotDir(dovecotDir)
    , m_dovecotLibDir(dovecotLibDir)
    , m_authSocket(authSocket)
{ }

bool MailAccessOperations::dovecotInstalled() const
{
    return m_programs->exists(ProgramRunner::Program::Doveconf)
        && QFileInfo(m_dovecotDir + QStringLiteral("/conf.d")).isDir();
}

bool MailAccessOperations::imapInstalled() const
{
    return QFileInfo(m_dovecotLibDir + QStringLiteral("/imap-login")).isExecutable();
}

DovecotSettings MailAccessOperations::currentSettings() const
{
    DovecotSettings s;
    QByteArray text;
    if (AtomicFile::read(MailAccess::dovecotConfPath(m_dovecotDir), &text).ok) {
        MailAccess::parseDovecotConf(text, &s);
    }
    return s;
}

bool MailAccessOperations::certificateFiles(QString *keyFile, QString *certificateFile, QString *error) const
{
    const OperationResult r = m_tls->state();
    if (!r.ok() || r.values.isEmpty()) {
        *error = r.message.isEmpty() ? QStringLiteral("Postfix is not installed") : r.message;
        return false;
    }
    const auto tls = r.values.first().value<TlsCertificateState>();
    if (tls.keyFile.isEmpty() || tls.certificateFile.isEmpty() || !tls.keyMatches) {
        *error
            = QStringLiteral("Postfix has no working TLS certificate yet, and mail clients may only log in over TLS: "
                             "make one first (Configuration > Certificates, or mailroomctl tls self-signed)");
        return false;
    }
    if (!isPlainPath(tls.keyFile) || !isPlainPath(tls.certificateFile)) {
        *error
            = QStringLiteral("the certificate's files (%1, %2) have names Dovecot's settings cannot carry as they are")
                  .arg(tls.keyFile, tls.certificateFile);
        return false;
    }
    *keyFile = tls.keyFile;
    *certificateFile = tls.certificateFile;
    return true;
}

OperationResult MailAccessOperations::state() const
{
    MailAccessState s;
    s.dovecotInstalled = dovecotInstalled();
    s.imapInstalled = s.dovecotInstalled && imapInstalled();
    s.dovecotActive = m_services->state(unit()).isActive();
    QByteArray master;
    if (m_config->readFile(PostfixConfig::File::MasterCf, &master).kind != PostfixConfig::Outcome::Kind::NotInstalled) {
        s.submission = MailAccess::submissionEnabled(master);
        s.submissionSecure = MailAccess::submissionSecure(master);
    }
    const DovecotSettings d = currentSettings();
    s.imap = d.imap;
    s.imaps = d.imaps;
    s.authSocket = QFileInfo::exists(m_authSocket);
    const OperationResult tls = m_tls->state();
    if (tls.ok() && !tls.values.isEmpty()) {
        s.certificateFile = tls.values.first().value<TlsCertificateState>().certificateFile;
    }
    return OperationResult::success({QVariant::fromValue(s)});
}

void MailAccessOperations::writeDovecot(const DovecotSettings &settings, bool needAuthSocket, const Written &then)
{
    const QString path = MailAccess::dovecotConfPath(m_dovecotDir);
    QByteArray oldText;
    const bool hadFile = AtomicFile::read(path, &oldText).ok;
    const QByteArray newText = MailAccess::dovecotConf(settings);
    const QByteArray diff
        = UnifiedDiff::diff(hadFile ? oldText : QByteArray(), newText, "a" + path.toUtf8(), "b" + path.toUtf8());
    const bool wasActive = m_services->state(unit()).isActive();
    if (hadFile && oldText == newText && wasActive && (!needAuthSocket || QFileInfo::exists(m_authSocket))) {
        then(OperationResult::success({QString()}), [] { });
        return;
    }
    QString error;
    if (hadFile && m_config->backUp(QStringLiteral("dovecot-mailroom.conf"), oldText, &error).isEmpty()) {
        then(failed(QStringLiteral("cannot back up %1: %2").arg(path, error)), {});
        return;
    }
    const auto restoreFile = [path, hadFile, oldText] {
        if (hadFile) {
            AtomicFile::write(path, oldText, 0644, 0, 0, true);
        } else {
            AtomicFile::remove(path);
        }
    };
    // Puts the previous file back and Dovecot in its previous state; then reports.
    const auto rollBack = [this, restoreFile, wasActive](const std::function<void()> &after) {
        restoreFile();
        m_services->perform(unit(), wasActive ? ServiceManager::Action::Restart : ServiceManager::Action::Stop,
                            [after](bool, const QString &) { after(); });
    };
    if (const auto w = AtomicFile::write(path, newText, 0644, 0, 0, true); !w.ok) {
        then(failed(QStringLiteral("cannot write %1: %2").arg(path, w.error)), {});
        return;
    }
    qCInfo(lcAccess) << "Dovecot settings written:" << path << "imap" << settings.imap << "imaps" << settings.imaps;
    const auto check = m_programs->run(ProgramRunner::Program::Doveconf, {QStringLiteral("-n")});
    if (!check.ok()) {
        restoreFile();
        const QString said = QString::fromUtf8(check.err + check.out).trimmed().right(2000);
        then(
            OperationResult::failure(Api::Error::RolledBack,
                                     QStringLiteral("Dovecot does not accept the settings (doveconf: %1)\nThe previous "
                                                    "settings were restored.")
                                         .arg(said)),
            {});
        return;
    }
    const auto undo = [rollBack] {
        rollBack([] { });
    };
    m_services->perform(unit(), ServiceManager::Action::Enable, [=, this](bool, const QString &) {
        m_services->perform(unit(), ServiceManager::Action::Restart, [=, this](bool ok, const QString &message) {
            if (!ok) {
                rollBack([then, message] {
                    then(OperationResult::failure(Api::Error::RolledBack,
                                                  QStringLiteral("Dovecot did not start with the new settings: %1\nThe "
                                                                 "previous settings were restored.")
                                                      .arg(message)),
                         {});
                });
                return;
            }
            QTimer::singleShot(settleMs, m_config, [=, this] {
                QString problem;
                if (!m_services->state(unit()).isActive()) {
                    problem = QStringLiteral("Dovecot stopped after it started");
                } else if (needAuthSocket && !QFileInfo::exists(m_authSocket)) {
                    problem
                        = QStringLiteral("Dovecot did not open its login service for Postfix (%1)").arg(m_authSocket);
                }
                if (!problem.isEmpty()) {
                    rollBack([then, problem] {
                        then(OperationResult::failure(
                                 Api::Error::RolledBack,
                                 QStringLiteral("%1\nThe previous settings were restored.").arg(problem)),
                             {});
                    });
                    return;
                }
                then(OperationResult::success({QString::fromUtf8(diff)}), undo);
            });
        });
    });
}

void MailAccessOperations::setSubmission(bool enabled, const Finished &done)
{
    QByteArray current;
    const PostfixConfig::Outcome read = m_config->readFile(PostfixConfig::File::MasterCf, &current);
    if (read.kind == PostfixConfig::Outcome::Kind::NotInstalled) {
        done(ConfigOperations::toResult(read));
        return;
    }
    const QByteArray wanted = enabled ? MailAccess::withSubmission(current) : MailAccess::withoutSubmission(current);
    const auto applyMaster = [this, wanted, revision = read.revision, done](const std::function<void()> &undo) {
        m_config->applyFile(PostfixConfig::File::MasterCf, wanted, revision,
                            [done, undo](const PostfixConfig::Outcome &o) {
                                const bool ok = o.kind == PostfixConfig::Outcome::Kind::Applied
                                    || o.kind == PostfixConfig::Outcome::Kind::Unchanged;
                                if (!ok && undo) {
                                    undo();
                                }
                                done(ConfigOperations::toResult(o, {QString::fromUtf8(o.diff)}));
                            });
    };
    if (!enabled) {
        applyMaster({});
        return;
    }
    DovecotSettings settings = currentSettings();
    QString error;
    if (!certificateFiles(&settings.keyFile, &settings.certificateFile, &error)) {
        done(failed(error));
        return;
    }
    if (!dovecotInstalled()) {
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("Dovecot checks the users' passwords for the submission port and "
                                                     "is not installed: install it first (mailroomctl package install "
                                                     "dovecot)")));
        return;
    }
    writeDovecot(settings, true, [done, applyMaster](const OperationResult &r, const std::function<void()> &undo) {
        if (!r.ok()) {
            done(r);
            return;
        }
        applyMaster(undo);
    });
}

void MailAccessOperations::setImap(bool imap, bool imaps, const Finished &done)
{
    DovecotSettings settings = currentSettings();
    const bool haveFile = AtomicFile::exists(MailAccess::dovecotConfPath(m_dovecotDir));
    if (!imap && !imaps && (!haveFile || (!settings.imap && !settings.imaps))) {
        done(OperationResult::success({QString()}));
        return;
    }
    if (!dovecotInstalled() || ((imap || imaps) && !imapInstalled())) {
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("Dovecot's IMAP server is not installed: install it first "
                                                     "(mailroomctl package install dovecot)")));
        return;
    }
    QString error;
    if (!certificateFiles(&settings.keyFile, &settings.certificateFile, &error)) {
        if (imap || imaps) {
            done(failed(error));
            return;
        }
    }
    settings.imap = imap;
    settings.imaps = imaps;
    QByteArray master;
    m_config->readFile(PostfixConfig::File::MasterCf, &master);
    const bool submission = MailAccess::submissionEnabled(master);
    writeDovecot(settings, submission, [done](const OperationResult &r, const std::function<void()> &) { done(r); });
}

void MailAccessOperations::followCertificate()
{
    const QString path = MailAccess::dovecotConfPath(m_dovecotDir);
    if (!AtomicFile::exists(path) || !dovecotInstalled()) {
        return;
    }
    DovecotSettings settings = currentSettings();
    QString error;
    if (!certificateFiles(&settings.keyFile, &settings.certificateFile, &error)) {
        qCWarning(lcAccess) << "Dovecot's settings keep their certificate:" << error;
        return;
    }
    QByteArray old;
    if (AtomicFile::read(path, &old).ok && old == MailAccess::dovecotConf(settings)) {
        // Same files, new content: Dovecot reads them again on reload.
        m_services->perform(unit(), ServiceManager::Action::Reload, [](bool ok, const QString &message) {
            if (!ok) {
                qCWarning(lcAccess) << "Dovecot did not reload for the new certificate:" << message;
            }
        });
        return;
    }
    QByteArray master;
    m_config->readFile(PostfixConfig::File::MasterCf, &master);
    writeDovecot(settings, MailAccess::submissionEnabled(master), [](const OperationResult &r, const auto &) {
        if (!r.ok()) {
            qCWarning(lcAccess) << "Dovecot did not take the new certificate:" << r.message;
        }
    });
}
