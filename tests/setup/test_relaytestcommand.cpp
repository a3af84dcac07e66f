// SPDX-License-Identifier: GPL-2.0-or-later
// `mailroomctl relay test`, the installed program run as alice (no helper, no privileges)
// against fakerelay on loopback: a good password is accepted (exit 0), a wrong one rejected
// with 535 (exit 5), an untrusted certificate stops the test before the password is sent
// (exit 6), an unreachable server is exit 7 and bad input exit 2 without connecting. --json
// parses. The password is never on the command line and never in what is printed, also not
// when it is typed at the prompt on a terminal.
#include "fakerelayprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);
const QString User = QStringLiteral("relayuser@example.net");
const QString Password = QStringLiteral("s3cret pass:word");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

Run relayTest(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(Ctl, QStringList {QStringLiteral("relay"), QStringLiteral("test")} + args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.elapsedMs = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList args(quint16 port, const QString &fingerprint = {}, const QString &host = QStringLiteral("localhost"))
{
    QStringList a {host, QStringLiteral("--port"),          QString::number(port), QStringLiteral("--user"),
                   User, QStringLiteral("--password-stdin")};
    if (!fingerprint.isEmpty()) {
        a << QStringLiteral("--trust-fingerprint") << fingerprint;
    }
    return a;
}

QByteArray line(const QString &password)
{
    return password.toUtf8() + '\n';
}

// "AB:CD:…", as the certificate is shown.
QString withColons(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs << hex.mid(i, 2);
    }
    return pairs.join(u':');
}

QString all(const Run &r)
{
    return r.out + r.err;
}

bool showsNoSecret(const QString &text, const QString &password)
{
    return !text.contains(password) && !text.contains(QString::fromLatin1(password.toUtf8().toBase64()))
        && !text.contains(
            QString::fromLatin1((QByteArray(1, '\0') + User.toUtf8() + '\0' + password.toUtf8()).toBase64()));
}

QString diagnostics(const Run &r, FakeRelayProcess &relay)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3--- relay\n%4")
        .arg(r.exitCode)
        .arg(r.out, r.err, relay.serverLog());
}
} // namespace

class TestRelayTestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodPasswordIsAccepted()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        const Run r = relayTest(args(relay.port(), withColons(relay.fingerprint()).toLower()), line(Password));
        QVERIFY2(r.exitCode == 0, qPrintable(diagnostics(r, relay)));
        QVERIFY(r.out.contains(QLatin1String("Login accepted")));
        // The certificate, as the Setup page shows it.
        QVERIFY(r.out.contains(QLatin1String("Issued to: CN=fakerelay.test, O=Mailroom tests")));
        QVERIFY(r.out.contains(QLatin1String("SHA-256 fingerprint: ") + withColons(relay.fingerprint())));
        QVERIFY(r.out.contains(QStringLiteral("✘ Self-signed")));
        QVERIFY(r.out.contains(QStringLiteral("✔ Made out for the host name localhost.")));
        QVERIFY(r.out.contains(QStringLiteral("✔ You chose to trust this certificate by its fingerprint.")));
        QVERIFY(r.out.contains(QLatin1String("Encryption: TLS 1.")));
        // The conversation, with the login masked.
        QVERIFY(r.out.contains(QLatin1String("  C: STARTTLS\n")));
        QVERIFY(r.out.contains(QLatin1String("  C: AUTH CRAM-MD5\n")));
        QVERIFY(r.out.contains(QLatin1String("  C: ****\n")));
        QVERIFY(r.out.contains(QLatin1String("  S: 235 ")));
        QVERIFY2(showsNoSecret(all(r), Password), qPrintable(all(r)));
        QCOMPARE(relay.authLog(), QStringList {QStringLiteral("CRAM-MD5 ") + User + QStringLiteral(" accepted")});
        // It says goodbye before it exits.
        QTRY_VERIFY2(relay.serverLog().contains(QLatin1String("C: QUIT")), qPrintable(relay.serverLog()));
    }

    void wrongPasswordIsRejectedWith535()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        const QString wrong = QStringLiteral("not the password");
        const Run r = relayTest(args(relay.port(), relay.fingerprint()), line(wrong));
        QVERIFY2(r.exitCode == 5, qPrintable(diagnostics(r, relay)));
        QVERIFY(r.out.contains(QLatin1String("Login rejected. The relay server answered: 535 5.7.8")));
        QVERIFY(r.out.contains(QLatin1String("  S: 535 ")));
        QCOMPARE(relay.authLog(), QStringList {QStringLiteral("CRAM-MD5 ") + User + QStringLiteral(" rejected")});
        QVERIFY2(showsNoSecret(all(r), wrong), qPrintable(all(r)));
    }

    void untrustedCertificateStopsBeforeThePassword_data()
    {
        QTest::addColumn<QString>("fingerprint");
        QTest::newRow("none given") << QString();
        QTest::newRow("another certificate's") << QString(64, u'A');
    }
    void untrustedCertificateStopsBeforeThePassword()
    {
        QFETCH(QString, fingerprint);
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        const Run r = relayTest(args(relay.port(), fingerprint), line(Password));
        QVERIFY2(r.exitCode == 6, qPrintable(diagnostics(r, relay)));
        QVERIFY(relay.authLog().isEmpty());
        QVERIFY(!r.out.contains(QLatin1String("C: AUTH")));
        QVERIFY(r.out.contains(QLatin1String("the password was not sent")));
        // Everything needed to decide, and how to go on.
        QVERIFY(r.out.contains(QLatin1String("SHA-256 fingerprint: ") + withColons(relay.fingerprint())));
        QVERIFY(r.out.contains(QLatin1String("--trust-fingerprint ") + withColons(relay.fingerprint())));
        QVERIFY(!r.out.contains(QLatin1String("You chose to trust")));
        QVERIFY(r.out.contains(QLatin1String("Problems: ")));
    }

    void jsonParses()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        // 127.0.0.1 is not a name in the certificate (only localhost is): shown, but the
        // fingerprint decides.
        QStringList a = args(relay.port(), relay.fingerprint(), QStringLiteral("127.0.0.1"));
        a << QStringLiteral("--json");
        Run r = relayTest(a, line(Password));
        QVERIFY2(r.exitCode == 0, qPrintable(diagnostics(r, relay)));
        QJsonParseError error;
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + r.out));
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
        QCOMPARE(o.value(QStringLiteral("exit_code")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(o.value(QStringLiteral("port")).toInt(), int(relay.port()));
        QCOMPARE(o.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(o.value(QStringLiteral("user")).toString(), User);
        QCOMPARE(o.value(QStringLiteral("mechanism")).toString(), QStringLiteral("CRAM-MD5"));
        QCOMPARE(o.value(QStringLiteral("server_reply")).toObject().value(QStringLiteral("code")).toInt(), 235);
        const QJsonObject c = o.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(c.value(QStringLiteral("sha256")).toString(), withColons(relay.fingerprint()));
        QCOMPARE(c.value(QStringLiteral("chain_trusted")).toBool(true), false);
        QCOMPARE(c.value(QStringLiteral("host_matches")).toBool(true), false);
        QCOMPARE(c.value(QStringLiteral("trusted_by_fingerprint")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("self_signed")).toBool(), true);
        QVERIFY(QDateTime::fromString(c.value(QStringLiteral("not_after")).toString(), Qt::ISODate)
                > QDateTime::currentDateTimeUtc());
        QVERIFY(c.value(QStringLiteral("alternative_names")).toArray().contains(QStringLiteral("localhost")));
        const QJsonArray transcript = o.value(QStringLiteral("transcript")).toArray();
        QVERIFY(transcript.contains(QStringLiteral("C: AUTH CRAM-MD5")));
        QVERIFY2(showsNoSecret(r.out, Password), qPrintable(r.out));
        QVERIFY(r.err.isEmpty()); // no progress or prompt mixed in

        r = relayTest(a, line(QStringLiteral("wrong")));
        QCOMPARE(r.exitCode, 5);
        o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
        QCOMPARE(o.value(QStringLiteral("server_reply")).toObject().value(QStringLiteral("code")).toInt(), 535);

        a.removeAt(a.indexOf(QStringLiteral("--trust-fingerprint")) + 1);
        a.removeOne(QStringLiteral("--trust-fingerprint"));
        r = relayTest(a, line(Password));
        QCOMPARE(r.exitCode, 6);
        o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("certificate-untrusted"));
        QCOMPARE(o.value(QStringLiteral("certificate"))
                     .toObject()
                     .value(QStringLiteral("trusted_by_fingerprint"))
                     .toBool(true),
                 false);
        QCOMPARE(relay.authLog().size(), 2); // the accepted and the rejected login, not this one
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        Run r = relayTest(args(closed, {}, QStringLiteral("127.0.0.1")) << QStringLiteral("--json"), line(Password));
        QCOMPARE(r.exitCode, 7);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("connection-refused"));
        QVERIFY(o.value(QStringLiteral("certificate")).isNull());

        // A server that never answers: --timeout ends it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        r = relayTest(args(silent.serverPort(), {}, QStringLiteral("127.0.0.1"))
                          << QStringLiteral("--timeout") << QStringLiteral("1"),
                      line(Password));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.out.contains(QLatin1String("No answer in time while waiting for the greeting")), qPrintable(r.out));
        // The one-second limit, not a hang (a loaded machine may take a while to start the program).
        QVERIFY2(r.elapsedMs >= 900 && r.elapsedMs < 60000, qPrintable(QString::number(r.elapsedMs)));
    }

    void badInputIsExit2WithoutConnecting_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("withUser");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QByteArray pw = line(Password);
        QTest::newRow("no user") << QStringList {} << false << pw << QStringLiteral("--user USER is required");
        QTest::newRow("password as an argument")
            << QStringList {QStringLiteral("--password"), Password} << true << pw << QStringLiteral("password");
        QTest::newRow("not a fingerprint")
            << QStringList {QStringLiteral("--trust-fingerprint"), QStringLiteral("AB:CD")} << true << pw
            << QStringLiteral("is not a SHA-256 fingerprint");
        QTest::newRow("port 0") << QStringList {QStringLiteral("--port"), QStringLiteral("0")} << true << pw
                                << QStringLiteral("is not a port number");
        QTest::newRow("timeout 0") << QStringList {QStringLiteral("--timeout"), QStringLiteral("0")} << true << pw
                                   << QStringLiteral("is not a number of seconds");
        QTest::newRow("empty password") << QStringList {} << true << QByteArray() << QStringLiteral("password");
        QTest::newRow("user with colon") << QStringList {QStringLiteral("--user"), QStringLiteral("a:b")} << false << pw
                                         << QStringLiteral("“:”");
    }
    void badInputIsExit2WithoutConnecting()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, withUser);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        QStringList a {QStringLiteral("localhost"), QStringLiteral("--password-stdin")};
        if (withUser) {
            a << QStringLiteral("--user") << User;
        }
        // The relay's own port first; a later --port overrides it.
        a << QStringLiteral("--port") << QString::number(relay.port()) << extra;
        const Run r = relayTest(a, input);
        QVERIFY2(r.exitCode == 2, qPrintable(diagnostics(r, relay)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QTest::qWait(300); // the relay's log of a connection, had there been one
        QVERIFY2(!relay.serverLog().contains(QLatin1String("connection")), qPrintable(relay.serverLog()));
    }

    void hostWithPortAndHelp()
    {
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        Run r = relayTest({QStringLiteral("[localhost]:%1").arg(relay.port()), QStringLiteral("--user"), User,
                           QStringLiteral("--password-stdin"), QStringLiteral("--trust-fingerprint"),
                           relay.fingerprint()},
                          line(Password));
        QVERIFY2(r.exitCode == 0, qPrintable(diagnostics(r, relay)));
        r = relayTest({QStringLiteral("localhost:%1").arg(relay.port()), QStringLiteral("--port"),
                       QStringLiteral("465"), QStringLiteral("--user"), User, QStringLiteral("--password-stdin")},
                      line(Password));
        QCOMPARE(r.exitCode, 2);
        r = relayTest({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(QLatin1String("mailroomctl relay test [options] HOST")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--trust-fingerprint <SHA256>")));
        QVERIFY(r.out.contains(QLatin1String("Exit status: 0 login accepted, 5 login rejected")));
    }

    void promptOnATerminalDoesNotEcho()
    {
        // script(1) gives mailroomctl a terminal; the password is typed once the prompt is shown.
        FakeRelayProcess relay(User, Password);
        QVERIFY2(relay.isReady(), qPrintable(relay.error()));
        QStringList command {Ctl,
                             QStringLiteral("relay"),
                             QStringLiteral("test"),
                             QStringLiteral("localhost"),
                             QStringLiteral("--port"),
                             QString::number(relay.port()),
                             QStringLiteral("--user"),
                             User,
                             QStringLiteral("--trust-fingerprint"),
                             relay.fingerprint()};
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("script"),
                {QStringLiteral("--quiet"), QStringLiteral("--return"), QStringLiteral("--command"), command.join(u' '),
                 QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("Password: ") && t.elapsed() < 20000) {
            p.waitForReadyRead(500);
            seen += p.readAll();
        }
        QVERIFY2(seen.contains("Password: "), seen.constData());
        p.write(line(Password));
        QVERIFY(p.waitForFinished(30000));
        seen += p.readAll();
        QVERIFY2(p.exitCode() == 0, seen.constData());
        QVERIFY(seen.contains("Login accepted"));
        QVERIFY2(showsNoSecret(QString::fromUtf8(seen), Password), seen.constData());
        QVERIFY(seen.contains("Logging in")); // progress on the terminal
    }
};

QTEST_GUILESS_MAIN(TestRelayTestCommand)
#include "test_relaytestcommand.moc"
