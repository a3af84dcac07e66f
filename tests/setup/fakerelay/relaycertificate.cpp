// SPDX-License-Identifier: GPL-2.0-or-later
#include "relaycertificate.h"

#include <QDateTime>
#include <QtCrypto>

RelayCertificate RelayCertificate::generate()
{
    RelayCertificate out;
    if (!QCA::isSupported("pkey") || !QCA::PKey::supportedTypes().contains(QCA::PKey::RSA)
        || !QCA::isSupported("cert")) {
        out.error = QStringLiteral("QCA cannot make RSA keys and certificates here (is the OpenSSL plugin installed?)");
        return out;
    }
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    if (key.isNull()) {
        out.error = QStringLiteral("QCA could not generate an RSA key");
        return out;
    }
    QCA::CertificateInfo info;
    info.insert(QCA::CommonName, QStringLiteral("fakerelay.test"));
    info.insert(QCA::Organization, QStringLiteral("Mailroom tests"));
    info.insert(QCA::DNS, QStringLiteral("localhost"));
    QCA::CertificateOptions options;
    options.setInfo(info);
    options.setSerialNumber(QCA::BigInteger(int(QDateTime::currentSecsSinceEpoch() & 0x7fffffff)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.setValidityPeriod(now.addDays(-1), now.addDays(1));
    options.setConstraints({QCA::DigitalSignature, QCA::KeyEncipherment, QCA::ServerAuth});
    const QCA::Certificate cert(options, key);
    if (cert.isNull()) {
        out.error = QStringLiteral("QCA could not make the self-signed certificate");
        return out;
    }
    out.certificate = QSslCertificate(cert.toPEM().toLatin1(), QSsl::Pem);
    out.key = QSslKey(key.toPEM().toLatin1(), QSsl::Rsa, QSsl::Pem);
    if (out.certificate.isNull() || out.key.isNull()) {
        out.error = QStringLiteral("Qt could not read the certificate QCA made");
    }
    return out;
}
