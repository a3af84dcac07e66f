// SPDX-License-Identifier: GPL-2.0-or-later
// The spam filter and Procmail delivery through mailroomctl as alice, against the real helper,
// Postfix, SpamAssassin (spamd) and spamass-milter, installed from the sandbox's offline
// repository through PackageKit. Bad settings are refused (by the CLI and by the helper itself)
// and change nothing; bob may change nothing. With the filter on, the GTUBE test message from a
// stranger's address is refused at SMTP time with 5.7.1; tagging only, it is delivered with
// X-Spam-Flag: YES and the subject tag; a clean message arrives with its subject and body as sent.
// Off again, main.cf is byte-identical to before and spamd is stopped. Procmail delivery on and
// off likewise. Installs packages for good: labelled destructive (a fresh boot of its own).
#include "sandboxuser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);
const QString MainCf = QStringLiteral("/etc/postfix/main.cf");
// Two addresses of this machine outside mynetworks, so the filter checks what comes from there.
const QString ServerIp = QStringLiteral("192.0.2.1");
const QString ClientIp = QStringLiteral("192.0.2.2");
const QByteArray Gtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

RunResult ctlAs(const QString &user, const QStringList &args, int timeoutMs = 600000)
{
    return runAs(user, QStringLiteral("env"), QStringList {QStringLiteral("LANG=C.UTF-8"), Ctl} + args, timeoutMs);
}
RunResult ctl(const QStringList &args, int timeoutMs = 600000)
{
    return ctlAs(QStringLiteral("alice"), args, timeoutMs);
}
QJsonObject filterState()
{
    return QJsonDocument::fromJson(ctl({QStringLiteral("filter"), QStringLiteral("--json")}).out).object();
}
// Sends a message to bob from outside mynetworks; swaks' transcript (exit status 0 when accepted).
RunResult send(const QString &subject, const QByteArray &body)
{
    return runAsRoot(QStringLiteral("swaks"),
                     {QStringLiteral("--server"), ServerIp, QStringLiteral("--local-interface"), ClientIp,
                      QStringLiteral("--from"), QStringLiteral("stranger@example.org"), QStringLiteral("--to"),
                      QStringLiteral("bob@demo-server.mydomain.com"), QStringLiteral("--header"),
                      QStringLiteral("Subject: ") + subject, QStringLiteral("--body"), QString::fromLatin1(body)},
                     120000);
}
// The message in bob's mailbox (or another mbox) whose Message-less marker (a unique word in the body) is marker.
QByteArray delivered(const QByteArray &marker, const QString &mailbox = QStringLiteral("/var/mail/bob"))
{
    for (int i = 0; i < 120; ++i) {
        const QByteArray box = rootRead(mailbox);
        const qsizetype at = box.indexOf(marker);
        if (at >= 0) {
            const qsizetype start = box.lastIndexOf("\nFrom ", at);
            const qsizetype end = box.indexOf("\nFrom ", at);
            return box.mid(start < 0 ? 0 : start + 1, end < 0 ? -1 : end - start);
        }
        QThread::msleep(500);
    }
    return {};
}
bool spamdListening()
{
    for (int i = 0; i < 120; ++i) {
        if (rootShell(QStringLiteral("ss -Hltn 'sport = :783' | grep -q LISTEN")).exitCode == 0) {
            return true;
        }
        QThread::msleep(500);
    }
    return false;
}
} // namespace

class TestSpamFilter : public QObject
{
    Q_OBJECT

private:
    QByteArray m_mainBefore;

private Q_SLOTS:
    void initTestCase()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}}) {
            const RunResult r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const RunResult ip
            = rootShell(QStringLiteral("ip addr add %1/32 dev lo && ip addr add %2/32 dev lo").arg(ServerIp, ClientIp));
        QVERIFY2(ip.exitCode == 0, qPrintable(describe(ip)));
        m_mainBefore = rootRead(MainCf);
        QVERIFY(!m_mainBefore.isEmpty());
    }

    void needsSpamAssassin()
    {
        const RunResult r = ctl({QStringLiteral("filter"), QStringLiteral("enable")});
        QVERIFY2(r.exitCode != 0 && r.err.contains("package install spamassassin"), qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), m_mainBefore);
        QCOMPARE(filterState().value(QStringLiteral("installed")).toBool(), false);
    }

    void install()
    {
        const RunResult r = ctl({QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("spamassassin")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(filterState().value(QStringLiteral("installed")).toBool());
    }

    void badSettingsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a number") << QStringList {QStringLiteral("--tag"), QStringLiteral("five")}
                                      << QStringLiteral("not a number");
        QTest::newRow("negative") << QStringList {QStringLiteral("--tag"), QStringLiteral("-1")}
                                  << QStringLiteral("from 0 to 1000");
        QTest::newRow("reversed") << QStringList {QStringLiteral("--tag"), QStringLiteral("8"),
                                                  QStringLiteral("--reject"), QStringLiteral("5")}
                                  << QStringLiteral("below the tag score");
        QTest::newRow("comment in the tag")
            << QStringList {QStringLiteral("--subject-tag"), QStringLiteral("[SPAM] # x")} << QStringLiteral("'#'");
    }
    void badSettingsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const QByteArray before = rootRead(MainCf);
        const RunResult r = ctl(QStringList {QStringLiteral("filter"), QStringLiteral("enable")} + args);
        QVERIFY2(r.exitCode == 2 && QString::fromUtf8(r.err).contains(reason), qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), before);
        QVERIFY(rootShell(QStringLiteral("test -e /etc/spamassassin/90-mailroom.cf")).exitCode != 0);
    }

    void helperRefusesBadSettingsItself()
    {
        // Past the CLI: the helper checks the typed arguments before polkit is asked.
        const RunResult r = runAs(QStringLiteral("alice"), QStringLiteral("gdbus"),
                                  {QStringLiteral("call"), QStringLiteral("--system"), QStringLiteral("--dest"),
                                   QStringLiteral("io.github.mailroom.Helper1"), QStringLiteral("--object-path"),
                                   QStringLiteral("/io/github/mailroom/Helper1"), QStringLiteral("--method"),
                                   QStringLiteral("io.github.mailroom.Helper1.SetSpamFilter"), QStringLiteral("true"),
                                   QStringLiteral("8.0"), QStringLiteral("reject"), QStringLiteral("5.0"),
                                   QStringLiteral(""), QStringLiteral("false")});
        QVERIFY2(r.exitCode != 0 && r.err.contains("InvalidArgs") && r.err.contains("below the tag score"),
                 qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), m_mainBefore);
    }

    void bobChangesNothing()
    {
        for (const QStringList &args : {QStringList {QStringLiteral("filter"), QStringLiteral("enable")},
                                        QStringList {QStringLiteral("delivery"), QStringLiteral("procmail")}}) {
            const RunResult r = ctlAs(QStringLiteral("bob"), args);
            QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        }
        QCOMPARE(rootRead(MainCf), m_mainBefore);
    }

    void rejectsGtube()
    {
        const RunResult r = ctl({QStringLiteral("filter"), QStringLiteral("enable"), QStringLiteral("--tag"),
                                 QStringLiteral("5"), QStringLiteral("--reject"), QStringLiteral("15"),
                                 QStringLiteral("--subject-tag"), QStringLiteral("[SPAM]")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("smtpd_milters = unix:spamass/spamass.sock"), r.out.constData());
        const QJsonObject s = filterState();
        QVERIFY(s.value(QStringLiteral("enabled")).toBool());
        QVERIFY(s.value(QStringLiteral("spamd_active")).toBool());
        QVERIFY(s.value(QStringLiteral("milter_active")).toBool());
        QCOMPARE(s.value(QStringLiteral("reject_score")).toDouble(), 15.0);
        QVERIFY(spamdListening());
        const RunResult spam = send(QStringLiteral("spam test rejected"), "rejectmarker\n" + Gtube);
        QVERIFY2(spam.exitCode != 0, qPrintable(describe(spam)));
        QVERIFY2(spam.out.contains("<** 550 5.7.1"), qPrintable(describe(spam)));
        const RunResult clean = send(QStringLiteral("Lunch on Friday"), "cleanmarker one\nSee you at noon.");
        QVERIFY2(clean.exitCode == 0, qPrintable(describe(clean)));
        const QByteArray msg = delivered("cleanmarker one");
        QVERIFY2(msg.contains("\nSubject: Lunch on Friday\n"), msg.constData());
        QVERIFY2(msg.contains("cleanmarker one\nSee you at noon."), msg.constData());
        QVERIFY2(msg.contains("\nX-Spam-Status: No"), msg.constData()); // it was checked
        QVERIFY(!msg.contains("X-Spam-Flag"));
        QVERIFY(!rootRead(QStringLiteral("/var/mail/bob")).contains("rejectmarker"));
    }

    void tagsGtube()
    {
        const RunResult r = ctl({QStringLiteral("filter"), QStringLiteral("set"), QStringLiteral("--no-reject")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(spamdListening());
        const RunResult spam = send(QStringLiteral("spam test tagged"), "tagmarker\n" + Gtube);
        QVERIFY2(spam.exitCode == 0, qPrintable(describe(spam)));
        const QByteArray msg = delivered("tagmarker");
        QVERIFY2(msg.contains("\nX-Spam-Flag: YES\n"), msg.constData());
        QVERIFY2(msg.contains("\nSubject: [SPAM] spam test tagged\n"), msg.constData());
        QVERIFY2(msg.contains("GTUBE"), msg.constData());
    }

    void movesSpamToTheFolder()
    {
        const QByteArray before = rootRead(MainCf); // the filter tags; Debian's Procmail line delivers
        RunResult r
            = ctl({QStringLiteral("filter"), QStringLiteral("set"), QStringLiteral("--folder"), QStringLiteral("9.5")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("whole number"), qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), before);

        r = ctl({QStringLiteral("filter"), QStringLiteral("set"), QStringLiteral("--folder"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject s = filterState();
        QCOMPARE(s.value(QStringLiteral("action")).toString(), QStringLiteral("folder"));
        QCOMPARE(s.value(QStringLiteral("folder_score")).toDouble(), 10.0);
        QCOMPARE(s.value(QStringLiteral("mailbox_command")).toString(),
                 QStringLiteral("/usr/bin/procmail -a \"$EXTENSION\" /etc/mailroom/spam.procmailrc"));
        QVERIFY(rootRead(QStringLiteral("/etc/mailroom/spam.procmailrc")).contains("^X-Spam-Level: "));
        QVERIFY(spamdListening());

        // bob's own rules still run after Mailroom's; he has no ~/mail yet, and the rule makes it.
        const RunResult own = rootShell(QStringLiteral(
            "rm -rf /home/bob/mail && printf ':0\\n* ^Subject:.*Lunch\\n$HOME/mail/Lunch\\n' > /home/bob/.procmailrc "
            "&& chown bob: /home/bob/.procmailrc"));
        QVERIFY2(own.exitCode == 0, qPrintable(describe(own)));
        const RunResult spam = send(QStringLiteral("spam test moved"), "foldermarker\n" + Gtube);
        QVERIFY2(spam.exitCode == 0, qPrintable(describe(spam))); // accepted: no reject in this action
        const QByteArray moved = delivered("foldermarker", QStringLiteral("/home/bob/mail/Spam"));
        QVERIFY2(moved.contains("\nX-Spam-Flag: YES\n"), moved.constData());
        QVERIFY2(moved.contains("\nX-Spam-Level: **********"), moved.constData());
        const RunResult lunch = send(QStringLiteral("Lunch plans"), "lunchmarker");
        QVERIFY2(lunch.exitCode == 0, qPrintable(describe(lunch)));
        QVERIFY(!delivered("lunchmarker", QStringLiteral("/home/bob/mail/Lunch")).isEmpty());
        const RunResult clean = send(QStringLiteral("Minutes"), "folderclean");
        QVERIFY2(clean.exitCode == 0, qPrintable(describe(clean)));
        QVERIFY2(delivered("folderclean").contains("\nX-Spam-Status: No"), "clean mail stays in the inbox");
        const QByteArray inbox = rootRead(QStringLiteral("/var/mail/bob"));
        QVERIFY(!inbox.contains("foldermarker") && !inbox.contains("lunchmarker"));
        const RunResult owner = rootShell(QStringLiteral("stat -c '%U %a' /home/bob/mail /home/bob/mail/Spam"));
        QCOMPARE(owner.out, QByteArray("bob 700\nbob 600\n"));
        QVERIFY(rootShell(QStringLiteral("rm -f /home/bob/.procmailrc")).exitCode == 0);

        // Procmail cannot be switched off under the action.
        const QByteArray folderMain = rootRead(MainCf);
        r = ctl({QStringLiteral("delivery"), QStringLiteral("local")});
        QVERIFY2(r.exitCode != 0 && r.err.contains("Spam folder"), qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), folderMain);

        // Another action puts back the mailbox_command the folder replaced, byte for byte.
        r = ctl({QStringLiteral("filter"), QStringLiteral("set"), QStringLiteral("--no-reject")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), before);
        // Into the folder once more: turning the filter off from there is checked next.
        r = ctl({QStringLiteral("filter"), QStringLiteral("set"), QStringLiteral("--folder"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), folderMain);
    }

    void offRestoresMainCf()
    {
        const RunResult r = ctl({QStringLiteral("filter"), QStringLiteral("disable")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), m_mainBefore);
        const QJsonObject s = filterState();
        QVERIFY(!s.value(QStringLiteral("enabled")).toBool());
        QVERIFY(!s.value(QStringLiteral("spamd_active")).toBool());
        QCOMPARE(s.value(QStringLiteral("subject_tag")).toString(), QStringLiteral("[SPAM]")); // the settings stay
        const RunResult spam = send(QStringLiteral("unfiltered"), "offmarker\n" + Gtube);
        QVERIFY2(spam.exitCode == 0, qPrintable(describe(spam)));
        QVERIFY(!delivered("offmarker").contains("X-Spam-"));
    }

    void procmailDeliveryOnAndOff()
    {
        const QByteArray before = rootRead(MainCf);
        const bool wasProcmail = filterState().value(QStringLiteral("procmail_delivery")).toBool();
        const QString first = wasProcmail ? QStringLiteral("local") : QStringLiteral("procmail");
        const QString second = wasProcmail ? QStringLiteral("procmail") : QStringLiteral("local");
        RunResult r = ctl({QStringLiteral("delivery"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(filterState().value(QStringLiteral("procmail_delivery")).toBool(), !wasProcmail);
        const RunResult mail = send(QStringLiteral("through procmail"), "procmailmarker");
        QVERIFY2(mail.exitCode == 0, qPrintable(describe(mail)));
        QVERIFY(!delivered("procmailmarker").isEmpty());
        r = ctl({QStringLiteral("delivery"), second});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), before);
        // And the other way round, from there.
        r = ctl({QStringLiteral("delivery"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QByteArray between = rootRead(MainCf);
        r = ctl({QStringLiteral("delivery"), second});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), before);
        r = ctl({QStringLiteral("delivery"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(rootRead(MainCf), between);
    }
};

QTEST_GUILESS_MAIN(TestSpamFilter)
#include "test_spam_filter.moc"
