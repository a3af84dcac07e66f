// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/configchange.h"
#include "postfix/maincf.h"

#include <QTest>

using Mailroom::ConfigChange;
using Mailroom::MainCf;
using Mailroom::ValidationResult;

class TestConfigChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesLikePostconf()
    {
        MainCf cf
            = MainCf::fromByteArray("# relay\nrelayhost =\nmyhostname = old.example.com\nmynetworks = 127.0.0.0/8\n"
                                    "    [::1]/128\n");
        ConfigChange change;
        change.set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("encrypt"))
            .set(QStringLiteral("relayhost"), QStringLiteral("[smtp.example.com]:587"))
            .remove(QStringLiteral("mynetworks"))
            .set(QStringLiteral("myhostname"), QStringLiteral("  demo-server.mydomain.com "))
            .set(QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("yes"));
        QVERIFY(change.applyTo(cf));
        // New keys appended sorted, like one postconf -e call; removal like postconf -X.
        QCOMPARE(cf.toByteArray(),
                 QByteArray("# relay\nrelayhost = [smtp.example.com]:587\nmyhostname = "
                            "demo-server.mydomain.com\nsmtp_sasl_auth_enable = yes\n"
                            "smtp_tls_security_level = encrypt\n"));
    }

    void invalidAppliesNothing_data()
    {
        QTest::addColumn<ConfigChange>("change");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("one bad value") << ConfigChange()
                                              .set(QStringLiteral("myhostname"), QStringLiteral("good.example.com"))
                                              .set(QStringLiteral("mynetworks"), QStringLiteral("192.168.0.0/33"))
                                       << QStringLiteral("mynetworks")
                                       << QStringLiteral("mynetworks: “192.168.0.0/33”: the network length must be a "
                                                         "number from 0 to 32.");
        QTest::newRow("unknown key removal")
            << ConfigChange().remove(QStringLiteral("alias_maps")) << QStringLiteral("alias_maps")
            << QStringLiteral("“alias_maps” is not a parameter Mailroom can change.");
        QTest::newRow("key twice") << ConfigChange()
                                          .set(QStringLiteral("relayhost"), QStringLiteral("[a.example]"))
                                          .remove(QStringLiteral("relayhost"))
                                   << QStringLiteral("relayhost")
                                   << QStringLiteral("relayhost is changed twice in the same request.");
        QTest::newRow("injection attempt")
            << ConfigChange().set(QStringLiteral("myhostname"), QStringLiteral("a.example\nrelayhost = [evil]"))
            << QStringLiteral("myhostname") << QStringLiteral("myhostname: the value must be a single line.");
        QTest::newRow("mailbox smaller than message (defaults)")
            << ConfigChange().set(QStringLiteral("mailbox_size_limit"), QStringLiteral("1000"))
            << QStringLiteral("mailbox_size_limit")
            << QStringLiteral("mailbox_size_limit: the mailbox size limit (1000 bytes) must not be smaller than the "
                              "message size limit (10240000 bytes), or local delivery stops working.");
        QTest::newRow("message larger than mailbox")
            << ConfigChange().set(QStringLiteral("message_size_limit"), QStringLiteral("60000000"))
            << QStringLiteral("message_size_limit")
            << QStringLiteral("message_size_limit: the mailbox size limit (51200000 bytes) must not be smaller than "
                              "the message size limit (60000000 bytes), or local delivery stops working.");
        // The relay password is never sent where TLS is optional (security review).
        const QString clear = QStringLiteral(
            "smtp_tls_security_level: with relay login on (smtp_sasl_auth_enable = yes), TLS must be required "
            "(encrypt, verify or secure); with “%1” the relay password can be sent in clear text.");
        QTest::newRow("login with TLS unset")
            << ConfigChange().set(QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("yes"))
            << QStringLiteral("smtp_tls_security_level") << clear.arg(QStringLiteral("none"));
        QTest::newRow("login with TLS may")
            << ConfigChange()
                   .set(QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("YES"))
                   .set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("may"))
            << QStringLiteral("smtp_tls_security_level") << clear.arg(QStringLiteral("may"));
    }
    void invalidAppliesNothing()
    {
        QFETCH(ConfigChange, change);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const QByteArray text(
            "relayhost = [old.example]:25\nmyhostname = a.example.com\nalias_maps = hash:/etc/aliases");
        MainCf cf = MainCf::fromByteArray(text);
        const ValidationResult r = change.applyTo(cf);
        QVERIFY(!r);
        QCOMPARE(r.key, key);
        QCOMPARE(r.message, message);
        QCOMPARE(cf.toByteArray(), text); // not even the final newline
    }

    void tlsForRelayLogin()
    {
        // Required TLS with login is fine, and so is leaving a risky file alone while changing
        // something else (only changes that touch login or TLS are judged).
        MainCf cf = MainCf::fromByteArray("smtp_sasl_auth_enable = yes\nsmtp_tls_security_level = may\n");
        QVERIFY(ConfigChange().set(QStringLiteral("myhostname"), QStringLiteral("h.example.com")).applyTo(cf));
        QVERIFY(ConfigChange().set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("encrypt")).applyTo(cf));
        QVERIFY(!ConfigChange().set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("none")).applyTo(cf));
        QCOMPARE(cf.value(QStringLiteral("smtp_tls_security_level")), QStringLiteral("encrypt"));
        // Turning login off may leave TLS optional; the relay setup's own change passes.
        QVERIFY(ConfigChange()
                    .remove(QStringLiteral("smtp_sasl_auth_enable"))
                    .set(QStringLiteral("smtp_tls_security_level"), QStringLiteral("may"))
                    .applyTo(cf));
    }

    void sizeLimitsTogether()
    {
        MainCf cf;
        QVERIFY(ConfigChange()
                    .set(QStringLiteral("message_size_limit"), QStringLiteral("60000000"))
                    .set(QStringLiteral("mailbox_size_limit"), QStringLiteral("0"))
                    .applyTo(cf));
        QCOMPARE(cf.value(QStringLiteral("mailbox_size_limit")), QStringLiteral("0"));
    }

    void noOp()
    {
        const MainCf cf = MainCf::fromByteArray("relayhost=[a.example]:587\nmyhostname = h.example.com\n");
        QVERIFY(ConfigChange().set(QStringLiteral("relayhost"), QStringLiteral("[a.example]:587 ")).isNoOpFor(cf));
        QVERIFY(ConfigChange().remove(QStringLiteral("mynetworks")).isNoOpFor(cf));
        QVERIFY(!ConfigChange().remove(QStringLiteral("relayhost")).isNoOpFor(cf));
        QVERIFY(!ConfigChange().set(QStringLiteral("mydomain"), QStringLiteral("example.com")).isNoOpFor(cf));
        QVERIFY(!ConfigChange().set(QStringLiteral("myhostname"), QStringLiteral("x.example.com")).isNoOpFor(cf));
    }
};

QTEST_GUILESS_MAIN(TestConfigChange)
#include "test_configchange.moc"
