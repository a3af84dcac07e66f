// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincf.h"
#include "postfix/relayconfig.h"

#include <QTest>

using Mailroom::ConfigChange;
using Mailroom::DistroFamily;
using Mailroom::MainCf;
using Mailroom::RelayConfig;

namespace {
RelayConfig relay(const QString &host, int port, const QString &user, const QString &password)
{
    RelayConfig r;
    r.host = host;
    r.port = port;
    r.user = user;
    r.password = password;
    return r;
}
} // namespace

class TestRelayConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saslPasswdLine_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain") << QStringLiteral("smtp.example.com") << 587 << QStringLiteral("alice@example.com")
                               << QStringLiteral("s3cret")
                               << QByteArray("[smtp.example.com]:587 alice@example.com:s3cret\n");
        // postmap keeps everything after the key but trailing whitespace: inner and leading spaces survive.
        QTest::newRow("spaces inside") << QStringLiteral("smtp.example.com") << 587 << QStringLiteral("u")
                                       << QStringLiteral(" pa ss word")
                                       << QByteArray("[smtp.example.com]:587 u: pa ss word\n");
        QTest::newRow("colon and hash") << QStringLiteral("mail.example.net") << 25 << QStringLiteral("u")
                                        << QStringLiteral("a:b#c") << QByteArray("[mail.example.net]:25 u:a:b#c\n");
        QTest::newRow("utf8") << QStringLiteral("192.0.2.1") << 465 << QStringLiteral("u")
                              << QStringLiteral("p\u00e4ss") << QByteArray("[192.0.2.1]:465 u:p\xc3\xa4ss\n");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << 587 << QStringLiteral("u") << QStringLiteral("p")
                              << QByteArray("[2001:db8::1]:587 u:p\n");
    }
    void saslPasswdLine()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QByteArray, line);
        const RelayConfig r = relay(host, port, user, password);
        QVERIFY2(r.validate(), qPrintable(r.validate().message));
        QCOMPARE(r.saslPasswdLine(), line);
        QVERIFY(line.startsWith(r.relayhost().toUtf8() + ' '));
    }

    void invalid_data()
    {
        QTest::addColumn<RelayConfig>("config");
        QTest::addColumn<QString>("message");
        const QString h = QStringLiteral("smtp.example.com");
        const QString u = QStringLiteral("user");
        const QString p = QStringLiteral("pw");
        QTest::newRow("no host") << relay(QString(), 587, u, p)
                                 << QStringLiteral("Enter the relay server's host name.");
        QTest::newRow("bad host") << relay(QStringLiteral("smtp..example.com"), 587, u, p)
                                  << QStringLiteral("“smtp..example.com” has an empty part between dots, or a dot at "
                                                    "the start or end.");
        QTest::newRow("bracketed host") << relay(QStringLiteral("[smtp.example.com]"), 587, u, p)
                                        << QStringLiteral("“[smtp.example.com]” contains “[”; host names may only "
                                                          "contain letters, digits, hyphens and dots.");
        QTest::newRow("port 0") << relay(h, 0, u, p) << QStringLiteral("“0” is not a port number from 1 to 65535.");
        QTest::newRow("port too big") << relay(h, 70000, u, p)
                                      << QStringLiteral("“70000” is not a port number from 1 to 65535.");
        QTest::newRow("no user") << relay(h, 587, QString(), p)
                                 << QStringLiteral("Enter the user name for the relay server.");
        QTest::newRow("colon in user") << relay(h, 587, QStringLiteral("a:b"), p)
                                       << QStringLiteral(
                                              "The user name cannot contain “:”, because Postfix separates the "
                                              "user name from the password with it.");
        QTest::newRow("space in user") << relay(h, 587, QStringLiteral("a b"), p)
                                       << QStringLiteral("The user name cannot contain spaces or control characters.");
        QTest::newRow("no password") << relay(h, 587, u, QString())
                                     << QStringLiteral("Enter the password for the relay server.");
        QTest::newRow("newline in password") << relay(h, 587, u, QStringLiteral("a\nb"))
                                             << QStringLiteral("The password cannot contain a line break or a NUL "
                                                               "character.");
        QTest::newRow("nul in password") << relay(h, 587, u, QString(QStringLiteral("a") + QChar(0)))
                                         << QStringLiteral(
                                                "The password cannot contain a line break or a NUL character.");
        QTest::newRow("trailing space") << relay(h, 587, u, QStringLiteral("secret "))
                                        << QStringLiteral("The password cannot end with a space or tab: Postfix's "
                                                          "password table drops whitespace at the end of a line.");
        QTest::newRow("trailing tab") << relay(h, 587, u, QStringLiteral("secret\t"))
                                      << QStringLiteral("The password cannot end with a space or tab: Postfix's "
                                                        "password table drops whitespace at the end of a line.");
    }
    void invalid()
    {
        QFETCH(RelayConfig, config);
        QFETCH(QString, message);
        QCOMPARE(config.validate().message, message);
        QVERIFY(!config.validate());
    }

    void changes_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<DistroFamily>("family");
        QTest::addColumn<QString>("dbType");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("debian 587 hash")
            << 587 << DistroFamily::DebianLike << QStringLiteral("hash")
            << QByteArray("# Debian\nsmtp_tls_security_level=may\nrelayhost = [smtp.example.com]:587\n"
                          "smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n"
                          "smtp_sasl_security_options = noanonymous\nsmtp_sasl_tls_security_options = noanonymous\n"
                          "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n");
        QTest::newRow("rhel 465 lmdb")
            << 465 << DistroFamily::RhelLike << QStringLiteral("lmdb")
            << QByteArray("# Debian\nsmtp_tls_security_level = encrypt\nsmtp_tls_wrappermode = yes\n"
                          "relayhost = [smtp.example.com]:465\n"
                          "smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = lmdb:/etc/postfix/sasl_passwd\n"
                          "smtp_sasl_security_options = noanonymous\nsmtp_sasl_tls_security_options = noanonymous\n"
                          "smtp_tls_CAfile = /etc/pki/tls/certs/ca-bundle.crt\n");
        QTest::newRow("other distro: no CA file")
            << 2525 << DistroFamily::Other << QStringLiteral("hash") << QByteArray();
    }
    void changes()
    {
        QFETCH(int, port);
        QFETCH(DistroFamily, family);
        QFETCH(QString, dbType);
        QFETCH(QByteArray, expected);
        const RelayConfig r = relay(QStringLiteral("smtp.example.com"), port, QStringLiteral("u"), QStringLiteral("p"));
        const ConfigChange change = r.mainCfChange(dbType, family);
        QVERIFY(change.validate());
        MainCf cf = MainCf::fromByteArray("# Debian\nsmtp_tls_security_level=may\nsmtp_tls_wrappermode = yes\n");
        QVERIFY(change.applyTo(cf));
        QCOMPARE(cf.value(QStringLiteral("smtp_tls_security_level")), QStringLiteral("encrypt"));
        QVERIFY(!cf.contains(QStringLiteral("smtp_use_tls")));
        QCOMPARE(cf.contains(QStringLiteral("smtp_tls_wrappermode")), port == 465);
        QCOMPARE(cf.contains(QStringLiteral("smtp_tls_CAfile")), family != DistroFamily::Other);
        if (!expected.isEmpty()) {
            expected.replace("smtp_tls_security_level=may", "smtp_tls_security_level = encrypt");
            QCOMPARE(cf.toByteArray(), expected);
        }

        // And back: relay and SASL settings gone, opportunistic TLS again.
        QVERIFY(RelayConfig::removalChange().applyTo(cf));
        QVERIFY(!cf.contains(QStringLiteral("relayhost")));
        QVERIFY(!cf.contains(QStringLiteral("smtp_sasl_auth_enable")));
        QVERIFY(!cf.contains(QStringLiteral("smtp_sasl_password_maps")));
        QVERIFY(!cf.contains(QStringLiteral("smtp_tls_wrappermode")));
        QCOMPARE(cf.value(QStringLiteral("smtp_tls_security_level")), QStringLiteral("may"));
    }

    void badDatabaseTypeIsRejected()
    {
        const RelayConfig r = relay(QStringLiteral("smtp.example.com"), 587, QStringLiteral("u"), QStringLiteral("p"));
        const auto result = r.mainCfChange(QStringLiteral("mysql"), DistroFamily::DebianLike).validate();
        QVERIFY(!result);
        QCOMPARE(result.key, QStringLiteral("smtp_sasl_password_maps"));
    }
};

QTEST_GUILESS_MAIN(TestRelayConfig)
#include "test_relayconfig.moc"
