// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace Mailroom {

// What a person needs to judge a server's TLS certificate: who it names, who signed it,
// when it is valid, its SHA-256 fingerprint (to compare with the provider's), and whether
// it verifies against the system's CA certificates and matches the host name connected to.
struct CertificateSummary
{
    bool isNull = true;
    QString subject; // "CN=smtp.example.com, O=Example"
    QString issuer;
    QStringList alternativeNames; // DNS names and IP addresses
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // upper-case hex pairs separated by colons
    QString keyAlgorithm; // "RSA", "EC", "DSA" or "" when unknown
    int keyBits = 0; // 3072 for RSA 3072, 256 for ECDSA P-256
    bool selfSigned = false;
    bool chainTrusted = false; // signed by a CA the system trusts, valid now
    bool hostMatches = false; // names the host that was connected to
    QStringList problems; // the verification errors, in words (Qt's translations)

    bool isTrusted() const { return !isNull && chainTrusted && hostMatches; }

    // chain: the server's certificates, its own first; errors: what verification found
    // (QSslSocket::sslHandshakeErrors()).
    static CertificateSummary fromChain(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    // A PEM chain as a server presents it (its own certificate first), verified with the
    // system's CA certificates and against hostName (Qt's TLS backend, OpenSSL).
    static CertificateSummary fromPem(const QByteArray &pem, const QString &hostName);
    static QString fingerprint(const QSslCertificate &certificate);
    // "RSA 3072", "ECDSA 256" — the key as a person names it.
    QString keyDescription() const;
    // Fingerprints compared without regard to case, colons or spaces.
    static bool sameFingerprint(const QString &a, const QString &b);
};

} // namespace Mailroom
