// SPDX-License-Identifier: GPL-2.0-or-later
// `mailroomctl tls` and the certificate paragraph of `mailroomctl status`, formatted offline from
// a state as the helper returns it, at chosen moments (English and Chinese catalogs).
#include "statuscommand.h"
#include "tlscommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QTest>

namespace {
Mailroom::TlsCertificateState fixtureState()
{
    QFile f(QFINDTESTDATA("../data/tls/selfsigned-ec.pem"));
    Mailroom::TlsCertificateState s;
    if (f.open(QIODevice::ReadOnly)) {
        s.chainPem = QString::fromLatin1(f.readAll());
    }
    s.source = QStringLiteral("mailroom");
    s.keyFile = QStringLiteral("/etc/mailroom/tls/key.pem");
    s.certificateFile = QStringLiteral("/etc/mailroom/tls/cert.pem");
    s.securityLevel = QStringLiteral("may");
    s.hostName = QStringLiteral("demo-server.mydomain.com");
    s.keyMatches = true;
    return s;
}
QDateTime notAfter()
{
    return QSslCertificate::fromData(fixtureState().chainPem.toLatin1()).value(0).expiryDate();
}
} // namespace

class TestTlsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LANGUAGE", "en");
        Mailroom::installTranslations(QCoreApplication::instance());
        QVERIFY(notAfter().isValid());
    }

    void show()
    {
        const QString text = TlsCommand::formatText(fixtureState(), notAfter().addDays(-100));
        QVERIFY2(
            text.startsWith(QLatin1String("Certificate for demo-server.mydomain.com (made or installed by Mailroom)")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ECDSA 256, matches the certificate")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("demo-server.mydomain.com, mydomain.com")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(self-signed)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("offered (may)")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("warning")), qPrintable(text));
        const QJsonObject c = TlsCommand::toJson(fixtureState(), notAfter().addDays(-100))
                                  .value(QStringLiteral("certificate"))
                                  .toObject();
        QCOMPARE(c.value(QStringLiteral("days_left")).toInteger(), 100);
        QCOMPARE(c.value(QStringLiteral("needs_attention")).toBool(), false);
        QCOMPARE(c.value(QStringLiteral("host_matches")).toBool(), true);
    }

    void statusWarns_data()
    {
        QTest::addColumn<int>("secondsBeforeExpiry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("100 days") << 100 * 86400 << QString();
        QTest::newRow("31 days") << 31 * 86400 << QString();
        QTest::newRow("30 days") << 30 * 86400
                                 << QStringLiteral(
                                        "warning: The certificate for demo-server.mydomain.com expires in 30 "
                                        "days. Get a new one");
        QTest::newRow("1 day") << 86400 + 5 << QStringLiteral("expires in 1 day. Get a new one");
        QTest::newRow("expired") << -60 << QStringLiteral("has expired");
    }
    void statusWarns()
    {
        QFETCH(int, secondsBeforeExpiry);
        QFETCH(QString, expected);
        const QString text
            = StatusCommand::certificateWarning(fixtureState(), notAfter().addSecs(-qint64(secondsBeforeExpiry)));
        if (expected.isEmpty()) {
            QCOMPARE(text, QString());
        } else {
            QVERIFY2(text.contains(expected), qPrintable(text));
        }
    }

    void statusWithoutCertificate()
    {
        Mailroom::TlsCertificateState s = fixtureState();
        s.chainPem.clear();
        QVERIFY(
            StatusCommand::certificateWarning(s, notAfter()).contains(QLatin1String("mailroomctl tls self-signed")));
    }
};

QTEST_GUILESS_MAIN(TestTlsCommand)
#include "test_tlscommand.moc"
