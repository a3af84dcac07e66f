// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/osrelease.h"

#include <QTest>

using Mailroom::DistroFamily;
using Mailroom::OsRelease;

class TestOsRelease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void family_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DistroFamily>("family");
        QTest::addColumn<QString>("id");
        QTest::newRow("debian 13") << QStringLiteral("PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nNAME=\"Debian "
                                                     "GNU/Linux\"\nVERSION_ID=\"13\"\nID=debian\n")
                                   << DistroFamily::DebianLike << QStringLiteral("debian");
        QTest::newRow("ubuntu") << QStringLiteral("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\n")
                                << DistroFamily::DebianLike << QStringLiteral("ubuntu");
        QTest::newRow("mint") << QStringLiteral("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n") << DistroFamily::DebianLike
                              << QStringLiteral("linuxmint");
        QTest::newRow("rhel 9") << QStringLiteral(
            "NAME=\"Red Hat Enterprise Linux\"\nID=\"rhel\"\nID_LIKE=\"fedora\"\n")
                                << DistroFamily::RhelLike << QStringLiteral("rhel");
        QTest::newRow("fedora") << QStringLiteral("ID=fedora\nVERSION_ID=40\n") << DistroFamily::RhelLike
                                << QStringLiteral("fedora");
        QTest::newRow("rocky single quotes") << QStringLiteral("ID='rocky'\nID_LIKE='rhel centos fedora'\n")
                                             << DistroFamily::RhelLike << QStringLiteral("rocky");
        QTest::newRow("amazon") << QStringLiteral("ID=\"amzn\"\nID_LIKE=\"centos rhel fedora\"\n")
                                << DistroFamily::RhelLike << QStringLiteral("amzn");
        QTest::newRow("opensuse") << QStringLiteral("ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n")
                                  << DistroFamily::Other << QStringLiteral("opensuse-tumbleweed");
        QTest::newRow("arch") << QStringLiteral("NAME=\"Arch Linux\"\nID=arch\n") << DistroFamily::Other
                              << QStringLiteral("arch");
        QTest::newRow("empty") << QString() << DistroFamily::Other << QString();
        QTest::newRow("comments, blanks, crlf, upper case")
            << QStringLiteral("# generated\n\n  ID=Debian\r\n") << DistroFamily::DebianLike << QStringLiteral("debian");
        QTest::newRow("unterminated quote ignored")
            << QStringLiteral("ID=\"debian\nID_LIKE=fedora\n") << DistroFamily::RhelLike << QString();
        QTest::newRow("id decides before id_like")
            << QStringLiteral("ID=fedora\nID_LIKE=debian\n") << DistroFamily::RhelLike << QStringLiteral("fedora");
    }
    void family()
    {
        QFETCH(QString, text);
        QFETCH(DistroFamily, family);
        QFETCH(QString, id);
        const OsRelease r = OsRelease::parse(text);
        QCOMPARE(r.id, id);
        QCOMPARE(r.family(), family);
    }

    void escapes()
    {
        const OsRelease r = OsRelease::parse(QStringLiteral("PRETTY_NAME=\"My \\\"Best\\\" \\$HOME \\\\ OS\"\n"));
        QCOMPARE(r.prettyName, QStringLiteral("My \"Best\" $HOME \\ OS"));
    }

    void caBundle()
    {
        QCOMPARE(OsRelease::caBundlePath(DistroFamily::DebianLike),
                 QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        QCOMPARE(OsRelease::caBundlePath(DistroFamily::RhelLike), QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"));
        QVERIFY(OsRelease::caBundlePath(DistroFamily::Other).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOsRelease)
#include "test_osrelease.moc"
