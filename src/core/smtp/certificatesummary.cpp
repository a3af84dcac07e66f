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
    const QSslKey key = cert.publicKey();
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
