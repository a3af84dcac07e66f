// SPDX-License-Identifier: GPL-2.0-or-later
#include "tlsoperations.h"

#include "atomicfile.h"
#include "configoperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "postfixconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTls, "mailroom.helper.tls")

using namespace Mailroom;

namespace {
bool isHostName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")));
    return name.size() <= 253 && re.match(name).hasMatch();
}

// smtpd_tls_chain_files: files of keys and certificates, separated by commas or spaces.
QStringList fileList(const QString &value)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    return value.split(sep, Qt::SkipEmptyParts);
}

QString sourceOf(const QString &keyFile, const QString &tlsDir, const QString &letsEncryptLive)
{
    if (keyFile.isEmpty()) {
        return QStringLiteral("none");
    }
    if (keyFile.startsWith(tlsDir + QLatin1Char('/'))) {
        return QStringLiteral("mailroom");
    }
    if (keyFile.startsWith(letsEncryptLive + QLatin1Char('/'))) {
        return QStringLiteral("letsencrypt");
    }
    return QStringLiteral("other");
}

OperationResult failed(const QString &message)
{
    return OperationResult::failure(Api::Error::Failed, message);
}
OperationResult refused(const QString &message)
{
    return OperationResult::failure(Api::Error::InvalidArgs, message);
}
} // namespace

TlsOperations::TlsOperations(PostfixConfig *config, const QString &tlsDir, const QString &letsEncryptLive)
    : m_config(config)
    , m_tlsDir(tlsDir)
    , m_letsEncryptLive(letsEncryptLive)
{ }

QString TlsOperations::keyFile() const
{
    return m_tlsDir + QStringLiteral("/key.pem");
}
QString TlsOperations::certificateFile() const
{
    return m_tlsDir + QStringLiteral("/cert.pem");
}
QString TlsOperations::requestKeyFile() const
{
    return m_tlsDir + QStringLiteral("/request-key.pem");
}
QString TlsOperations::requestFile() const
{
    return m_tlsDir + QStringLiteral("/request.pem");
}

bool TlsOperations::readSmallFile(const QString &path, QByteArray *out, qint64 maxSize)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= maxSize;
    if (ok) {
        out->resize(qsizetype(st.st_size));
        qsizetype done = 0;
        while (done < out->size()) {
            const ssize_t n = ::read(fd, out->data() + done, size_t(out->size() - done));
            if (n <= 0) {
                break;
            }
            done += n;
        }
        out->resize(done);
    }
    ::close(fd);
    return ok;
}

QStringList TlsOperations::serverNames(QString *error) const
{
    QString e;
    const auto values = m_config->values({QStringLiteral("myhostname"), QStringLiteral("mydomain")}, &e);
    if (!e.isEmpty() || values.size() != 2) {
        *error = e.isEmpty() ? QStringLiteral("postconf did not answer") : e;
        return {};
    }
    const QString host = values.at(0).value.trimmed().toLower();
    const QString domain = values.at(1).value.trimmed().toLower();
    if (!isHostName(host) || !host.contains(u'.')) {
        *error = QStringLiteral("myhostname (\"%1\") is not a fully qualified host name: set it first").arg(host);
        return {};
    }
    QStringList names {host};
    if (domain != host && isHostName(domain) && domain.contains(u'.')) {
        names << domain;
    }
    return names;
}

namespace {
// What the state was read from, as it is now: a change of any file (or its absence) changes it.
QByteArray filesKey(const QStringList &paths)
{
    QByteArray key;
    for (const QString &path : paths) {
        struct stat st {};
        key += QFile::encodeName(path);
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
            key += QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino)) + ':'
                + QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
                + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ':' + QByteArray::number(qint64(st.st_ctim.tv_sec))
                + '.' + QByteArray::number(qint64(st.st_ctim.tv_nsec));
        }
        key += '\n';
    }
    return key;
}
} // namespace

OperationResult TlsOperations::state() const
{
    if (m_cached && filesKey(m_cachedFiles) == m_cachedKey) {
        return *m_cached;
    }
    QStringList files;
    const QByteArray keyBefore = filesKey({PostfixConfig::mainCfPath()});
    OperationResult result = computeState(&files);
    // Kept when it worked and main.cf did not change while it was read (a failure, such as
    // postconf not answering, is asked again next time).
    m_cachedFiles = QStringList {PostfixConfig::mainCfPath(), QStringLiteral("/usr/sbin/postconf")} + files;
    m_cachedKey = filesKey(m_cachedFiles);
    if (result.ok() && m_cachedKey.startsWith(keyBefore)) {
        m_cached = result;
    } else {
        m_cached.reset();
    }
    return result;
}

OperationResult TlsOperations::computeState(QStringList *readFiles) const
{
    QString error;
    const auto values = m_config->values({QStringLiteral("smtpd_tls_chain_files"),
                                          QStringLiteral("smtpd_tls_cert_file"), QStringLiteral("smtpd_tls_key_file"),
                                          QStringLiteral("smtpd_tls_security_level"), QStringLiteral("myhostname")},
                                         &error);
    if (!error.isEmpty() || values.size() != 5) {
        return OperationResult::failure(Api::Error::NotInstalled, error);
    }
    TlsCertificateState s;
    s.securityLevel = values.at(3).value;
    s.hostName = values.at(4).value.trimmed();
    // With smtpd_tls_chain_files set, Postfix ignores the legacy cert/key parameters.
    QStringList files = fileList(values.at(0).value);
    if (files.isEmpty()) {
        files = fileList(values.at(2).value) + fileList(values.at(1).value);
    }
    QByteArray keyPem;
    QByteArray certificates;
    for (const QString &f : std::as_const(files)) {
        QByteArray text;
        if (!readSmallFile(f, &text)) {
            continue;
        }
        if (TlsKeys::containsPrivateKey(text) && keyPem.isEmpty()) {
            s.keyFile = f;
            keyPem = text;
        }
        const QList<QByteArray> blocks = TlsKeys::certificateBlocks(text);
        if (!blocks.isEmpty() && s.certificateFile.isEmpty()) {
            s.certificateFile = f;
        }
        for (const QByteArray &b : blocks) {
            certificates += b;
        }
    }
    *readFiles << files << requestFile()
               << m_letsEncryptLive + QLatin1Char('/') + s.hostName + QStringLiteral("/fullchain.pem");
    s.chainPem = QString::fromLatin1(certificates);
    const QList<QByteArray> blocks = TlsKeys::certificateBlocks(certificates);
    s.keyMatches = !blocks.isEmpty() && TlsKeys::keyMatches(keyPem, blocks.first());
    keyPem.fill('\0');
    s.source
        = sourceOf(s.keyFile.isEmpty() && !files.isEmpty() ? files.first() : s.keyFile, m_tlsDir, m_letsEncryptLive);
    QByteArray request;
    if (readSmallFile(requestFile(), &request)) {
        s.requestPem = QString::fromLatin1(request);
    }
    QByteArray probe;
    s.letsEncryptAvailable = isHostName(s.hostName)
        && readSmallFile(m_letsEncryptLive + QLatin1Char('/') + s.hostName + QStringLiteral("/fullchain.pem"), &probe);
    return OperationResult::success({QVariant::fromValue(s)});
}

QString TlsOperations::refusalFor(const QList<QByteArray> &chain, const QString &host)
{
    QList<QSslCertificate> certs;
    for (const QByteArray &pem : chain) {
        certs << QSslCertificate(pem, QSsl::Pem);
    }
    if (certs.isEmpty() || certs.first().isNull()) {
        return QStringLiteral("the certificate cannot be read");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certs.first().effectiveDate() > now) {
        return QStringLiteral("the certificate is not valid before %1 (UTC): check the clock or the certificate")
            .arg(certs.first().effectiveDate().toUTC().toString(Qt::ISODate));
    }
    if (certs.first().expiryDate() < now) {
        return QStringLiteral("the certificate expired on %1 (UTC)")
            .arg(certs.first().expiryDate().toUTC().toString(Qt::ISODate));
    }
    for (const QSslError &e : QSslCertificate::verify(certs, host)) {
        if (e.error() == QSslError::HostNameMismatch) {
            return QStringLiteral("the certificate is not for %1 (myhostname): it names %2")
                .arg(host, certs.first().subjectAlternativeNames().values().join(QStringLiteral(", ")));
        }
    }
    return {};
}

void TlsOperations::installFiles(const QByteArray &keyPem, const QList<QByteArray> &chain, const Finished &done,
                                 bool clearRequest)
{
    PostfixConfig::ServerTls tls;
    tls.keyFile = keyFile();
    tls.certificateFile = certificateFile();
    tls.writeFiles = true;
    tls.keyPem = keyPem;
    for (const QByteArray &c : chain) {
        tls.chainPem += c;
    }
    m_config->setServerTls(
        tls,
        [done, clearRequest, requestKey = requestKeyFile(), request = requestFile()](const PostfixConfig::Outcome &o) {
            if (clearRequest && (o.kind == PostfixConfig::Outcome::Kind::Applied)) {
                AtomicFile::remove(requestKey);
                AtomicFile::remove(request);
            }
            done(ConfigOperations::toResult(o, {QString::fromUtf8(o.diff)}));
        });
}

void TlsOperations::create(TlsKeys::KeyType type, bool selfSigned, const Finished &done)
{
    QString error;
    const QStringList names = serverNames(&error);
    if (names.isEmpty()) {
        done(failed(error));
        return;
    }
    const TlsKeys::Result key = TlsKeys::generateKey(type);
    if (!key.ok()) {
        done(failed(key.error));
        return;
    }
    qCInfo(lcTls) << "new" << (type == TlsKeys::KeyType::EcP256 ? "ECDSA P-256" : "RSA 3072") << "key for" << names;
    if (selfSigned) {
        const TlsKeys::Result cert
            = TlsKeys::selfSigned(key.pem, names, QDateTime::currentDateTimeUtc().addSecs(-300), selfSignedDays);
        if (!cert.ok()) {
            done(failed(cert.error));
            return;
        }
        installFiles(key.pem, {cert.pem}, done, false);
        return;
    }
    const TlsKeys::Result req = TlsKeys::request(key.pem, names);
    if (!req.ok()) {
        done(failed(req.error));
        return;
    }
    // A request made earlier may already be with a CA: its key is kept as a backup.
    QByteArray oldKey;
    if (readSmallFile(requestKeyFile(), &oldKey)
        && m_config->backUp(QStringLiteral("tls-key.pem"), oldKey, &error).isEmpty()) {
        done(failed(QStringLiteral("cannot back up the previous request's key: %1").arg(error)));
        return;
    }
    QDir().mkpath(m_tlsDir);
    ::chmod(QFile::encodeName(m_tlsDir).constData(), 0755);
    const auto k = AtomicFile::write(requestKeyFile(), key.pem, 0600, 0, 0, true);
    const auto r = k.ok ? AtomicFile::write(requestFile(), req.pem, 0644, 0, 0, true) : k;
    if (!r.ok) {
        done(failed(r.error));
        return;
    }
    done(OperationResult::success({QString::fromLatin1(req.pem)}));
}

void TlsOperations::install(const QByteArray &pem, const Finished &done)
{
    QString error;
    const QStringList names = serverNames(&error);
    if (names.isEmpty()) {
        done(failed(error));
        return;
    }
    const QList<QByteArray> blocks = TlsKeys::certificateBlocks(pem);
    if (blocks.isEmpty()) {
        done(refused(QStringLiteral("no PEM certificate (-----BEGIN CERTIFICATE-----) in the text")));
        return;
    }
    // The pending request's key first (the usual case), then the key in use (a renewal for it).
    QByteArray requestKey;
    QByteArray currentKey;
    readSmallFile(requestKeyFile(), &requestKey);
    readSmallFile(keyFile(), &currentKey);
    for (const auto &[key, fromRequest] : {std::pair {requestKey, true}, std::pair {currentKey, false}}) {
        if (key.isEmpty()) {
            continue;
        }
        const TlsKeys::Chain chain = TlsKeys::orderChain(blocks, key);
        if (!chain.ok()) {
            if (chain.error.startsWith(QLatin1String("no certificate"))) {
                continue;
            }
            done(refused(QStringLiteral("The certificate cannot be installed: %1.").arg(chain.error)));
            return;
        }
        if (const QString why = refusalFor(chain.certificates, names.first()); !why.isEmpty()) {
            done(refused(QStringLiteral("The certificate cannot be installed: %1.").arg(why)));
            return;
        }
        installFiles(key, chain.certificates, done, fromRequest);
        return;
    }
    done(
        refused(requestKey.isEmpty() && currentKey.isEmpty()
                    ? QStringLiteral("The certificate cannot be installed: there is no private key for it here. Make a "
                                     "signing request first and give that to the certificate authority.")
                    : QStringLiteral("The certificate cannot be installed: it does not belong to the signing request "
                                     "made here, nor to the key in use.")));
}

void TlsOperations::useLetsEncrypt(const Finished &done)
{
    QString error;
    const QStringList names = serverNames(&error);
    if (names.isEmpty()) {
        done(failed(error));
        return;
    }
    const QString dir = m_letsEncryptLive + QLatin1Char('/') + names.first();
    QByteArray key;
    QByteArray chain;
    if (!readSmallFile(dir + QStringLiteral("/privkey.pem"), &key)
        || !readSmallFile(dir + QStringLiteral("/fullchain.pem"), &chain)) {
        done(refused(QStringLiteral("certbot has no certificate for %1 (%2/ with privkey.pem and fullchain.pem)")
                         .arg(names.first(), dir)));
        return;
    }
    const QList<QByteArray> blocks = TlsKeys::certificateBlocks(chain);
    const bool matches = !blocks.isEmpty() && TlsKeys::keyMatches(key, blocks.first());
    key.fill('\0');
    if (!matches) {
        done(refused(QStringLiteral("%1/fullchain.pem does not belong to privkey.pem").arg(dir)));
        return;
    }
    if (const QString why = refusalFor(blocks, names.first()); !why.isEmpty()) {
        done(refused(QStringLiteral("certbot's certificate cannot be used: %1.").arg(why)));
        return;
    }
    PostfixConfig::ServerTls tls;
    tls.keyFile = dir + QStringLiteral("/privkey.pem");
    tls.certificateFile = dir + QStringLiteral("/fullchain.pem");
    m_config->setServerTls(tls, [done](const PostfixConfig::Outcome &o) {
        done(ConfigOperations::toResult(o, {QString::fromUtf8(o.diff)}));
    });
}
