// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/saslauth.h"

#include <QMessageAuthenticationCode>

namespace Mailroom {

QString SaslAuth::name(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Plain:
        return QStringLiteral("PLAIN");
    case Mechanism::Login:
        return QStringLiteral("LOGIN");
    case Mechanism::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case Mechanism::None:
        break;
    }
    return {};
}

SaslAuth::Mechanism SaslAuth::fromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("PLAIN")) {
        return Mechanism::Plain;
    }
    if (n == QLatin1String("LOGIN")) {
        return Mechanism::Login;
    }
    if (n == QLatin1String("CRAM-MD5")) {
        return Mechanism::CramMd5;
    }
    return Mechanism::None;
}

SaslAuth::Mechanism SaslAuth::choose(const QStringList &offered)
{
    QList<Mechanism> have;
    for (const QString &o : offered) {
        have << fromName(o);
    }
    for (Mechanism m : {Mechanism::CramMd5, Mechanism::Plain, Mechanism::Login}) {
        if (have.contains(m)) {
            return m;
        }
    }
    return Mechanism::None;
}

QByteArray SaslAuth::plainResponse(const QString &user, const QString &password)
{
    QByteArray raw;
    raw += '\0';
    raw += user.toUtf8();
    raw += '\0';
    raw += password.toUtf8();
    return raw.toBase64();
}

QByteArray SaslAuth::loginResponse(const QString &value)
{
    return value.toUtf8().toBase64();
}

QByteArray SaslAuth::cramMd5Response(const QString &user, const QString &password, const QByteArray &challengeBase64)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(challengeBase64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return {};
    }
    const QByteArray digest
        = QMessageAuthenticationCode::hash(decoded.decoded, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return (user.toUtf8() + ' ' + digest).toBase64();
}

} // namespace Mailroom
