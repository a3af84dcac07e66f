// SPDX-License-Identifier: GPL-2.0-or-later
// Host addresses for mailroomctl -H and "Connect to host…": what is accepted, how it is handed
// to ssh (never as an option), and the D-Bus address that runs ssh.
#include "hosts/helperconnection.h"
#include "hosts/hostaddress.h"

#include <QTest>

using Mailroom::HelperConnection;
using Mailroom::HostAddress;

class TestHostAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QStringList>("ssh");
        QTest::newRow("host") << "mail.example.org" << "" << "mail.example.org" << 0 << "mail.example.org"
                              << QStringList {"--", "mail.example.org"};
        QTest::newRow("user and host") << "alice@localhost" << "alice" << "localhost" << 0 << "alice@localhost"
                                       << QStringList {"--", "alice@localhost"};
        QTest::newRow("port") << " alice@mx1.example.org:2222 " << "alice" << "mx1.example.org" << 2222
                              << "alice@mx1.example.org:2222"
                              << QStringList {"-p", "2222", "--", "alice@mx1.example.org"};
        QTest::newRow("ipv4") << "192.0.2.7:22" << "" << "192.0.2.7" << 22 << "192.0.2.7:22"
                              << QStringList {"-p", "22", "--", "192.0.2.7"};
        QTest::newRow("bare ipv6") << "2001:db8::25" << "" << "2001:db8::25" << 0 << "2001:db8::25"
                                   << QStringList {"--", "2001:db8::25"};
        QTest::newRow("bracketed ipv6") << "root@[2001:db8::25]:2200" << "root" << "2001:db8::25" << 2200
                                        << "root@[2001:db8::25]:2200"
                                        << QStringList {"-p", "2200", "--", "root@2001:db8::25"};
        QTest::newRow("ssh_config alias") << "office_box" << "" << "office_box" << 0 << "office_box"
                                          << QStringList {"--", "office_box"};
        QTest::newRow("trailing dot") << "mx.example.org." << "" << "mx.example.org." << 0 << "mx.example.org."
                                      << QStringList {"--", "mx.example.org."};
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, normalised);
        QFETCH(QStringList, ssh);
        QString error;
        const HostAddress a = HostAddress::parse(text, &error);
        QVERIFY2(a.isValid(), qPrintable(error));
        QCOMPARE(a.user, user);
        QCOMPARE(a.host, host);
        QCOMPARE(a.port, port);
        QCOMPARE(a.toString(), normalised);
        QCOMPARE(a.sshArguments(), ssh);
        QCOMPARE(HostAddress::parse(a.toString()), a);
    }

    // Nothing that ssh could read as an option or a shell as more than a name.
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "" << "No host";
        QTest::newRow("blank") << "   " << "No host";
        QTest::newRow("option as host") << "-oProxyCommand=touch /tmp/x" << "not a host name";
        QTest::newRow("option as user") << "-oProxyCommand=x@host" << "not a user name";
        QTest::newRow("space") << "mail example.org" << "not a host name";
        QTest::newRow("shell") << "host;reboot" << "not a host name";
        QTest::newRow("backtick") << "`id`@host" << "not a user name";
        QTest::newRow("empty user") << "@host" << "not a user name";
        QTest::newRow("no port") << "host:" << "no port";
        QTest::newRow("port zero") << "host:0" << "not a port";
        QTest::newRow("port too big") << "host:65536" << "not a port";
        QTest::newRow("port sign") << "host:+22" << "not a port";
        QTest::newRow("port words") << "host:ssh" << "not a port";
        QTest::newRow("unclosed bracket") << "[2001:db8::1" << "without";
        QTest::newRow("bracketed name") << "[mail.example.org]:22" << "not an IPv6";
        QTest::newRow("bad ipv6") << "2001:db8:::1:2:3:4:5:6" << "not a host name";
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + ".org" << "not a host name";
        QTest::newRow("leading hyphen label") << "mail.-x.org" << "not a host name";
        QTest::newRow("newline") << "host\nProxyCommand x" << "not a host name";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        const HostAddress a = HostAddress::parse(text, &error);
        QVERIFY(!a.isValid());
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void addressEscaping()
    {
        QCOMPARE(HelperConnection::escapeAddressValue(QStringLiteral("-oBatchMode=yes")),
                 QStringLiteral("-oBatchMode%3dyes"));
        QCOMPARE(HelperConnection::escapeAddressValue(QStringLiteral("alice@[::1],x;y é")),
                 QStringLiteral("alice%40%5b%3a%3a1%5d%2cx%3by%20%c3%a9"));
        QCOMPARE(HelperConnection::escapeAddressValue(QStringLiteral("/run/user/1000/m-x.log")),
                 QStringLiteral("/run/user/1000/m-x.log"));
    }

    // ssh -xT, never a prompt unless interactive, the host after "--", then the bridge.
    void dbusAddress()
    {
        const HostAddress host = HostAddress::parse(QStringLiteral("alice@localhost:2222"));
        HelperConnection::Options options;
        options.connectTimeoutSeconds = 7;
        QCOMPARE(HelperConnection::dbusAddress(host, options, QStringLiteral("/run/user/1000/ssh.log")),
                 QStringLiteral("unixexec:path=ssh,argv0=ssh,argv1=-xT,argv2=-oBatchMode%3dyes,"
                                "argv3=-oConnectTimeout%3d7,argv4=-oServerAliveInterval%3d5,"
                                "argv5=-oServerAliveCountMax%3d3,argv6=-E,argv7=/run/user/1000/ssh.log,argv8=-p,"
                                "argv9=2222,argv10=--,argv11=alice%40localhost,argv12=systemd-stdio-bridge"));
        options.interactive = true;
        QVERIFY(!HelperConnection::dbusAddress(host, options, {}).contains(QLatin1String("BatchMode")));
        QVERIFY(!HelperConnection::dbusAddress(host, options, {}).contains(QLatin1String("-E")));
    }
};

QTEST_GUILESS_MAIN(TestHostAddress)
#include "test_hostaddress.moc"
