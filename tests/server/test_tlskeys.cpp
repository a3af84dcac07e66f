// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's key, certificate and request making (QCA for RSA, libcrypto for ECDSA), read back
// with Qt's TLS backend and checked by the openssl program; chains of a test CA put in order.
#include "tlskeys.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using TlsKeys::KeyType;

namespace {
const QStringList Names {QStringLiteral("demo-server.mydomain.com"), QStringLiteral("mydomain.com")};
const QDateTime From(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);

QByteArray openssl(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// Arguments of mixed literal and QString kinds (the tree builds with QT_NO_CAST_FROM_ASCII).
QStringList L(std::initializer_list<QAnyStringView> items)
{
    QStringList list;
    for (QAnyStringView v : items) {
        list << v.toString();
    }
    return list;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTlsKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyTypeNames()
    {
        KeyType t;
        QVERIFY(TlsKeys::keyTypeFromName(QStringLiteral("ec-p256"), &t));
        QCOMPARE(t, KeyType::EcP256);
        QVERIFY(TlsKeys::keyTypeFromName(QStringLiteral("rsa-3072"), &t));
        QCOMPARE(t, KeyType::Rsa3072);
        QVERIFY(!TlsKeys::keyTypeFromName(QStringLiteral("rsa-1024"), &t));
        QVERIFY(!TlsKeys::keyTypeFromName(QStringLiteral("EC-P256"), &t));
    }

    void selfSignedAndRequest_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<QSsl::KeyAlgorithm>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("ecdsa-p256, two names (libcrypto)") << KeyType::EcP256 << QSsl::Ec << 256 << Names;
        QTest::newRow("ecdsa-p256, one name (libcrypto)") << KeyType::EcP256 << QSsl::Ec << 256 << Names.mid(0, 1);
        QTest::newRow("rsa-3072, one name (QCA)") << KeyType::Rsa3072 << QSsl::Rsa << 3072 << Names.mid(0, 1);
        QTest::newRow("rsa-3072, two names (QCA key, libcrypto certificate)")
            << KeyType::Rsa3072 << QSsl::Rsa << 3072 << Names;
    }
    void selfSignedAndRequest()
    {
        QFETCH(KeyType, type);
        QFETCH(QSsl::KeyAlgorithm, algorithm);
        QFETCH(int, bits);
        QFETCH(QStringList, names);
        const TlsKeys::Result key = TlsKeys::generateKey(type);
        QVERIFY2(key.ok(), qPrintable(key.error));
        QVERIFY(key.pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const QSslKey sslKey(key.pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        QVERIFY(!sslKey.isNull());
        QCOMPARE(sslKey.length(), bits);

        const TlsKeys::Result cert = TlsKeys::selfSigned(key.pem, names, From, 825);
        QVERIFY2(cert.ok(), qPrintable(cert.error));
        const QSslCertificate c(cert.pem, QSsl::Pem);
        QVERIFY(!c.isNull());
        QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList {names.first()});
        QStringList dns = c.subjectAlternativeNames().values(QSsl::DnsEntry);
        std::sort(dns.begin(), dns.end());
        QStringList expected = names;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(dns, expected);
        QCOMPARE(c.effectiveDate(), From);
        QCOMPARE(c.expiryDate(), From.addDays(825));
        QCOMPARE(c.publicKey().algorithm(), algorithm);
        QCOMPARE(c.publicKey().length(), bits);
        QVERIFY(TlsKeys::keyMatches(key.pem, cert.pem));
        const TlsKeys::Result other = TlsKeys::generateKey(type);
        QVERIFY(!TlsKeys::keyMatches(other.pem, cert.pem));
        // The signature is the key's own: openssl verifies the certificate against itself (at any date: the
        // certificate starts on a fixed day).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cert.pem);
        f.close();
        int rc = -1;
        const QByteArray verify = openssl(L({"verify", "-no_check_time", "-CAfile", f.fileName(), "-partial_chain",
                                             "-purpose", "sslserver", f.fileName()}),
                                          {}, &rc);
        QVERIFY2(rc == 0, verify.constData());

        const TlsKeys::Result req = TlsKeys::request(key.pem, names);
        QVERIFY2(req.ok(), qPrintable(req.error));
        QVERIFY(req.pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        const QByteArray text = openssl(L({"req", "-verify", "-noout", "-text"}), req.pem, &rc);
        QVERIFY2(rc == 0, text.constData());
        QVERIFY2(text.contains("verify OK") || text.contains("Certificate request self-signature verify OK"),
                 text.constData());
        for (const QString &n : names) {
            QVERIFY2(text.contains("DNS:" + n.toLatin1()), text.constData());
        }
        QVERIFY2(text.contains("CN=demo-server.mydomain.com") || text.contains("CN = demo-server.mydomain.com"),
                 text.constData());
    }

    void pemBlocks()
    {
        const QByteArray a = "-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----";
        const QByteArray b = "-----BEGIN CERTIFICATE-----\nREVG\n-----END CERTIFICATE-----";
        const QByteArray text = "junk before\n" + a + "\r\nbetween\n" + b + "\n-----BEGIN CERTIFICATE-----\nunfinished";
        QCOMPARE(TlsKeys::certificateBlocks(text), (QList<QByteArray> {a + '\n', b + '\n'}));
        QVERIFY(TlsKeys::containsPrivateKey("-----BEGIN EC PRIVATE KEY-----\n"));
        QVERIFY(TlsKeys::containsPrivateKey("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(!TlsKeys::containsPrivateKey(a));
    }

    // A CA's root, an intermediate and the server's certificate, made with the openssl program.
    void orderChain()
    {
        QTemporaryDir dir;
        const auto path = [&dir](const char *name) {
            return dir.filePath(QLatin1String(name));
        };
        int rc = -1;
        const auto run = [&rc](std::initializer_list<QAnyStringView> args) {
            const QByteArray out = openssl(L(args), {}, &rc);
            QVERIFY2(rc == 0, out.constData());
        };
        run({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
             path("root.key"), "-out", path("root.pem"), "-days", "3650", "-subj", "/CN=Test Root CA", "-addext",
             "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"});
        run({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", path("int.key"),
             "-out", path("int.csr"), "-subj", "/CN=Test Intermediate CA"});
        QFile ext(path("int.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
        ext.close();
        run({"x509", "-req", "-in", path("int.csr"), "-CA", path("root.pem"), "-CAkey", path("root.key"),
             "-CAcreateserial", "-days", "3650", "-extfile", path("int.ext"), "-out", path("int.pem")});
        const TlsKeys::Result key = TlsKeys::generateKey(KeyType::EcP256);
        const TlsKeys::Result req = TlsKeys::request(key.pem, Names);
        QFile csr(path("leaf.csr"));
        QVERIFY(csr.open(QIODevice::WriteOnly));
        csr.write(req.pem);
        csr.close();
        run({"x509", "-req", "-in", path("leaf.csr"), "-CA", path("int.pem"), "-CAkey", path("int.key"),
             "-CAcreateserial", "-days", "90", "-copy_extensions", "copy", "-out", path("leaf.pem")});
        const QByteArray root = readAll(path("root.pem"));
        const QByteArray inter = readAll(path("int.pem"));
        const QByteArray leaf = readAll(path("leaf.pem"));

        // Any order in the file: server first, then its issuer; the root is left out.
        const TlsKeys::Chain c = TlsKeys::orderChain({root, leaf, inter}, key.pem);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.certificates, (QList<QByteArray> {leaf, inter}));
        QCOMPARE(TlsKeys::orderChain({inter, leaf}, key.pem).certificates, (QList<QByteArray> {leaf, inter}));
        QCOMPARE(TlsKeys::orderChain({leaf}, key.pem).certificates, QList<QByteArray> {leaf});

        // A key the certificate does not belong to; a certificate from elsewhere in the file.
        const TlsKeys::Result otherKey = TlsKeys::generateKey(KeyType::EcP256);
        QVERIFY(TlsKeys::orderChain({leaf, inter}, otherKey.pem).error.startsWith(QLatin1String("no certificate")));
        const TlsKeys::Result stranger = TlsKeys::selfSigned(otherKey.pem, {QStringLiteral("other.example")}, From, 30);
        const TlsKeys::Chain mixed = TlsKeys::orderChain({leaf, stranger.pem, inter}, key.pem);
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error.contains(QLatin1String("other.example")), qPrintable(mixed.error));
        QVERIFY(mixed.certificates.isEmpty());
        QVERIFY(
            !TlsKeys::orderChain({"-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n"}, key.pem).ok());
    }
};

QTEST_GUILESS_MAIN(TestTlsKeys)
#include "test_tlskeys.moc"
