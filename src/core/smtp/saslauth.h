// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Mailroom {

// The client side of the SASL mechanisms relay providers offer over SMTP AUTH (RFC 4954):
// PLAIN (RFC 4616), LOGIN (draft-murchison-sasl-login) and CRAM-MD5 (RFC 2195). Every
// response is returned base64-encoded, ready to send.
class SaslAuth
{
public:
    enum class Mechanism
    {
        None,
        Plain,
        Login,
        CramMd5
    };

    static QString name(Mechanism mechanism);
    static Mechanism fromName(const QString &name);
    // The mechanism to use among those the server offers (names in any case): CRAM-MD5 first,
    // as Cyrus SASL in Postfix prefers it (the password itself is not sent), then PLAIN, then
    // LOGIN. None when the server offers none of them.
    static Mechanism choose(const QStringList &offered);

    // "\0user\0password", base64.
    static QByteArray plainResponse(const QString &user, const QString &password);
    // LOGIN sends the user name and the password as two separate base64 answers.
    static QByteArray loginResponse(const QString &value);
    // "user HEX(HMAC-MD5(password, challenge))", base64; challengeBase64 is the text after "334 ".
    // Empty when the challenge is not valid base64 or empty.
    static QByteArray cramMd5Response(const QString &user, const QString &password, const QByteArray &challengeBase64);
};

} // namespace Mailroom
