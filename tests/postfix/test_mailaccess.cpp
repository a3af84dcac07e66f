// SPDX-License-Identifier: GPL-2.0-or-later
// master.cf's submission service and Mailroom's Dovecot settings as text: Debian 13's own master.cf
// gets the service after its commented example and loses it again byte for byte; a service someone
// wrote is replaced where it stands; Dovecot's file reads back what it was written with.
#include "access/mailaccess.h"
#include "config/mastercf.h"

#include <QFile>
#include <QTest>

using namespace Mailroom;
using namespace Mailroom::MailAccess;

namespace {
QByteArray debianMasterCf()
{
    QFile f(QFINDTESTDATA("../data/postfix/mastercf/debian13.master.cf"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Config::MasterCf::Service enabledSubmission(const QByteArray &text, int *count)
{
    Config::MasterCf::Service found;
    *count = 0;
    for (const auto &s : Config::MasterCf::fromByteArray(text).services()) {
        if (s.enabled && s.name == QLatin1String("submission") && s.type == QLatin1String("inet")) {
            found = s;
            ++*count;
        }
    }
    return found;
}
} // namespace

class TestMailAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debianMasterCfRoundTrip()
    {
        const QByteArray original = debianMasterCf();
        QVERIFY(!original.isEmpty());
        QVERIFY(!submissionEnabled(original));
        const QByteArray on = withSubmission(original);
        QVERIFY(submissionEnabled(on));
        QVERIFY(submissionSecure(on));
        QVERIFY(Config::MasterCf::fromByteArray(on).problems().isEmpty());
        int count = 0;
        const auto s = enabledSubmission(on, &count);
        QCOMPARE(count, 1);
        QCOMPARE(s.command, QStringLiteral("smtpd"));
        QCOMPARE(s.privateField, QStringLiteral("n"));
        QCOMPARE(s.chroot, QStringLiteral("y")); // as Debian's smtp/inet
        QCOMPARE(s.overrides, submissionOverrides());
        // After Debian's commented example, before its submissions example.
        const QByteArray before = on.left(on.indexOf("\nsubmission inet"));
        QVERIFY(before.contains("#submission inet n"));
        QVERIFY(!before.contains("#submissions "));
        // Only lines were added.
        QCOMPARE(withoutSubmission(on), original);
        // Enabling twice changes nothing.
        QCOMPARE(withSubmission(on), on);
    }

    void serviceSomeoneWroteIsReplacedInPlace()
    {
        const QByteArray text = "smtp      inet  n       -       n       -       -       smtpd\n"
                                "submission inet n - n - - smtpd\n"
                                "  -o smtpd_tls_security_level=may\n"
                                "pickup    unix  n       -       n       60      1       pickup\n";
        QVERIFY(submissionEnabled(text));
        QVERIFY(!submissionSecure(text));
        const QByteArray on = withSubmission(text);
        QVERIFY(submissionSecure(on));
        int count = 0;
        const auto s = enabledSubmission(on, &count);
        QCOMPARE(count, 1);
        QCOMPARE(s.chroot, QStringLiteral("n"));
        QVERIFY(on.startsWith("smtp      inet"));
        QVERIFY(on.endsWith("pickup    unix  n       -       n       60      1       pickup\n"));
        QVERIFY(!on.contains("smtpd_tls_security_level=may"));
        const QByteArray off = withoutSubmission(on);
        QCOMPARE(off,
                 QByteArray("smtp      inet  n       -       n       -       -       smtpd\n"
                            "pickup    unix  n       -       n       60      1       pickup\n"));
    }

    void noSmtpServiceAppends()
    {
        const QByteArray text = "pickup unix n - n 60 1 pickup"; // no final newline
        const QByteArray on = withSubmission(text);
        QVERIFY(on.startsWith("pickup unix n - n 60 1 pickup\n# Mailroom:"));
        int count = 0;
        QCOMPARE(enabledSubmission(on, &count).chroot, QStringLiteral("-"));
        QCOMPARE(count, 1);
    }

    void dovecotSettingsRoundTrip_data()
    {
        QTest::addColumn<bool>("imap");
        QTest::addColumn<bool>("imaps");
        QTest::newRow("login service only") << false << false;
        QTest::newRow("143") << true << false;
        QTest::newRow("993") << false << true;
        QTest::newRow("both") << true << true;
    }
    void dovecotSettingsRoundTrip()
    {
        QFETCH(bool, imap);
        QFETCH(bool, imaps);
        DovecotSettings s;
        s.imap = imap;
        s.imaps = imaps;
        s.keyFile = QStringLiteral("/etc/mailroom/tls/key.pem");
        s.certificateFile = QStringLiteral("/etc/mailroom/tls/cert.pem");
        const QByteArray text = dovecotConf(s);
        DovecotSettings back;
        QVERIFY(parseDovecotConf(text, &back));
        QCOMPARE(back, s);
        QCOMPARE(text.contains("protocols = imap\n"), imap || imaps);
        QCOMPARE(text.contains("protocols =\n"), !imap && !imaps);
        QCOMPARE(text.contains("    port = 143\n"), imap);
        QCOMPARE(text.contains("    port = 993\n"), imaps);
        QVERIFY(text.contains("ssl = required\n"));
        QVERIFY(text.contains("auth_allow_cleartext = no\n"));
        QVERIFY(text.contains("mbox_write_locks = dotlock fcntl\n"));
        QVERIFY(text.contains("unix_listener /var/spool/postfix/private/auth {\n"));
    }

    void someoneElsesFileIsNotOurs()
    {
        DovecotSettings s;
        s.imap = true;
        QVERIFY(!parseDovecotConf("protocols = imap\nssl = yes\n", &s));
        QVERIFY(s.imap); // untouched
    }
};

QTEST_GUILESS_MAIN(TestMailAccess)
#include "test_mailaccess.moc"
