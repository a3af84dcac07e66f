// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>

#include "operationresult.h"
#include "tlskeys.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class PostfixConfig;

// The TLS area: the certificate Postfix's SMTP server offers, and new ones — made here
// (key never leaves the helper), issued by a CA for a request made here, or certbot's.
// Files and main.cf change through PostfixConfig::setServerTls (backup, check, reload, rollback).
class TlsOperations
{
public:
    // tlsDir: where Mailroom keeps keys and certificates; letsEncryptLive: certbot's live/ directory.
    TlsOperations(PostfixConfig *config, const QString &tlsDir = defaultTlsDir(),
                  const QString &letsEncryptLive = defaultLetsEncryptLive());
    static QString defaultTlsDir() { return QStringLiteral("/etc/mailroom/tls"); }
    static QString defaultLetsEncryptLive() { return QStringLiteral("/etc/letsencrypt/live"); }

    // (TlsCertificateState)
    OperationResult state() const;
    // (s): main.cf's diff (self-signed, installed) or the PEM signing request.
    void create(TlsKeys::KeyType type, bool selfSigned, const Finished &done);
    // pem has passed ArgumentChecks::pemChain. (s): main.cf's diff.
    void install(const QByteArray &pem, const Finished &done);
    void useLetsEncrypt(const Finished &done);

    QString keyFile() const;
    QString certificateFile() const;
    QString requestKeyFile() const;
    QString requestFile() const;
    // A small regular file (following links), at most maxSize bytes; false otherwise.
    static bool readSmallFile(const QString &path, QByteArray *out, qint64 maxSize = 1024 * 1024);
    static constexpr int selfSignedDays = 825;

private:
    // myhostname, then mydomain when it differs; empty (with *error) when they are not host names.
    QStringList serverNames(QString *error) const;
    // What is wrong with chain (server's certificate first) for host at the current time, or "".
    static QString refusalFor(const QList<QByteArray> &chain, const QString &host);
    void installFiles(const QByteArray &keyPem, const QList<QByteArray> &chain, const Finished &done,
                      bool clearRequest);

    OperationResult computeState(QStringList *readFiles) const;

    PostfixConfig *m_config;
    QString m_tlsDir;
    QString m_letsEncryptLive;
    // The last state() and what it was read from: every file (main.cf, postconf itself, the key
    // and certificates, the request, certbot's chain) with its inode, size and times. The hosts
    // overview asks every refresh; postconf alone took most of the answer.
    mutable QByteArray m_cachedKey;
    mutable QStringList m_cachedFiles;
    mutable std::optional<OperationResult> m_cached;
};
