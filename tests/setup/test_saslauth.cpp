// SPDX-License-Identifier: GPL-2.0-or-later
// SASL responses as the RFCs define them, and which mechanism is chosen.
#include "smtp/saslauth.h"

#include <QTest>

using Mailroom::SaslAuth;

class TestSaslAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cramMd5Rfc2195()
    {
        // RFC 2195 section 2, the example exchange.
        const QByteArray challenge = QByteArrayLiteral("<1896.697170952@postoffice.reston.mci.net>").toBase64();
        const QByteArray response
            = SaslAuth::cramMd5Response(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), challenge);
        QCOMPARE(QByteArray::fromBase64(response), QByteArrayLiteral("tim b913a602c7eda7a495b4e6e7334d3890"));
        QCOMPARE(response, QByteArrayLiteral("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    }

    void cramMd5BadChallenge_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not base64") << QByteArrayLiteral("<not base64!>");
    }
    void cramMd5BadChallenge()
    {
        QFETCH(QByteArray, challenge);
        QVERIFY(SaslAuth::cramMd5Response(QStringLiteral("u"), QStringLiteral("p"), challenge).isEmpty());
    }

    void plain_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        // RFC 4616 section 4: "\0tim\0tanstaaftanstaaf"
        QTest::newRow("rfc 4616") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                  << QByteArrayLiteral("AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
        QTest::newRow("utf-8") << QStringLiteral("用户") << QStringLiteral("密码 x")
                               << (QByteArray(1, '\0') + QStringLiteral("用户").toUtf8() + QByteArray(1, '\0')
                                   + QStringLiteral("密码 x").toUtf8())
                                      .toBase64();
    }
    void plain()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        QCOMPARE(SaslAuth::plainResponse(user, password), expected);
    }

    void login()
    {
        QCOMPARE(SaslAuth::loginResponse(QStringLiteral("alice@example.com")),
                 QByteArrayLiteral("YWxpY2VAZXhhbXBsZS5jb20="));
    }

    void choose_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<SaslAuth::Mechanism>("expected");
        QTest::newRow("all three") << QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
                                                   QStringLiteral("CRAM-MD5")}
                                   << SaslAuth::Mechanism::CramMd5;
        QTest::newRow("plain and login") << QStringList {QStringLiteral("login"), QStringLiteral("plain")}
                                         << SaslAuth::Mechanism::Plain;
        QTest::newRow("login only") << QStringList {QStringLiteral("LOGIN"), QStringLiteral("XOAUTH2")}
                                    << SaslAuth::Mechanism::Login;
        QTest::newRow("none usable") << QStringList {QStringLiteral("XOAUTH2"), QStringLiteral("GSSAPI")}
                                     << SaslAuth::Mechanism::None;
        QTest::newRow("nothing") << QStringList {} << SaslAuth::Mechanism::None;
    }
    void choose()
    {
        QFETCH(QStringList, offered);
        QFETCH(SaslAuth::Mechanism, expected);
        QCOMPARE(SaslAuth::choose(offered), expected);
        if (expected != SaslAuth::Mechanism::None) {
            QCOMPARE(SaslAuth::fromName(SaslAuth::name(expected)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSaslAuth)
#include "test_saslauth.moc"
