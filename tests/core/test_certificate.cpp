// SPDX-License-Identifier: GPL-2.0-or-later
// The server certificate as Mailroom reports it: read from PEM (Qt's TLS backend), its key, and
// the 30-day expiry rule at chosen moments (never the real clock).
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using Mailroom::CertificateExpiry;
using Mailroom::CertificateSummary;
using State = CertificateExpiry::State;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("../data/tls/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QDateTime NotBefore(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
const QDateTime NotAfter(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::UTC);
} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiry_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<State>("state");
        QTest::addColumn<qint64>("daysLeft");
        QTest::newRow("an hour before it starts") << NotBefore.addSecs(-3600) << State::NotYetValid << qint64(90);
        QTest::newRow("first second") << NotBefore << State::Valid << qint64(90);
        QTest::newRow("31 days left") << NotAfter.addDays(-31) << State::Valid << qint64(31);
        QTest::newRow("31 days less a second") << NotAfter.addSecs(-31 * 86400 + 1) << State::ExpiresSoon << qint64(30);
        QTest::newRow("30 days left") << NotAfter.addDays(-30) << State::ExpiresSoon << qint64(30);
        QTest::newRow("29 days and 23 hours")
            << NotAfter.addSecs(-30 * 86400 + 3600) << State::ExpiresSoon << qint64(29);
        QTest::newRow("an hour left") << NotAfter.addSecs(-3600) << State::ExpiresSoon << qint64(0);
        QTest::newRow("last second") << NotAfter << State::ExpiresSoon << qint64(0);
        QTest::newRow("a second late") << NotAfter.addSecs(1) << State::Expired << qint64(-1);
        QTest::newRow("two days late") << NotAfter.addDays(2) << State::Expired << qint64(-2);
        // The same instant in another zone is the same answer.
        QTest::newRow("in +08:00") << NotAfter.addDays(-3).toTimeZone(QTimeZone("Asia/Shanghai")) << State::ExpiresSoon
                                   << qint64(3);
    }
    void expiry()
    {
        QFETCH(QDateTime, now);
        QFETCH(State, state);
        QFETCH(qint64, daysLeft);
        const CertificateExpiry e = CertificateExpiry::at(NotBefore, NotAfter, now);
        QCOMPARE(e.state, state);
        QCOMPARE(e.daysLeft, daysLeft);
        QCOMPARE(e.needsAttention(), state != State::Valid);
        const QString m = e.message(QStringLiteral("demo-server.mydomain.com"), QStringLiteral("mailroom"));
        QVERIFY(m.contains(QLatin1String("demo-server.mydomain.com")));
        if (state == State::ExpiresSoon || state == State::Expired) {
            QVERIFY2(m.contains(QLatin1String("mailroomctl tls request")), qPrintable(m));
            QVERIFY2(e.message(QStringLiteral("h.example"), QStringLiteral("letsencrypt"))
                         .contains(QLatin1String("certbot")),
                     qPrintable(m));
        }
    }

    void fromPemSelfSigned()
    {
        const QByteArray pem = fixture("selfsigned-ec.pem");
        QVERIFY(!pem.isEmpty());
        const CertificateSummary s = CertificateSummary::fromPem(pem, QStringLiteral("demo-server.mydomain.com"));
        QVERIFY(!s.isNull);
        QCOMPARE(s.subject, QStringLiteral("CN=demo-server.mydomain.com"));
        QCOMPARE(s.alternativeNames,
                 (QStringList {QStringLiteral("demo-server.mydomain.com"), QStringLiteral("mydomain.com")}));
        QVERIFY(s.selfSigned);
        QVERIFY(!s.chainTrusted);
        QVERIFY(s.hostMatches);
        QCOMPARE(s.keyAlgorithm, QStringLiteral("EC"));
        QCOMPARE(s.keyBits, 256);
        QCOMPARE(s.keyDescription(), QStringLiteral("ECDSA 256"));
        QCOMPARE(s.sha256.size(), 32 * 3 - 1);
        QCOMPARE(s.notBefore.daysTo(s.notAfter), 730);
        // Even where the system store holds it (Qt reads every .pem in /etc/ssl/certs, Debian's snakeoil
        // certificate among them), a certificate that vouches for itself is not called trusted.
        QVERIFY(!CertificateSummary::fromChain(QSslCertificate::fromData(pem), {}).chainTrusted);
        // Another name than the certificate's.
        QVERIFY(!CertificateSummary::fromPem(pem, QStringLiteral("mail.example.org")).hostMatches);
    }

    // A certificate whose public key does not decode (fuzz_pem: its EC point is off the curve)
    // is summarized with everything else it says and no key, instead of crashing in Qt's backend.
    void keyThatDoesNotDecode()
    {
        const QString path = QFINDTESTDATA("../data/fuzz/pem/ec-key-off-its-curve");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CertificateSummary s = CertificateSummary::fromPem(f.readAll(), QStringLiteral("mail.example.org"));
        QVERIFY(!s.isNull);
        QCOMPARE(s.subject, QStringLiteral("CN=mail.example.org"));
        QVERIFY(s.alternativeNames.contains(QStringLiteral("smtp.example.org")));
        QCOMPARE(s.keyAlgorithm, QString());
        QCOMPARE(s.keyBits, 0);
        QCOMPARE(s.keyDescription(), QString());
        QCOMPARE(s.sha256.size(), 32 * 3 - 1);
    }

    void fromPemOther()
    {
        const CertificateSummary s
            = CertificateSummary::fromPem(fixture("other-host-rsa.pem"), QStringLiteral("demo-server.mydomain.com"));
        QVERIFY(!s.isNull);
        QCOMPARE(s.keyDescription(), QStringLiteral("RSA 3072"));
        QVERIFY(!s.hostMatches);
        QCOMPARE(s.subject, QStringLiteral("CN=mail.example.org, O=Example"));
    }

    void fromPemNothing()
    {
        QVERIFY(CertificateSummary::fromPem({}, QStringLiteral("h.example")).isNull);
        QVERIFY(CertificateSummary::fromPem("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
                                            QStringLiteral("h.example"))
                    .isNull);
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "test_certificate.moc"
