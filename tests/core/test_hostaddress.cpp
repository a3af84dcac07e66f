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
        QTest::newRow("host") << QStringLiteral("mail.example.org") << QStringLiteral("")
                              << QStringLiteral("mail.example.org") << 0 << QStringLiteral("mail.example.org")
                              << QStringList {QStringLiteral("--"), QStringLiteral("mail.example.org")};
        QTest::newRow("user and host") << QStringLiteral("alice@localhost") << QStringLiteral("alice")
                                       << QStringLiteral("localhost") << 0 << QStringLiteral("alice@localhost")
                                       << QStringList {QStringLiteral("--"), QStringLiteral("alice@localhost")};
        QTest::newRow("port") << QStringLiteral(" alice@mx1.example.org:2222 ") << QStringLiteral("alice")
                              << QStringLiteral("mx1.example.org") << 2222
                              << QStringLiteral("alice@mx1.example.org:2222")
                              << QStringList {QStringLiteral("-p"), QStringLiteral("2222"), QStringLiteral("--"),
                                              QStringLiteral("alice@mx1.example.org")};
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.7:22") << QStringLiteral("") << QStringLiteral("192.0.2.7")
                              << 22 << QStringLiteral("192.0.2.7:22")
                              << QStringList {QStringLiteral("-p"), QStringLiteral("22"), QStringLiteral("--"),
                                              QStringLiteral("192.0.2.7")};
        QTest::newRow("bare ipv6") << QStringLiteral("2001:db8::25") << QStringLiteral("")
                                   << QStringLiteral("2001:db8::25") << 0 << QStringLiteral("2001:db8::25")
                                   << QStringList {QStringLiteral("--"), QStringLiteral("2001:db8::25")};
        QTest::newRow("bracketed ipv6") << QStringLiteral("root@[2001:db8::25]:2200") << QStringLiteral("root")
                                        << QStringLiteral("2001:db8::25") << 2200
                                        << QStringLiteral("root@[2001:db8::25]:2200")
                                        << QStringList {QStringLiteral("-p"), QStringLiteral("2200"),
                                                        QStringLiteral("--"), QStringLiteral("root@2001:db8::25")};
        QTest::newRow("ssh_config alias")
            << QStringLiteral("office_box") << QStringLiteral("") << QStringLiteral("office_box") << 0
            << QStringLiteral("office_box") << QStringList {QStringLiteral("--"), QStringLiteral("office_box")};
        QTest::newRow("trailing dot") << QStringLiteral("mx.example.org.") << QStringLiteral("")
                                      << QStringLiteral("mx.example.org.") << 0 << QStringLiteral("mx.example.org.")
                                      << QStringList {QStringLiteral("--"), QStringLiteral("mx.example.org.")};
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
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("No host");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("No host");
        QTest::newRow("option as host") << QStringLiteral("-oProxyCommand=touch /tmp/x")
                                        << QStringLiteral("not a host name");
        QTest::newRow("option as user") << QStringLiteral("-oProxyCommand=x@host") << QStringLiteral("not a user name");
        QTest::newRow("space") << QStringLiteral("mail example.org") << QStringLiteral("not a host name");
        QTest::newRow("shell") << QStringLiteral("host;reboot") << QStringLiteral("not a host name");
        QTest::newRow("backtick") << QStringLiteral("`id`@host") << QStringLiteral("not a user name");
        QTest::newRow("empty user") << QStringLiteral("@host") << QStringLiteral("not a user name");
        QTest::newRow("no port") << QStringLiteral("host:") << QStringLiteral("no port");
        QTest::newRow("port zero") << QStringLiteral("host:0") << QStringLiteral("not a port");
        QTest::newRow("port too big") << QStringLiteral("host:65536") << QStringLiteral("not a port");
        QTest::newRow("port sign") << QStringLiteral("host:+22") << QStringLiteral("not a port");
        QTest::newRow("port words") << QStringLiteral("host:ssh") << QStringLiteral("not a port");
        QTest::newRow("unclosed bracket") << QStringLiteral("[2001:db8::1") << QStringLiteral("without");
        QTest::newRow("bracketed name") << QStringLiteral("[mail.example.org]:22") << QStringLiteral("not an IPv6");
        QTest::newRow("bad ipv6") << QStringLiteral("2001:db8:::1:2:3:4:5:6") << QStringLiteral("not a host name");
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".org")
                                        << QStringLiteral("not a host name");
        QTest::newRow("leading hyphen label") << QStringLiteral("mail.-x.org") << QStringLiteral("not a host name");
        QTest::newRow("newline") << QStringLiteral("host\nProxyCommand x") << QStringLiteral("not a host name");
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

    // With a person to ask (SSH_ASKPASS): a master logs in first, as long as it takes, and the
    // bus's ssh goes through it without ever asking.
    void throughALoginMaster()
    {
        const HostAddress host = HostAddress::parse(QStringLiteral("alice@localhost:2222"));
        HelperConnection::Options options;
        options.askPass = QStringLiteral("/usr/bin/mailroom");
        const QString path = QStringLiteral("/run/user/1000/mailroom-ssh-%C");
        const QString address = HelperConnection::dbusAddress(host, options, QStringLiteral("/l"), path);
        QVERIFY2(address.contains(QLatin1String(",argv2=-oBatchMode%3dyes,argv3=-oControlMaster%3dno,"
                                                "argv4=-oControlPath%3d/run/user/1000/mailroom-ssh-%25C,")),
                 qPrintable(address));
        QVERIFY(address.endsWith(QLatin1String("argv13=alice%40localhost,argv14=systemd-stdio-bridge")));
        const QStringList master = HelperConnection::masterArguments(host, options, QStringLiteral("/l"), path);
        QCOMPARE(master.mid(0, 4),
                 QStringList({QStringLiteral("-xT"), QStringLiteral("-oControlMaster=auto"),
                              QStringLiteral("-oControlPersist=60"), QStringLiteral("-oControlPath=") + path}));
        QVERIFY(!master.join(QLatin1Char(' ')).contains(QLatin1String("BatchMode")));
        QCOMPARE(master.mid(master.size() - 3),
                 QStringList({QStringLiteral("--"), QStringLiteral("alice@localhost"), QStringLiteral("true")}));
    }
};

QTEST_GUILESS_MAIN(TestHostAddress)
#include "test_hostaddress.moc"
