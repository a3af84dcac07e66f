// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/certificatesummary.h"

#include <QCryptographicHash>

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
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if (!s.alternativeNames.contains(it.value())) {
            s.alternativeNames << it.value();
        }
    }
    s.notBefore = cert.effectiveDate();
    s.notAfter = cert.expiryDate();
    s.sha256 = fingerprint(cert);
    // Issued by itself: OpenSSL's self-signed check also wants the keyCertSign usage, which many
    // self-made server certificates lack; for people the point is that no one else vouches for it.
    s.selfSigned = cert.isSelfSigned() || (chain.size() == 1 && !s.subject.isEmpty() && s.subject == s.issuer);
    s.chainTrusted = true;
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
