// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Keys, self-signed certificates and signing requests for the server's TLS, made inside the
// helper so a private key never crosses the bus. RSA keys come from QCA (its OpenSSL plugin), and
// so do RSA certificates and requests for one name. What QCA cannot do is done with OpenSSL's
// libcrypto directly: elliptic-curve keys (QCA has none), certificates and requests with more
// than one DNS name (qca-ossl writes only one), and the checks that need both kinds of key (does
// a key belong to a certificate, which certificate issued which).
namespace TlsKeys {

enum class KeyType
{
    EcP256,
    Rsa3072,
};
// "ec-p256" / "rsa-3072", the names on the bus.
bool keyTypeFromName(const QString &name, KeyType *type);

struct Result
{
    QByteArray pem;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// A new private key, PEM (PKCS #8).
Result generateKey(KeyType type);
// A certificate for names (the first is the subject's common name, all are DNS alternative
// names), signed by key itself, valid from `from` for `days` days.
Result selfSigned(const QByteArray &keyPem, const QStringList &names, const QDateTime &from, int days);
// A PKCS #10 certificate signing request for names, signed by key.
Result request(const QByteArray &keyPem, const QStringList &names);

// Every PEM certificate block in text, in order ("-----BEGIN CERTIFICATE-----" … "-----END …").
QList<QByteArray> certificateBlocks(const QByteArray &text);
// Whether text holds a private key block (the text itself is not kept).
bool containsPrivateKey(const QByteArray &text);
// The private key belongs to the certificate (both PEM).
bool keyMatches(const QByteArray &keyPem, const QByteArray &certificatePem);

// A chain as a server must send it: the certificate that belongs to keyPem first, then each
// issuer in turn; a self-signed root at the end is left out (clients have it). Fails, saying
// why, when no certificate belongs to the key or a certificate is not part of the chain.
struct Chain
{
    QList<QByteArray> certificates; // PEM, server's first
    QString error;
    bool ok() const { return error.isEmpty(); }
};
Chain orderChain(const QList<QByteArray> &certificatePems, const QByteArray &keyPem);

} // namespace TlsKeys
