// SPDX-License-Identifier: GPL-2.0-or-later
// The relay login check against a real TLS SMTP server on loopback (fakerelay): STARTTLS and
// implicit TLS, each SASL mechanism, wrong password, no STARTTLS, the certificate shown and
// trusted only by fingerprint, and the network failures a person meets (refused, silent,
// not SMTP, unknown host, cancel). The password never appears in what is shown.
#include "fakerelayprocess.h"
#include "smtp/smtplogincheck.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Mailroom::SaslAuth;
using Mailroom::SmtpLoginCheck;
using Mailroom::SmtpLoginResult;

namespace {
const QString User = QStringLiteral("relayuser@example.net");
const QString Password = QStringLiteral("s3cret pass:word");

SmtpLoginResult check(const SmtpLoginCheck::Options &options, QStringList *progress = nullptr)
{
    SmtpLoginCheck c;
    QSignalSpy spy(&c, &SmtpLoginCheck::finished);
    if (progress) {
        QObject::connect(&c, &SmtpLoginCheck::progress, [progress](const QString &s) { *progress << s; });
    }
    if (!c.start(options)) {
        return {};
    }
    if (!spy.wait(options.timeoutMs + 5000) || spy.size() != 1) {
        return {};
    }
    return spy.at(0).at(0).value<SmtpLoginResult>();
}

SmtpLoginCheck::Options options(quint16 port, const QString &password = Password, const QString &fingerprint = {})
{
    SmtpLoginCheck::Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.user = User;
    o.password = password;
    o.trustedFingerprint = fingerprint;
    o.timeoutMs = 15000;
    return o;
}

void verifyNoSecret(const SmtpLoginResult &r, const QString &password)
{
    const QString all = r.transcript.join(u'\n') + r.message() + r.detail;
    QVERIFY2(!all.contains(password), qPrintable(all));
    QVERIFY(!all.contains(QString::fromLatin1(Mailroom::SaslAuth::plainResponse(User, password))));
    QVERIFY(!all.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}
} // namespace

class TestSmtpLoginCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SmtpLoginResult>(); }

    void untrustedCertificateIsShownAndNoPasswordSent()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        QStringList steps;
        auto o = options(relay.port());
        o.host = QStringLiteral("localhost"); // a name the certificate is made out for
        const SmtpLoginResult r = check(o, &steps);
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::CertificateUntrusted);
        QVERIFY(relay.authLog().isEmpty()); // nothing was tried
        QVERIFY(r.transcript.filter(QStringLiteral("C: AUTH")).isEmpty());
        const auto &c = r.certificate;
        QVERIFY(!c.isNull);
        QVERIFY(c.subject.contains(QLatin1String("CN=fakerelay.test")));
        QVERIFY(c.subject.contains(QLatin1String("O=Mailroom tests")));
        QCOMPARE(c.issuer, c.subject);
        QVERIFY(c.selfSigned);
        QVERIFY(!c.chainTrusted);
        QVERIFY2(c.hostMatches, qPrintable(c.alternativeNames.join(u' ') + u' ' + c.problems.join(u';')));
        QVERIFY(c.alternativeNames.contains(QStringLiteral("localhost")));
        QVERIFY(!c.isTrusted());
        QVERIFY(c.notBefore < QDateTime::currentDateTimeUtc() && QDateTime::currentDateTimeUtc() < c.notAfter);
        QVERIFY(Mailroom::CertificateSummary::sameFingerprint(c.sha256, relay.fingerprint()));
        QCOMPARE(c.sha256.size(), 32 * 3 - 1);
        QVERIFY(!c.problems.isEmpty());
        QVERIFY(r.tlsProtocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(r.message().contains(QLatin1String("fingerprint")));
        QVERIFY(steps.size() >= 3);
        QVERIFY(r.transcript.contains(QStringLiteral("C: STARTTLS")));
    }

    void otherHostNameIsReported()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        auto o = options(relay.port(), Password, relay.fingerprint());
        // 127.0.0.1 (options' default) is not a name in the certificate, only localhost is.
        const SmtpLoginResult r = check(o);
        QVERIFY2(!r.certificate.isNull, qPrintable(r.message()));
        QVERIFY(!r.certificate.hostMatches);
        QVERIFY(r.isAccepted()); // the fingerprint was trusted
    }

    void loginAccepted_data()
    {
        QTest::addColumn<SaslAuth::Mechanism>("mechanism");
        QTest::addColumn<QString>("expected");
        QTest::newRow("best offered") << SaslAuth::Mechanism::None << QStringLiteral("CRAM-MD5");
        QTest::newRow("PLAIN") << SaslAuth::Mechanism::Plain << QStringLiteral("PLAIN");
        QTest::newRow("LOGIN") << SaslAuth::Mechanism::Login << QStringLiteral("LOGIN");
        QTest::newRow("CRAM-MD5") << SaslAuth::Mechanism::CramMd5 << QStringLiteral("CRAM-MD5");
    }
    void loginAccepted()
    {
        QFETCH(SaslAuth::Mechanism, mechanism);
        QFETCH(QString, expected);
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        auto o = options(relay.port(), Password, relay.fingerprint());
        o.mechanism = mechanism;
        const SmtpLoginResult r = check(o);
        QVERIFY2(r.isAccepted(), qPrintable(r.message() + u'\n' + r.transcript.join(u'\n') + relay.serverLog()));
        QCOMPARE(r.mechanism, expected);
        QCOMPARE(r.serverReply.code, 235);
        QCOMPARE(relay.authLog(), QStringList {expected + u' ' + User + QStringLiteral(" accepted")});
        QCOMPARE(r.offeredMechanisms,
                 (QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
        verifyNoSecret(r, Password);
        // EHLO twice: in clear, then again under TLS (RFC 3207 forgets the first).
        QCOMPARE(r.transcript.filter(QStringLiteral("C: EHLO")).size(), 2);
        QVERIFY(r.transcript.contains(QStringLiteral("C: QUIT")));
    }

    void wrongPasswordRejectedWith535_data()
    {
        QTest::addColumn<SaslAuth::Mechanism>("mechanism");
        QTest::newRow("PLAIN") << SaslAuth::Mechanism::Plain;
        QTest::newRow("LOGIN") << SaslAuth::Mechanism::Login;
        QTest::newRow("CRAM-MD5") << SaslAuth::Mechanism::CramMd5;
    }
    void wrongPasswordRejectedWith535()
    {
        QFETCH(SaslAuth::Mechanism, mechanism);
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        const QString wrong = QStringLiteral("not-the-password");
        auto o = options(relay.port(), wrong, relay.fingerprint());
        o.mechanism = mechanism;
        const SmtpLoginResult r = check(o);
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::Rejected);
        QCOMPARE(r.serverReply.code, 535);
        QVERIFY(r.message().contains(QLatin1String("535 5.7.8")));
        QCOMPARE(relay.authLog().size(), 1);
        QVERIFY(relay.authLog().first().endsWith(QLatin1String(" rejected")));
        verifyNoSecret(r, wrong);
    }

    void noStartTlsMeansNoLogin()
    {
        FakeRelayProcess relay(User, Password, {QStringLiteral("--no-starttls")});
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        const SmtpLoginResult r = check(options(relay.port(), Password, relay.fingerprint()));
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::NoStartTls);
        QVERIFY(r.certificate.isNull);
        QVERIFY(relay.authLog().isEmpty());
        QVERIFY(r.transcript.filter(QStringLiteral("C: AUTH")).isEmpty());
        QVERIFY(r.message().contains(QLatin1String("STARTTLS")));
    }

    void implicitTls()
    {
        FakeRelayProcess relay(User, Password, {QStringLiteral("--implicit-tls")});
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        auto o = options(relay.port(), Password, relay.fingerprint());
        o.security = SmtpLoginCheck::Security::ImplicitTls;
        const SmtpLoginResult r = check(o);
        QVERIFY2(r.isAccepted(), qPrintable(r.message() + u'\n' + r.transcript.join(u'\n')));
        QVERIFY(r.transcript.filter(QStringLiteral("STARTTLS")).isEmpty());
        QCOMPARE(SmtpLoginCheck::effectiveSecurity(465, SmtpLoginCheck::Security::Auto),
                 SmtpLoginCheck::Security::ImplicitTls);
        QCOMPARE(SmtpLoginCheck::effectiveSecurity(587, SmtpLoginCheck::Security::Auto),
                 SmtpLoginCheck::Security::StartTls);
    }

    void startTlsAgainstImplicitTlsPortFails()
    {
        // Port 465 typed with STARTTLS chosen: the server waits for a TLS hello, the client for a greeting.
        FakeRelayProcess relay(User, Password, {QStringLiteral("--implicit-tls")});
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        auto o = options(relay.port(), Password, relay.fingerprint());
        o.security = SmtpLoginCheck::Security::StartTls;
        o.timeoutMs = 1500;
        const SmtpLoginResult r = check(o);
        QVERIFY2(r.outcome == SmtpLoginResult::Outcome::Timeout, qPrintable(r.keyword()));
        QVERIFY(r.message().contains(QLatin1String("greeting")));
        QVERIFY(relay.authLog().isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const SmtpLoginResult r = check(options(port));
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::ConnectionRefused);
    }

    void cannotResolve()
    {
        auto o = options(587);
        o.host = QStringLiteral("no-such-host.invalid");
        const SmtpLoginResult r = check(o);
        QVERIFY2(r.outcome == SmtpLoginResult::Outcome::CannotResolve, qPrintable(r.keyword() + r.detail));
        QVERIFY(r.message().contains(QLatin1String("resolved")));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto o = options(silent.serverPort());
        o.timeoutMs = 800;
        QElapsedTimer t;
        t.start();
        const SmtpLoginResult r = check(o);
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::Timeout);
        // It waited for the time limit, then stopped: no upper bound tighter than "no hang", since a
        // loaded machine may be slow to wake up.
        QVERIFY(t.elapsed() >= 700);
        QVERIFY(t.elapsed() < 60000);
        QCOMPARE(r.stage, QStringLiteral("while waiting for the greeting"));
    }

    void notSmtp()
    {
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        connect(&web, &QTcpServer::newConnection, this, [&web] {
            QTcpSocket *s = web.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
        });
        const SmtpLoginResult r = check(options(web.serverPort()));
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::ProtocolError);
        QVERIFY(r.message().contains(QLatin1String("HTTP/1.1")));
    }

    void refusedGreeting()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost));
        connect(&busy, &QTcpServer::newConnection, this,
                [&busy] { busy.nextPendingConnection()->write("554 5.7.1 No service for you\r\n"); });
        const SmtpLoginResult r = check(options(busy.serverPort()));
        QCOMPARE(r.outcome, SmtpLoginResult::Outcome::ServerError);
        QCOMPARE(r.serverReply.code, 554);
    }

    void startTlsFailures_data()
    {
        QTest::addColumn<QByteArray>("afterStartTls");
        QTest::addColumn<SmtpLoginResult::Outcome>("expected");
        // Agrees to STARTTLS, then speaks plain text instead of TLS.
        QTest::newRow("no TLS after 220")
            << QByteArray("220 go ahead\r\nthis is not TLS\r\n\r\n") << SmtpLoginResult::Outcome::ProtocolError;
        QTest::newRow("garbage handshake") << QByteArray("220 go ahead\r\n") << SmtpLoginResult::Outcome::TlsFailed;
        // Refuses STARTTLS although it offered it.
        QTest::newRow("454") << QByteArray("454 4.7.0 TLS not available due to local problem\r\n")
                             << SmtpLoginResult::Outcome::TlsFailed;
    }
    void startTlsFailures()
    {
        QFETCH(QByteArray, afterStartTls);
        QFETCH(SmtpLoginResult::Outcome, expected);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server, afterStartTls] {
            QTcpSocket *s = server.nextPendingConnection();
            auto agreed = std::make_shared<bool>(false);
            s->write("220 scripted ESMTP\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, afterStartTls, agreed] {
                if (*agreed) {
                    // The client's TLS hello: answer with something that is not TLS.
                    s->readAll();
                    s->write("HTTP/1.0 400 Bad Request\r\n\r\n");
                    s->disconnectFromHost();
                    return;
                }
                while (s->canReadLine()) {
                    const QByteArray line = s->readLine().trimmed().toUpper();
                    if (line.startsWith("EHLO")) {
                        s->write("250-scripted\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n");
                    } else if (line == "STARTTLS") {
                        s->write(afterStartTls);
                        *agreed = afterStartTls.startsWith("220");
                        return;
                    }
                }
            });
        });
        const SmtpLoginResult r = check(options(server.serverPort()));
        QVERIFY2(r.outcome == expected, qPrintable(r.keyword() + u' ' + r.message()));
        QVERIFY(r.transcript.filter(QStringLiteral("C: AUTH")).isEmpty());
    }

    void cancelEndsAtOnce()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpLoginCheck c;
        QSignalSpy spy(&c, &SmtpLoginCheck::finished);
        QVERIFY(c.start(options(silent.serverPort())));
        QVERIFY(!c.start(options(silent.serverPort()))); // one at a time
        QTest::qWait(200);
        c.cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<SmtpLoginResult>().outcome, SmtpLoginResult::Outcome::Cancelled);
        QVERIFY(!c.isRunning());
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmtpLoginCheck)
#include "test_smtplogincheck.moc"
