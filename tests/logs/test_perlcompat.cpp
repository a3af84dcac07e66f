// SPDX-License-Identifier: GPL-2.0-or-later
// The Perl behaviour pflogsumm's numbers and sort orders depend on (src/core/logs/perlcompat.h).
#include "logs/perlcompat.h"

#include <QTest>

using namespace Mailroom;

class TestPerlCompat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perlNumber_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("42") << 42.0;
        QTest::newRow("decimal") << QByteArray("0.52") << 0.52;
        QTest::newRow("leading space and sign") << QByteArray("  -3.5") << -3.5;
        QTest::newRow("plus") << QByteArray("+7") << 7.0;
        QTest::newRow("stops at the first non-digit") << QByteArray("12abc") << 12.0;
        QTest::newRow("no number is 0") << QByteArray("abc") << 0.0;
        QTest::newRow("empty") << QByteArray() << 0.0;
    }
    void perlNumber()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        QCOMPARE(Perl::perlNumber(text), value);
    }

    void trimString_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QByteArray>("trimmed");
        QTest::newRow("short stays") << QByteArray("abc") << 10 << QByteArray("abc");
        QTest::newRow("exactly the length stays") << QByteArray("abcdefghij") << 10 << QByteArray("abcdefghij");
        QTest::newRow("long gets dots") << QByteArray("abcdefghijk") << 10 << QByteArray("abcdefg...");
    }
    void trimString()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, maxLength);
        QFETCH(QByteArray, trimmed);
        std::string buffer;
        const std::string_view result = Perl::trimString(text, maxLength, buffer);
        QCOMPARE(QByteArray(result.data(), qsizetype(result.size())), trimmed);
    }

    void trimSaid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QByteArray>("trimmed");
        QTest::newRow("short stays") << QByteArray("host said: 550 no") << 66 << QByteArray("host said: 550 no");
        QTest::newRow("after the last said")
            << QByteArray("host mx.example[192.0.2.1] said: 550 5.1.1 user unknown (in reply to RCPT TO)") << 40
            << QByteArray("550 5.1.1 user unknown (in reply to R...");
        QTest::newRow("after a colon") << QByteArray("connect to mx: Connection timed out and more") << 30
                                       << QByteArray("Connection timed out and more");
    }
    void trimSaid()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, maxLength);
        QFETCH(QByteArray, trimmed);
        QCOMPARE(Perl::trimSaid(text, maxLength), trimmed);
    }

    void stripCode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("stripped");
        QTest::newRow("code") << QByteArray("550 Relay denied") << QByteArray("Relay denied");
        QTest::newRow("no space after") << QByteArray("550-Relay") << QByteArray("550-Relay");
        QTest::newRow("two digits") << QByteArray("55 x") << QByteArray("55 x");
    }
    void stripCode()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, stripped);
        QCOMPARE(Perl::stripCode(text), stripped);
    }

    void normalizeHost_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("normalized");
        QTest::newRow("IPv4 packs to four bytes") << QByteArray("192.0.2.1") << QByteArray("\xc0\x00\x02\x01", 4);
        QTest::newRow("octets modulo 256 like pack('C4')")
            << QByteArray("300.0.0.1") << QByteArray("\x2c\x00\x00\x01", 4);
        QTest::newRow("name reversed and lowercased") << QByteArray("Mail.Example.COM") << QByteArray("comexamplemail");
        QTest::newRow("address") << QByteArray("bob@Example.org") << QByteArray("orgexamplebob");
        QTest::newRow("only up to the first space") << QByteArray("a.b rest") << QByteArray("ba");
        QTest::newRow("trailing dots dropped") << QByteArray("a.b..") << QByteArray("ba");
    }
    void normalizeHost()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, normalized);
        const std::string result = Perl::normalizeHost(Perl::sv(host));
        QCOMPARE(QByteArray(result.data(), qsizetype(result.size())), normalized);
    }

    void lowerDomainPart_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("lowered");
        QTest::addColumn<int>("at");
        QTest::newRow("domain lowercased, local part kept")
            << QByteArray("Alice@Sender.EXAMPLE") << QByteArray("Alice@sender.example") << 5;
        QTest::newRow("no @") << QByteArray("MAILER-DAEMON") << QByteArray("MAILER-DAEMON") << -1;
        QTest::newRow("@ at the end") << QByteArray("Bob@") << QByteArray("Bob@") << 3;
    }
    void lowerDomainPart()
    {
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, lowered);
        QFETCH(int, at);
        std::string out;
        const size_t position = Perl::lowerDomainPart(address, out);
        QCOMPARE(QByteArray(out.data(), qsizetype(out.size())), lowered);
        QCOMPARE(position == std::string::npos ? -1 : int(position), at);
    }
};

QTEST_GUILESS_MAIN(TestPerlCompat)
#include "test_perlcompat.moc"
