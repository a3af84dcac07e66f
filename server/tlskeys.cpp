// SPDX-License-Identifier: GPL-2.0-or-later
#include "tlskeys.h"

#include <QRandomGenerator>
#include <QtCrypto>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace TlsKeys {

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

// QCA wants an Initializer alive while it is used; the helper makes one on first use.
bool qcaReady(QString *error)
{
    static QCA::Initializer init;
    for (const char *feature : {"pkey", "rsa", "cert", "csr"}) {
        if (!QCA::isSupported(feature)) {
            *error = QStringLiteral("QCA cannot do \"%1\": is its OpenSSL plugin (libqca-qt6-plugins) installed?")
                         .arg(QLatin1String(feature));
            return false;
        }
    }
    return true;
}

// No passphrase prompt on a terminal for an encrypted key: such a key is simply not readable.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

PKey readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

X509Ptr readCertificate(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, qsizetype(n)) : QByteArray();
}

QString openSslError(const char *what)
{
    return QStringLiteral("%1 failed").arg(QLatin1String(what));
}

QString subjectOf(X509 *cert)
{
    char buf[512];
    X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
    return QString::fromUtf8(buf);
}

bool isRsa(const QByteArray &keyPem)
{
    const PKey key = readKey(keyPem);
    return key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA;
}

QString altNames(const QStringList &names)
{
    QStringList parts;
    for (const QString &n : names) {
        parts << QStringLiteral("DNS:") + n;
    }
    return parts.join(u',');
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.toUtf8().constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        == 1;
}

// 127 random bits, positive, as RFC 5280 wants serial numbers.
QString randomSerial()
{
    const quint64 hi = QRandomGenerator::system()->generate64() >> 1;
    const quint64 lo = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1%2").arg(hi, 16, 16, QLatin1Char('0')).arg(lo, 16, 16, QLatin1Char('0'));
}

QCA::CertificateOptions qcaOptions(QCA::CertificateRequestFormat format, const QStringList &names)
{
    QCA::CertificateOptions opts(format);
    QCA::CertificateInfo info;
    info.insert(QCA::CommonName, names.first());
    for (const QString &n : names) {
        info.insert(QCA::DNS, n);
    }
    opts.setInfo(info);
    opts.setConstraints({QCA::DigitalSignature, QCA::KeyEncipherment, QCA::ServerAuth});
    return opts;
}

// --- RSA through QCA -----------------------------------------------------------------------

Result qcaSelfSigned(const QByteArray &keyPem, const QStringList &names, const QDateTime &from, int days)
{
    QCA::ConvertResult conv;
    const QCA::PrivateKey key = QCA::PrivateKey::fromPEM(QString::fromLatin1(keyPem), {}, &conv);
    if (conv != QCA::ConvertGood || key.isNull()) {
        return {{}, QStringLiteral("QCA cannot read the private key")};
    }
    QCA::CertificateOptions opts = qcaOptions(QCA::PKCS10, names);
    opts.setSerialNumber(QCA::BigInteger(QString::number(QRandomGenerator::system()->generate64() >> 1)));
    opts.setValidityPeriod(from, from.addDays(days));
    const QCA::Certificate cert(opts, key);
    if (cert.isNull()) {
        return {{}, QStringLiteral("QCA could not make the certificate")};
    }
    return {cert.toPEM().toLatin1(), {}};
}

Result qcaRequest(const QByteArray &keyPem, const QStringList &names)
{
    QCA::ConvertResult conv;
    const QCA::PrivateKey key = QCA::PrivateKey::fromPEM(QString::fromLatin1(keyPem), {}, &conv);
    if (conv != QCA::ConvertGood || key.isNull()) {
        return {{}, QStringLiteral("QCA cannot read the private key")};
    }
    const QCA::CertificateRequest req(qcaOptions(QCA::PKCS10, names), key);
    if (req.isNull()) {
        return {{}, QStringLiteral("QCA could not make the signing request")};
    }
    return {req.toPEM().toLatin1(), {}};
}

// --- elliptic curves through libcrypto -----------------------------------------------------

Result sslSelfSigned(const QByteArray &keyPem, const QStringList &names, const QDateTime &from, int days)
{
    const PKey key = readKey(keyPem);
    if (!key) {
        return {{}, QStringLiteral("cannot read the private key")};
    }
    X509Ptr cert(X509_new());
    BIGNUM *serialRaw = nullptr;
    const QByteArray serialHex = randomSerial().toLatin1();
    if (!cert || X509_set_version(cert.get(), 2) != 1 || BN_hex2bn(&serialRaw, serialHex.constData()) == 0) {
        BN_free(serialRaw);
        return {{}, openSslError("X509_new")};
    }
    const BigNum serial(serialRaw);
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(from.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(from.addDays(days).toSecsSinceEpoch()))
        || X509_set_pubkey(cert.get(), key.get()) != 1 || !setName(X509_get_subject_name(cert.get()), names.first())
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1) {
        return {{}, openSslError("building the certificate")};
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, QStringLiteral("critical,CA:FALSE"))
        || !addExtension(cert.get(), &ctx, NID_key_usage, QStringLiteral("critical,digitalSignature"))
        || !addExtension(cert.get(), &ctx, NID_ext_key_usage, QStringLiteral("serverAuth"))
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"))
        || !addExtension(cert.get(), &ctx, NID_subject_alt_name, altNames(names))) {
        return {{}, openSslError("adding the certificate's extensions")};
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        return {{}, openSslError("X509_sign")};
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), cert.get()) != 1) {
        return {{}, openSslError("PEM_write_bio_X509")};
    }
    return {bioText(out.get()), {}};
}

Result sslRequest(const QByteArray &keyPem, const QStringList &names)
{
    const PKey key = readKey(keyPem);
    if (!key) {
        return {{}, QStringLiteral("cannot read the private key")};
    }
    X509ReqPtr req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), 0) != 1 || !setName(X509_REQ_get_subject_name(req.get()), names.first())
        || X509_REQ_set_pubkey(req.get(), key.get()) != 1) {
        return {{}, openSslError("building the signing request")};
    }
    STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, nullptr, nullptr, req.get(), nullptr, 0);
    bool ok = exts != nullptr;
    for (const auto &[nid, value] : {std::pair {NID_key_usage, QStringLiteral("critical,digitalSignature")},
                                     std::pair {NID_ext_key_usage, QStringLiteral("serverAuth")},
                                     std::pair {NID_subject_alt_name, altNames(names)}}) {
        X509_EXTENSION *ext = ok ? X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toUtf8().constData()) : nullptr;
        ok = ext && sk_X509_EXTENSION_push(exts, ext) > 0;
        if (!ok && ext) {
            X509_EXTENSION_free(ext);
        }
    }
    ok = ok && X509_REQ_add_extensions(req.get(), exts) == 1;
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    if (!ok || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0) {
        return {{}, openSslError("signing the request")};
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509_REQ(out.get(), req.get()) != 1) {
        return {{}, openSslError("PEM_write_bio_X509_REQ")};
    }
    return {bioText(out.get()), {}};
}

QList<QByteArray> pemBlocks(const QByteArray &text, const QByteArray &label)
{
    QList<QByteArray> blocks;
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    qsizetype from = 0;
    while (true) {
        const qsizetype b = text.indexOf(begin, from);
        if (b < 0) {
            break;
        }
        const qsizetype e = text.indexOf(end, b);
        if (e < 0) {
            break;
        }
        blocks << text.mid(b, e + end.size() - b) + '\n';
        from = e + end.size();
    }
    return blocks;
}

} // namespace

bool keyTypeFromName(const QString &name, KeyType *type)
{
    if (name == QLatin1String("ec-p256")) {
        *type = KeyType::EcP256;
        return true;
    }
    if (name == QLatin1String("rsa-3072")) {
        *type = KeyType::Rsa3072;
        return true;
    }
    return false;
}

Result generateKey(KeyType type)
{
    if (type == KeyType::Rsa3072) {
        QString error;
        if (!qcaReady(&error)) {
            return {{}, error};
        }
        const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(3072);
        if (key.isNull()) {
            return {{}, QStringLiteral("QCA could not make an RSA key")};
        }
        return {key.toPEM().toLatin1(), {}};
    }
    const PKey key(EVP_EC_gen("P-256"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!key || !out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {{}, openSslError("making an ECDSA P-256 key")};
    }
    return {bioText(out.get()), {}};
}

Result selfSigned(const QByteArray &keyPem, const QStringList &names, const QDateTime &from, int days)
{
    if (names.isEmpty()) {
        return {{}, QStringLiteral("no host name for the certificate")};
    }
    // qca-ossl writes one DNS alternative name only: certificates for several names come from libcrypto.
    if (isRsa(keyPem) && names.size() == 1) {
        QString error;
        return qcaReady(&error) ? qcaSelfSigned(keyPem, names, from, days) : Result {{}, error};
    }
    return sslSelfSigned(keyPem, names, from, days);
}

Result request(const QByteArray &keyPem, const QStringList &names)
{
    if (names.isEmpty()) {
        return {{}, QStringLiteral("no host name for the request")};
    }
    if (isRsa(keyPem) && names.size() == 1) {
        QString error;
        return qcaReady(&error) ? qcaRequest(keyPem, names) : Result {{}, error};
    }
    return sslRequest(keyPem, names);
}

QList<QByteArray> certificateBlocks(const QByteArray &text)
{
    return pemBlocks(text, "CERTIFICATE");
}

bool containsPrivateKey(const QByteArray &text)
{
    return text.contains("PRIVATE KEY-----");
}

bool keyMatches(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    const PKey key = readKey(keyPem);
    const X509Ptr cert = readCertificate(certificatePem);
    return key && cert && X509_check_private_key(cert.get(), key.get()) == 1;
}

Chain orderChain(const QList<QByteArray> &certificatePems, const QByteArray &keyPem)
{
    Chain chain;
    const PKey key = readKey(keyPem);
    if (!key) {
        chain.error = QStringLiteral("cannot read the private key");
        return chain;
    }
    std::vector<X509Ptr> certs;
    for (const QByteArray &pem : certificatePems) {
        X509Ptr c = readCertificate(pem);
        if (!c) {
            chain.error = QStringLiteral("certificate %1 of the file cannot be read").arg(certs.size() + 1);
            return chain;
        }
        certs.push_back(std::move(c));
    }
    std::vector<bool> used(certs.size(), false);
    int current = -1;
    for (size_t i = 0; i < certs.size(); ++i) {
        if (X509_check_private_key(certs[i].get(), key.get()) == 1) {
            current = int(i);
            break;
        }
    }
    if (current < 0) {
        chain.error = QStringLiteral("no certificate in it belongs to the private key");
        return chain;
    }
    const int leaf = current;
    used[size_t(current)] = true;
    chain.certificates << certificatePems.at(current);
    while (X509_check_issued(certs[size_t(current)].get(), certs[size_t(current)].get()) != X509_V_OK) {
        int next = -1;
        for (size_t i = 0; i < certs.size(); ++i) {
            if (!used[i] && X509_check_issued(certs[i].get(), certs[size_t(current)].get()) == X509_V_OK) {
                next = int(i);
                break;
            }
        }
        if (next < 0) {
            break;
        }
        used[size_t(next)] = true;
        const bool root = X509_check_issued(certs[size_t(next)].get(), certs[size_t(next)].get()) == X509_V_OK;
        if (root) {
            break; // clients have the root; a server does not send it
        }
        chain.certificates << certificatePems.at(next);
        current = next;
    }
    for (size_t i = 0; i < certs.size(); ++i) {
        if (!used[i]) {
            chain.certificates.clear();
            chain.error = QStringLiteral("the certificate \"%1\" is not part of the chain of \"%2\"")
                              .arg(subjectOf(certs[i].get()), subjectOf(certs[size_t(leaf)].get()));
            return chain;
        }
    }
    return chain;
}

} // namespace TlsKeys
