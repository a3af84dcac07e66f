// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincfvalidator.h"
#include "postfix/mynetworks.h"

#include <QLocale>
#include <QTest>

using Mailroom::MyNetworks;

namespace {
// The sandbox host's interfaces, in the order getifaddrs() reports them.
QList<MyNetworks::InterfaceAddress> sample()
{
    QHostAddress linkLocal(QStringLiteral("fe80::fc:ff:fe00:1"));
    linkLocal.setScopeId(QStringLiteral("eth0"));
    return {{QHostAddress(QStringLiteral("127.0.0.1")), 8},
            {QHostAddress(QStringLiteral("::1")), 128},
            {QHostAddress(QStringLiteral("192.0.2.2")), 24},
            {QHostAddress(QStringLiteral("fd00::2")), 64},
            {linkLocal, 64},
            {QHostAddress(QStringLiteral("172.16.5.9")), 20},
            {QHostAddress(QStringLiteral("10.1.2.3")), 16},
            {QHostAddress(QStringLiteral("0.0.0.0")), 0},
            {QHostAddress(QStringLiteral("192.0.2.77")), 24}};
}
} // namespace

class TestMyNetworks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<MyNetworks::Style>("style");
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<QString>("value");
        // Same results as postconf -d mynetworks with mynetworks_style = host/subnet/class on those interfaces.
        QTest::newRow("host") << MyNetworks::Style::Host << true
                              << QStringLiteral("127.0.0.1/32 192.0.2.2/32 172.16.5.9/32 10.1.2.3/32 192.0.2.77/32 "
                                                "[::1]/128 [fd00::2]/128 [fe80::fc:ff:fe00:1]/128");
        QTest::newRow("subnet") << MyNetworks::Style::Subnet << true
                                << QStringLiteral("127.0.0.0/8 192.0.2.0/24 172.16.0.0/20 10.1.0.0/16 [::1]/128 "
                                                  "[fd00::]/64 [fe80::]/64");
        QTest::newRow("class") << MyNetworks::Style::Class << true
                               << QStringLiteral("127.0.0.0/8 192.0.2.0/24 172.16.0.0/16 10.0.0.0/8 [::1]/128 "
                                                 "[fd00::]/64 [fe80::]/64");
        QTest::newRow("subnet, ipv4 only") << MyNetworks::Style::Subnet << false
                                           << QStringLiteral("127.0.0.0/8 192.0.2.0/24 172.16.0.0/20 10.1.0.0/16");
    }
    void derive()
    {
        QFETCH(MyNetworks::Style, style);
        QFETCH(bool, ipv6);
        QFETCH(QString, value);
        const QList<MyNetworks::Entry> entries = MyNetworks::derive(style, sample(), true, ipv6);
        QCOMPARE(MyNetworks::value(entries), value);
        for (const MyNetworks::Entry &e : entries) {
            QVERIFY(e.explanation.startsWith(e.network + QLatin1Char(':')));
        }
        // What Mailroom derives, Mailroom accepts as a custom list.
        QVERIFY(Mailroom::MainCfValidator::validate(QStringLiteral("mynetworks"), value));
    }

    void classes()
    {
        const QList<MyNetworks::Entry> entries = MyNetworks::derive(MyNetworks::Style::Class,
                                                                    {{QHostAddress(QStringLiteral("130.1.2.3")), 24},
                                                                     {QHostAddress(QStringLiteral("224.1.2.3")), 32},
                                                                     {QHostAddress(QStringLiteral("240.0.0.1")), 8}});
        QCOMPARE(MyNetworks::value(entries), QStringLiteral("130.1.0.0/16 224.0.0.0/4")); // class E is skipped
        QCOMPARE(entries.at(0).explanation,
                 QStringLiteral("130.1.0.0/16: the whole class B network around 130.1.2.3 (%1 addresses), usually "
                                "much more than your own network.")
                     .arg(QLocale().toString(65536)));
    }

    void explanations()
    {
        const QList<MyNetworks::Entry> subnet = MyNetworks::derive(MyNetworks::Style::Subnet, sample());
        QCOMPARE(subnet.at(0).explanation, QStringLiteral("127.0.0.0/8: this computer itself (its loopback address)."));
        QCOMPARE(subnet.at(1).explanation,
                 QStringLiteral("192.0.2.0/24: every computer on the local network of 192.0.2.2 (%1 addresses).")
                     .arg(QLocale().toString(256)));
        QCOMPARE(subnet.at(5).explanation,
                 QStringLiteral("[fd00::]/64: every computer on the local IPv6 network of fd00::2."));
        const QList<MyNetworks::Entry> host = MyNetworks::derive(MyNetworks::Style::Host, sample());
        QCOMPARE(host.at(1).explanation, QStringLiteral("192.0.2.2/32: only this computer, at its address 192.0.2.2."));

        QCOMPARE(MyNetworks::explain(MyNetworks::Style::Host),
                 QStringLiteral("Only this computer may send mail through Postfix without logging in; the safe choice "
                                "and Postfix's default."));
        QVERIFY(MyNetworks::explain(MyNetworks::Style::Subnet).contains(QLatin1String("same local network")));
        QVERIFY(MyNetworks::explain(MyNetworks::Style::Class).contains(QLatin1String("not recommended")));
        QVERIFY(!MyNetworks::explainCustomList().isEmpty());
    }

    void styleNames()
    {
        for (auto s : {MyNetworks::Style::Host, MyNetworks::Style::Subnet, MyNetworks::Style::Class}) {
            QCOMPARE(MyNetworks::styleFromString(MyNetworks::toString(s)), s);
            QVERIFY(Mailroom::MainCfValidator::validate(QStringLiteral("mynetworks_style"), MyNetworks::toString(s)));
        }
        QVERIFY(!MyNetworks::styleFromString(QStringLiteral("Host")));
    }
};

QTEST_GUILESS_MAIN(TestMyNetworks)
#include "test_mynetworks.moc"
