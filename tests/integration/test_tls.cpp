// SPDX-License-Identifier: GPL-2.0-or-later
// The server's TLS certificate through mailroomctl as alice, against the real helper and the real
// Postfix: a self-signed certificate made by the helper (ECDSA), then a signing request (RSA) signed
// by a test CA and installed from a jumbled chain file, certbot's certificate by reference; what
// Postfix's STARTTLS serves is compared with what `tls show` reports (SHA-256). Refusals — a private
// key in the text, not PEM, another host's name, expired, a certificate for another key, bob — change
// no byte. `mailroomctl status` warns about a certificate with 10 days left.
// Installs Postfix for good: labelled destructive (a fresh boot of its own).
#include "sandboxuser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);
const QString MainCf = QStringLiteral("/etc/postfix/main.cf");
const QString TlsDir = QStringLiteral("/etc/mailroom/tls");
const QString Host = QStringLiteral("demo-server.mydomain.com");

RunResult ctlAs(const QString &user, const QStringList &args, int timeoutMs = 300000)
{
    return runAs(user, QStringLiteral("env"), QStringList {QStringLiteral("LANG=C.UTF-8"), Ctl} + args, timeoutMs);
}
RunResult ctl(const QStringList &args, int timeoutMs = 300000)
{
    return ctlAs(QStringLiteral("alice"), args, timeoutMs);
}

QString postfixState()
{
    return QString::fromUtf8(
               runAsRoot(QStringLiteral("systemctl"), {QStringLiteral("is-active"), QStringLiteral("postfix")}).out)
        .trimmed();
}

// What Postfix serves after STARTTLS on port 25: the SHA-256 fingerprint as `openssl x509` prints it.
QString servedFingerprint()
{
    const RunResult r = rootShell(QStringLiteral("openssl s_client -starttls smtp -connect 127.0.0.1:25 -servername %1 "
                                                 "</dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256")
                                      .arg(Host));
    return QString::fromUtf8(r.out).section(u'=', 1).trimmed();
}

// Every file the certificate area owns, and main.cf, with their bytes.
QMap<QString, QByteArray> snapshot()
{
    QMap<QString, QByteArray> files;
    files.insert(MainCf, rootRead(MainCf));
    for (const char *name : {"key.pem", "cert.pem", "request-key.pem", "request.pem"}) {
        const QString path = TlsDir + QLatin1Char('/') + QLatin1String(name);
        files.insert(path, QFile::exists(path) ? rootRead(path) : QByteArray("<absent>"));
    }
    return files;
}

QString modeOwner(const QString &path)
{
    return QString::fromUtf8(
               runAsRoot(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a %U %G"), path}).out)
        .trimmed();
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    QJsonObject show()
    {
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("show"), QStringLiteral("--json")});
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    // A request from the helper (key kept there), signed by the test CA with `signArgs`; the chain
    // file (root, server, intermediate: out of order) is written for alice to install.
    QString signedRequest(const QString &name, const QString &signArgs, bool rsa = true)
    {
        // alice saves the request where she may write; the CA (root) reads it from there.
        const QString csr = path(QStringLiteral("alice/")) + name + QStringLiteral(".csr");
        QStringList args {QStringLiteral("tls"), QStringLiteral("request"), QStringLiteral("-o"), csr};
        if (rsa) {
            args << QStringLiteral("--rsa");
        }
        const RunResult r = ctl(args);
        if (r.exitCode != 0 || !r.out.startsWith("-----BEGIN CERTIFICATE REQUEST-----")) {
            qWarning().noquote() << describe(r);
            return {};
        }
        if (rootRead(csr) != r.out) {
            qWarning() << "the saved request is not the printed one";
            return {};
        }
        const RunResult s
            = rootShell(QStringLiteral("cd %1 && openssl x509 -req -in alice/%2.csr -CA int.pem -CAkey int.key "
                                       "-CAcreateserial %3 -out %2.pem && cat root.pem %2.pem int.pem > %2-chain.pem "
                                       "&& chmod 644 %2-chain.pem")
                            .arg(m_dir.path(), name, signArgs));
        if (s.exitCode != 0) {
            qWarning().noquote() << describe(s);
            return {};
        }
        return path(name + QStringLiteral("-chain.pem"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}}) {
            const RunResult r = ctl(args, 600000);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        QCOMPARE(postfixState(), QStringLiteral("active"));
        // A test certificate authority: root and intermediate (ECDSA).
        const RunResult ca = rootShell(
            QStringLiteral(
                "cd %1 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout root.key -out "
                "root.pem "
                "-days 3650 -subj '/CN=Mailroom Test Root CA' -addext basicConstraints=critical,CA:TRUE "
                "-addext keyUsage=critical,keyCertSign,cRLSign && "
                "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout int.key -out int.csr "
                "-subj '/CN=Mailroom Test Intermediate CA' && "
                "printf 'basicConstraints=critical,CA:TRUE\\nkeyUsage=critical,keyCertSign,cRLSign\\n' > int.ext && "
                "openssl x509 -req -in int.csr -CA root.pem -CAkey root.key -CAcreateserial -days 3650 -extfile "
                "int.ext "
                "-out int.pem && chmod 755 . && mkdir alice && chown alice alice")
                .arg(m_dir.path()));
        QVERIFY2(ca.exitCode == 0, qPrintable(describe(ca)));
    }

    void showBeforeAnything()
    {
        const RunResult r = ctl({QStringLiteral("tls")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("STARTTLS:"), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(TlsDir + QStringLiteral("/key.pem")));
    }

    void badTextChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("why");
        QTest::newRow("a private key") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                                                     "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n")
                                       << QByteArray("private key");
        QTest::newRow("not PEM") << QByteArray("hello\n") << QByteArray("no PEM certificate");
        QTest::newRow("not ASCII") << QByteArray("-----BEGIN CERTIFICATE-----\n\xc3\xa9\n-----END CERTIFICATE-----\n")
                                   << QByteArray("ASCII");
        QTest::newRow("no key for it here") << QByteArray() << QByteArray("no private key for it here");
    }
    void badTextChangesNothing()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, why);
        if (text.isEmpty()) {
            text = rootRead(path(QStringLiteral("int.pem")));
        }
        QFile f(path(QStringLiteral("bad.pem")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const auto before = snapshot();
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("install"), f.fileName()});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(why), qPrintable(describe(r)));
        QCOMPARE(snapshot(), before);
    }

    void bobIsDenied()
    {
        const auto before = snapshot();
        const RunResult r = ctlAs(QStringLiteral("bob"), {QStringLiteral("tls"), QStringLiteral("self-signed")});
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        QCOMPARE(snapshot(), before);
    }

    void selfSigned()
    {
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("self-signed")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("+smtpd_tls_chain_files = /etc/mailroom/tls/key.pem, /etc/mailroom/tls/cert.pem"),
                 qPrintable(describe(r)));
        QCOMPARE(modeOwner(TlsDir + QStringLiteral("/key.pem")), QStringLiteral("600 root root"));
        QCOMPARE(modeOwner(TlsDir + QStringLiteral("/cert.pem")), QStringLiteral("644 root root"));
        QCOMPARE(postfixState(), QStringLiteral("active"));
        QCOMPARE(QString::fromUtf8(runAsRoot(QStringLiteral("postconf"),
                                             {QStringLiteral("-h"), QStringLiteral("smtpd_tls_security_level")})
                                       .out)
                     .trimmed(),
                 QStringLiteral("may"));
        const QJsonObject s = show();
        QCOMPARE(s.value(QStringLiteral("source")).toString(), QStringLiteral("mailroom"));
        QVERIFY(s.value(QStringLiteral("key_matches")).toBool());
        const QJsonObject c = s.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(c.value(QStringLiteral("key")).toString(), QStringLiteral("ECDSA 256"));
        QVERIFY(c.value(QStringLiteral("self_signed")).toBool());
        QVERIFY(c.value(QStringLiteral("host_matches")).toBool());
        QVERIFY(!c.value(QStringLiteral("needs_attention")).toBool());
        QCOMPARE(servedFingerprint(), c.value(QStringLiteral("sha256")).toString());
        // Nothing to warn about in status.
        const RunResult st = ctl({QStringLiteral("status")});
        QVERIFY2(st.exitCode == 0 && !st.out.contains("warning"), qPrintable(describe(st)));
    }

    void requestRefusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("signArgs");
        QTest::addColumn<QByteArray>("why");
        QTest::newRow("another host's name")
            << QStringLiteral("-days 30 -subj /CN=other.example") << QByteArray("is not for");
        QTest::newRow("expired") << QStringLiteral(
            "-copy_extensions copy -not_before 20200101000000Z -not_after 20210101000000Z")
                                 << QByteArray("expired");
        QTest::newRow("not valid yet") << QStringLiteral(
            "-copy_extensions copy -not_before 20990101000000Z -not_after 20991231000000Z")
                                       << QByteArray("not valid before");
    }
    void requestRefusalsChangeNothing()
    {
        QFETCH(QString, signArgs);
        QFETCH(QByteArray, why);
        const QString chain = signedRequest(QStringLiteral("refused"), signArgs, false);
        QVERIFY(!chain.isEmpty());
        const auto before = snapshot();
        QVERIFY(before.value(TlsDir + QStringLiteral("/request-key.pem")) != "<absent>");
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("install"), chain});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(why), qPrintable(describe(r)));
        QCOMPARE(snapshot(), before);
    }

    void aCertificateForAnotherKeyIsRefused()
    {
        const RunResult s
            = rootShell(QStringLiteral("cd %1 && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
                                       "-keyout stranger.key -out stranger.csr -subj /CN=%2 && openssl x509 -req "
                                       "-in stranger.csr -CA int.pem -CAkey int.key -CAcreateserial -days 30 -out "
                                       "stranger.pem && chmod 644 stranger.pem")
                            .arg(m_dir.path(), Host));
        QVERIFY2(s.exitCode == 0, qPrintable(describe(s)));
        const auto before = snapshot();
        const RunResult r
            = ctl({QStringLiteral("tls"), QStringLiteral("install"), path(QStringLiteral("stranger.pem"))});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("does not belong"), qPrintable(describe(r)));
        QCOMPARE(snapshot(), before);
    }

    // Signed for 10 days: installed, served, and `status` warns with what to do.
    void caSignedShortLivedWarns()
    {
        const QString chain = signedRequest(QStringLiteral("short"), QStringLiteral("-copy_extensions copy -days 10"));
        QVERIFY(!chain.isEmpty());
        const QByteArray requestKey = rootRead(TlsDir + QStringLiteral("/request-key.pem"));
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("install"), chain});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // The request's key is now the key in use; the request is done.
        QCOMPARE(rootRead(TlsDir + QStringLiteral("/key.pem")), requestKey);
        QVERIFY(!QFile::exists(TlsDir + QStringLiteral("/request-key.pem")));
        QVERIFY(!QFile::exists(TlsDir + QStringLiteral("/request.pem")));
        // Server first, then the intermediate; no root.
        QCOMPARE(rootRead(TlsDir + QStringLiteral("/cert.pem")),
                 rootRead(path(QStringLiteral("short.pem"))) + rootRead(path(QStringLiteral("int.pem"))));
        const QJsonObject c = show().value(QStringLiteral("certificate")).toObject();
        QCOMPARE(c.value(QStringLiteral("key")).toString(), QStringLiteral("RSA 3072"));
        QCOMPARE(c.value(QStringLiteral("issuer")).toString(), QStringLiteral("CN=Mailroom Test Intermediate CA"));
        QVERIFY(!c.value(QStringLiteral("self_signed")).toBool());
        QVERIFY(c.value(QStringLiteral("needs_attention")).toBool());
        QCOMPARE(servedFingerprint(), c.value(QStringLiteral("sha256")).toString());
        const RunResult st = ctl({QStringLiteral("status")});
        QVERIFY2(st.exitCode == 0, qPrintable(describe(st)));
        QVERIFY2(st.out.contains("warning: The certificate for demo-server.mydomain.com expires in 9 days"),
                 qPrintable(describe(st)));
        QVERIFY2(st.out.contains("mailroomctl tls request"), qPrintable(describe(st)));
    }

    // certbot's layout (live/ links into archive/), used by reference.
    void letsEncryptByReference()
    {
        const RunResult s = rootShell(
            QStringLiteral(
                "set -e; cd %1; openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout le.key -out "
                "le.csr "
                "-subj /CN=%2 -addext subjectAltName=DNS:%2; openssl x509 -req -in le.csr -CA int.pem -CAkey int.key "
                "-CAcreateserial -days 90 -copy_extensions copy -out le.pem; A=/etc/letsencrypt/archive/%2; "
                "L=/etc/letsencrypt/live/%2; mkdir -p $A $L; cp le.key $A/privkey1.pem; chmod 600 $A/privkey1.pem; "
                "cat le.pem int.pem > $A/fullchain1.pem; ln -sf ../../archive/%2/privkey1.pem $L/privkey.pem; "
                "ln -sf ../../archive/%2/fullchain1.pem $L/fullchain.pem")
                .arg(m_dir.path(), Host));
        QVERIFY2(s.exitCode == 0, qPrintable(describe(s)));
        QVERIFY(show().value(QStringLiteral("letsencrypt_available")).toBool());
        const RunResult r = ctl({QStringLiteral("tls"), QStringLiteral("letsencrypt")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(
            QString::fromUtf8(
                runAsRoot(QStringLiteral("postconf"), {QStringLiteral("-h"), QStringLiteral("smtpd_tls_chain_files")})
                    .out)
                .trimmed(),
            QStringLiteral("/etc/letsencrypt/live/%1/privkey.pem, /etc/letsencrypt/live/%1/fullchain.pem").arg(Host));
        const QJsonObject st = show();
        QCOMPARE(st.value(QStringLiteral("source")).toString(), QStringLiteral("letsencrypt"));
        QVERIFY(st.value(QStringLiteral("key_matches")).toBool());
        QCOMPARE(servedFingerprint(),
                 st.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("sha256")).toString());
        QCOMPARE(postfixState(), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
