// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/certificatesummary.h"

#include <QCryptographicHash>

#include <QSslKey>
#include <algorithm>

namespace Mailroom {

namespace {
QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    static const QList<QSslCertificate::SubjectInfo> order {
        QSslCertificate::CommonName,   QSslCertificate::Organization,        QSslCertificate::OrganizationalUnitName,
        QSslCertificate::LocalityName, QSslCertificate::StateOrProvinceName, QSslCertificate::CountryName};
    static const QStringList labels {QStringLiteral("CN"), QStringLiteral("O"),  QStringLiteral("OU"),
                                     QStringLiteral("L"),  QStringLiteral("ST"), QStringLiteral("C")};
    QStringList parts;
    for (int i = 0; i < order.size(); ++i) {
        const QStringList values = issuer ? cert.issuerInfo(order.at(i)) : cert.subjectInfo(order.at(i));
        for (const QString &v : values) {
            parts << labels.at(i) + u'=' + v;
        }
    }
    return parts.join(QStringLiteral(", "));
}

bool isHostError(QSslError::SslError e)
{
    return e == QSslError::HostNameMismatch;
}

// One DER element taken off the front of `in`: its tag, its contents and all of it. False when the
// lengths do not fit (nothing is read past the end).
struct DerElement
{
    quint8 tag = 0;
    QByteArrayView content;
    QByteArrayView whole;
};

bool takeDer(QByteArrayView &in, DerElement *out)
{
    if (in.size() < 2 || (uchar(in[0]) & 0x1f) == 0x1f) {
        return false; // high tag numbers do not occur in a certificate
    }
    qsizetype header = 2;
    qsizetype length = uchar(in[1]);
    if (length >= 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes == 0 || bytes > 4 || in.size() < 2 + bytes) {
            return false;
        }
        length = 0;
        for (int i = 0; i < bytes; ++i) {
            length = (length << 8) | uchar(in[2 + i]);
        }
        header += bytes;
    }
    if (length > in.size() - header) {
        return false;
    }
    out->tag = quint8(in[0]);
    out->content = in.sliced(header, length);
    out->whole = in.first(header + length);
    in = in.sliced(header + length);
    return true;
}

// The certificate's SubjectPublicKeyInfo (RFC 5280 4.1: the seventh field of tbsCertificate, the
// sixth without the optional version), DER; empty when the certificate is not shaped so.
QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer)
{
    QByteArrayView in(certificateDer);
    DerElement certificate;
    DerElement tbs;
    if (!takeDer(in, &certificate) || certificate.tag != 0x30) {
        return {};
    }
    QByteArrayView outer = certificate.content;
    if (!takeDer(outer, &tbs) || tbs.tag != 0x30) {
        return {};
    }
    QByteArrayView fields = tbs.content;
    DerElement e;
    if (!takeDer(fields, &e)) {
        return {};
    }
    if (e.tag == 0xa0 && !takeDer(fields, &e)) { // [0] version, then the serial number
        return {};
    }
    for (int i = 0; i < 4; ++i) { // signature algorithm, issuer, validity, subject
        if (!takeDer(fields, &e)) {
            return {};
        }
    }
    if (!takeDer(fields, &e) || e.tag != 0x30) {
        return {};
    }
    return e.whole.toByteArray();
}

// The certificate's public key, or a null key when it cannot be decoded. Not
// QSslCertificate::publicKey(): Qt's OpenSSL backend asserts that OpenSSL decodes the key and
// dereferences it unchecked, so a certificate whose key does not decode (an EC point off its
// curve: tests/data/fuzz/pem/) crashed whoever showed it. QSslKey decodes the same DER and says
// when it cannot.
QSslKey publicKeyOf(const QSslCertificate &cert)
{
    const QByteArray spki = subjectPublicKeyInfo(cert.toDer());
    if (spki.isEmpty()) {
        return {};
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(spki, algorithm, QSsl::Der, QSsl::PublicKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return {};
}
} // namespace

QString CertificateSummary::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs << QString::fromLatin1(hex.mid(i, 2));
    }
    return pairs.join(u':');
}

bool CertificateSummary::sameFingerprint(const QString &a, const QString &b)
{
    const auto norm = [](QString s) {
        s.remove(u':');
        s.remove(u' ');
        return s.toUpper();
    };
    const QString na = norm(a);
    return !na.isEmpty() && na == norm(b);
}

CertificateSummary CertificateSummary::fromPem(const QByteArray &pem, const QString &hostName)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (chain.isEmpty()) {
        return fromChain({}, {});
    }
    return fromChain(chain, QSslCertificate::verify(chain, hostName));
}

QString CertificateSummary::keyDescription() const
{
    if (keyAlgorithm.isEmpty()) {
        return {};
    }
    const QString name = keyAlgorithm == QLatin1String("EC") ? QStringLiteral("ECDSA") : keyAlgorithm;
    return keyBits > 0 ? QStringLiteral("%1 %2").arg(name).arg(keyBits) : name;
}

CertificateSummary CertificateSummary::fromChain(const QList<QSslCertificate> &chain, const QList<QSslError> &errors)
{
    CertificateSummary s;
    if (chain.isEmpty() || chain.first().isNull()) {
        s.problems << QSslError(QSslError::NoPeerCertificate).errorString();
        return s;
    }
    const QSslCertificate &cert = chain.first();
    s.isNull = false;
    s.subject = distinguishedName(cert, false);
    s.issuer = distinguishedName(cert, true);
    // QMultiMap keeps the names of one kind newest first: reversed, they are in the certificate's order.
    const auto alt = cert.subjectAlternativeNames();
    for (const QSsl::AlternativeNameEntryType type : alt.uniqueKeys()) {
        QStringList names = alt.values(type);
        std::reverse(names.begin(), names.end());
        for (const QString &name : std::as_const(names)) {
            if (!s.alternativeNames.contains(name)) {
                s.alternativeNames << name;
            }
        }
    }
    s.notBefore = cert.effectiveDate();
    s.notAfter = cert.expiryDate();
    s.sha256 = fingerprint(cert);
    const QSslKey key = publicKeyOf(cert);
    switch (key.algorithm()) {
    case QSsl::Rsa:
        s.keyAlgorithm = QStringLiteral("RSA");
        break;
    case QSsl::Ec:
        s.keyAlgorithm = QStringLiteral("EC");
        break;
    case QSsl::Dsa:
        s.keyAlgorithm = QStringLiteral("DSA");
        break;
    default:
        break;
    }
    s.keyBits = key.isNull() ? 0 : key.length();
    // Issued by itself: OpenSSL's self-signed check also wants the keyCertSign usage, which many
    // self-made server certificates lack; for people the point is that no one else vouches for it.
    s.selfSigned = cert.isSelfSigned() || (chain.size() == 1 && !s.subject.isEmpty() && s.subject == s.issuer);
    // A certificate that vouches for itself is trusted by nobody else, even where Qt's store takes in
    // every .pem of /etc/ssl/certs (Debian's ssl-cert-snakeoil.pem lies there).
    s.chainTrusted = !s.selfSigned;
    s.hostMatches = true;
    for (const QSslError &e : errors) {
        if (isHostError(e.error())) {
            s.hostMatches = false;
        } else {
            s.chainTrusted = false;
        }
        if (!s.problems.contains(e.errorString())) {
            s.problems << e.errorString();
        }
    }
    return s;
}

} // namespace Mailroom
