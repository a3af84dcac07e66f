// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailaccessoperations.h"

#include "atomicfile.h"
#include "configoperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "postfixconfig.h"
#include "programrunner.h"
#include "servicefiles.h"
#include "servicemanager.h"
#include "tlsoperations.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

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
    , m_files(config, services)
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
    ServiceFiles::Plan plan;
    plan.files = {{MailAccess::dovecotConfPath(m_dovecotDir), MailAccess::dovecotConf(settings),
                   QStringLiteral("dovecot-mailroom.conf"), 0644}};
    plan.units = {{unit(), QStringLiteral("Dovecot")}};
    plan.check = [this]() -> QString {
        const auto check = m_programs->run(ProgramRunner::Program::Doveconf, {QStringLiteral("-n")});
        return check.ok() ? QString() : QString::fromUtf8(check.err + check.out).trimmed().right(2000);
    };
    plan.refusedMessage = QStringLiteral("Dovecot does not accept the settings (doveconf: %1)");
    plan.settled = [this, needAuthSocket]() -> QString {
        if (needAuthSocket && !QFileInfo::exists(m_authSocket)) {
            return QStringLiteral("Dovecot did not open its login service for Postfix (%1)").arg(m_authSocket);
        }
        return {};
    };
    qCInfo(lcAccess) << "Dovecot settings: imap" << settings.imap << "imaps" << settings.imaps;
    m_files.apply(plan, then);
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
