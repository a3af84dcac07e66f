// SPDX-License-Identifier: GPL-2.0-or-later
// The spam filter's files as text: the settings are checked (numbers, order, the subject tag);
// SpamAssassin's file reads back what it was written with; spamass-milter's defaults keep every
// line but OPTIONS; mynetworks becomes -i's list; real main.cf files (Debian 13, RHEL 9, a
// hand-edited one) get the milter and lose it again byte for byte, also next to another milter.
#include "filter/spamfilter.h"
#include "postfix/maincf.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace Mailroom;
using namespace Mailroom::SpamFilter;

namespace {
QByteArray data(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("../data/postfix/realworld/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Debian 13's /etc/default/spamass-milter (spamass-milter 0.4.0-2), comments shortened.
const QByteArray DebianDefaults = "# spamass-milt startup defaults\n"
                                  "\n"
                                  "# OPTIONS are passed directly to spamass-milter.\n"
                                  "# man spamass-milter for details\n"
                                  "\n"
                                  "# Default, use the spamass-milter user as the default user, ignore\n"
                                  "# messages from localhost\n"
                                  "OPTIONS=\"-u spamass-milter -i 127.0.0.1\"\n"
                                  "\n"
                                  "# Reject emails with spamassassin scores > 15.\n"
                                  "#OPTIONS=\"${OPTIONS} -r 15\"\n";
} // namespace

class TestSpamFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<double>("tag");
        QTest::addColumn<QString>("action");
        QTest::addColumn<double>("reject");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("error"); // a part of the reason, "" = fine
        QTest::newRow("defaults") << 5.0 << "reject" << 10.0 << "[SPAM]" << "";
        QTest::newRow("equal scores") << 5.0 << "reject" << 5.0 << "" << "";
        QTest::newRow("tag only ignores the reject score") << 5.0 << "tag" << 1.0 << "***SPAM***" << "";
        QTest::newRow("negative tag") << -1.0 << "reject" << 10.0 << "" << "from 0 to 1000";
        QTest::newRow("too high") << 5.0 << "reject" << 1000.5 << "" << "from 0 to 1000";
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << "tag" << 10.0 << ""
                                      << "from 0 to 1000";
        QTest::newRow("infinite") << 5.0 << "reject" << std::numeric_limits<double>::infinity() << ""
                                  << "from 0 to 1000";
        QTest::newRow("reversed") << 8.0 << "reject" << 5.0 << "" << "below the tag score";
        QTest::newRow("comment") << 5.0 << "reject" << 10.0 << "[SPAM] # x" << "'#'";
        QTest::newRow("newline") << 5.0 << "reject" << 10.0 << "[SPAM]\nrequired_score 0" << "control";
        QTest::newRow("backslash") << 5.0 << "reject" << 10.0 << "\\" << "'\\'";
        QTest::newRow("space at the end") << 5.0 << "reject" << 10.0 << "[SPAM] " << "space";
        QTest::newRow("long") << 5.0 << "reject" << 10.0 << QString(41, u'x') << "longer than 40";
        QTest::newRow("folder") << 5.0 << "folder" << 10.0 << "" << "";
        QTest::newRow("folder at the tag score") << 5.0 << "folder" << 5.0 << "" << "";
        QTest::newRow("folder at half points") << 5.0 << "folder" << 9.5 << "" << "whole number from 1 to 50";
        QTest::newRow("folder above the stars") << 5.0 << "folder" << 51.0 << "" << "whole number from 1 to 50";
        QTest::newRow("folder at zero") << 0.0 << "folder" << 0.0 << "" << "whole number from 1 to 50";
        QTest::newRow("folder reversed") << 8.0 << "folder" << 6.0 << "" << "below the tag score";
        QTest::newRow("folder not a number") << 5.0 << "folder" << std::numeric_limits<double>::quiet_NaN() << ""
                                             << "whole number";
    }
    void validation()
    {
        QFETCH(double, tag);
        QFETCH(QString, action);
        QFETCH(double, reject);
        QFETCH(QString, subject);
        QFETCH(QString, error);
        Settings s;
        QVERIFY(parseAction(action, &s.action));
        s.tagScore = tag;
        s.actionScore = reject;
        s.subjectTag = subject;
        const QString why = validate(s);
        if (error.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(error), qPrintable(why));
        }
    }

    void actions()
    {
        Action a = Action::Tag;
        QVERIFY(parseAction(QStringLiteral("reject"), &a));
        QCOMPARE(a, Action::Reject);
        QVERIFY(!parseAction(QStringLiteral("Reject"), &a));
        QVERIFY(parseAction(QStringLiteral("folder"), &a));
        QCOMPARE(a, Action::Folder);
        QCOMPARE(actionName(Action::Folder), QStringLiteral("folder"));
        QVERIFY(!parseAction(QStringLiteral("spam-folder"), &a));
        QVERIFY(!parseAction(QString(), &a));
    }

    void spamAssassinFileRoundTrip_data()
    {
        QTest::addColumn<double>("tag");
        QTest::addColumn<QString>("action");
        QTest::addColumn<double>("reject");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("reject") << 5.0 << "reject" << 15.0 << "[SPAM]" << false;
        QTest::newRow("tag, no subject tag") << 3.5 << "tag" << 10.0 << "" << true;
        QTest::newRow("unicode tag") << 6.0 << "reject" << 6.0 << QStringLiteral("【垃圾邮件】") << false;
        QTest::newRow("folder") << 5.0 << "folder" << 12.0 << "[SPAM]" << false;
    }
    void spamAssassinFileRoundTrip()
    {
        QFETCH(double, tag);
        QFETCH(QString, action);
        QFETCH(double, reject);
        QFETCH(QString, subject);
        QFETCH(bool, trusted);
        Settings s;
        QVERIFY(parseAction(action, &s.action));
        s.tagScore = tag;
        s.actionScore = reject;
        s.subjectTag = subject;
        s.checkTrusted = trusted;
        const QByteArray text = spamAssassinConf(s);
        QVERIFY(text.contains("required_score " + QByteArray::number(tag, 'f', 1) + '\n'));
        QCOMPARE(text.contains("rewrite_header Subject"), !subject.isEmpty());
        QVERIFY(text.contains("\nreport_safe 0\n"));
        QVERIFY(text.contains("\nadd_header all Level _STARS(*)_\n")); // the Spam folder's rule reads it
        Settings back;
        back.subjectTag = QStringLiteral("stale");
        QVERIFY(parseSpamAssassinConf(text, &back));
        QCOMPARE(back, s);
    }

    void foreignFilesAreNotMailroomSettings()
    {
        Settings s;
        QVERIFY(!parseSpamAssassinConf("required_score 5\n", &s)); // no state line: someone else's
        QVERIFY(!parseSpamAssassinConf("# mailroom: action=reject action_score=10.0 trusted=skip\n", &s));
        QVERIFY(!parseSpamAssassinConf(
            "# mailroom: action=spam-folder action_score=10.0 trusted=skip\nrequired_score 5.0\n", &s));
        QVERIFY(!parseSpamAssassinConf(QByteArray(), &s));
    }

    void milterDefaultsKeepTheRest()
    {
        Settings s;
        s.actionScore = 15;
        const QByteArray out = milterDefaults(DebianDefaults, s, {QStringLiteral("192.168.1.0/24")});
        QVERIFY2(out.contains("\nOPTIONS=\"-u spamass-milter -I -i 127.0.0.1,::1,192.168.1.0/24 -r 15\"\n"),
                 out.constData());
        QCOMPARE(out.count("\nOPTIONS="), 1);
        // Every other line is still there, in order; only OPTIONS (and Mailroom's comment) changed.
        QByteArray without = out;
        without.replace("# Mailroom: the spam filter's options (mailroomctl filter set); changes are replaced\n", "");
        QByteArray expected = DebianDefaults;
        expected.replace("OPTIONS=\"-u spamass-milter -i 127.0.0.1\"",
                         "OPTIONS=\"-u spamass-milter -I -i 127.0.0.1,::1,192.168.1.0/24 -r 15\"");
        QCOMPARE(without, expected);
        // Written again with other settings: one comment, one OPTIONS line.
        s.action = Action::Tag;
        s.checkTrusted = true;
        const QByteArray again = milterDefaults(out, s, {});
        QCOMPARE(again.count("# Mailroom:"), 1);
        QVERIFY2(again.contains("\nOPTIONS=\"-u spamass-milter -I\"\n"), again.constData());
        QVERIFY(again.contains("#OPTIONS=\"${OPTIONS} -r 15\"\n"));
        // A file that is missing or has no OPTIONS gets one at the end.
        QCOMPARE(milterDefaults(QByteArray(), s, {}),
                 QByteArray("# Mailroom: the spam filter's options (mailroomctl filter set); changes are replaced\n"
                            "OPTIONS=\"-u spamass-milter -I\"\n"));
    }

    void networks_data()
    {
        QTest::addColumn<QString>("mynetworks");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("debian") << "127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128"
                                << QStringList {QStringLiteral("127.0.0.0/8"), QStringLiteral("::ffff:127.0.0.0/104"),
                                                QStringLiteral("::1/128")};
        QTest::newRow("commas, hosts") << "192.168.1.0/24, 10.0.0.5,[2001:db8::]/32"
                                       << QStringList {QStringLiteral("192.168.1.0/24"), QStringLiteral("10.0.0.5/32"),
                                                       QStringLiteral("2001:db8::/32")};
        QTest::newRow("tables and names left out")
            << "hash:/etc/postfix/network_table example.com 192.0.2.0/24 $mynetworks_extra"
            << QStringList {QStringLiteral("192.0.2.0/24")};
        QTest::newRow("bad prefix") << "192.0.2.0/33 ::1/129 10.0.0.0/8" << QStringList {QStringLiteral("10.0.0.0/8")};
        QTest::newRow("empty") << "" << QStringList {};
    }
    void networks()
    {
        QFETCH(QString, mynetworks);
        QFETCH(QStringList, expected);
        QCOMPARE(milterNetworks(mynetworks), expected);
    }

    void mainCfRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("debian13") << "debian13.cf";
        QTest::newRow("rhel9") << "rhel9.cf";
        QTest::newRow("hand-edited") << "hand-edited.cf";
    }
    void mainCfRoundTrip()
    {
        QFETCH(QString, file);
        const QByteArray before = data(file);
        QVERIFY(!before.isEmpty());
        QVERIFY(!milterEnabled(before));
        const QByteArray with = withMilter(before);
        QVERIFY(milterEnabled(with));
        const MainCf cf = MainCf::fromByteArray(with);
        QCOMPARE(cf.value(QStringLiteral("smtpd_milters"), QString()), QString::fromLatin1(milterSocket));
        QCOMPARE(cf.value(QStringLiteral("milter_default_action"), QString()), QStringLiteral("accept"));
        QVERIFY(cf.problems().isEmpty() || MainCf::fromByteArray(before).problems().size() == cf.problems().size());
        QCOMPARE(withMilter(with), with); // once is enough
        QCOMPARE(withoutMilter(with), before);
        QCOMPARE(withoutMilter(before), before);
    }

    void besideAnotherMilter()
    {
        const QByteArray before = "myhostname = mail.example.org\n"
                                  "smtpd_milters = inet:localhost:8891\n"
                                  "milter_default_action = tempfail\n"
                                  "mynetworks = 127.0.0.0/8\n";
        const QByteArray with = withMilter(before);
        const MainCf cf = MainCf::fromByteArray(with);
        QCOMPARE(cf.value(QStringLiteral("smtpd_milters"), QString()),
                 QStringLiteral("inet:localhost:8891, unix:spamass/spamass.sock"));
        QCOMPARE(cf.value(QStringLiteral("milter_default_action"), QString()),
                 QStringLiteral("tempfail")); // the admin's choice stays
        QCOMPARE(withoutMilter(with), before);
    }

    void procmailCommands()
    {
        QVERIFY(procmailDelivery(QString::fromLatin1(procmailCommand)));
        QVERIFY(procmailDelivery(QStringLiteral("procmail -a \"$EXTENSION\"")));
        QVERIFY(!procmailDelivery(QStringLiteral("/usr/lib/dovecot/deliver")));
        QVERIFY(!procmailDelivery(QString()));
        QVERIFY(!procmailDelivery(QStringLiteral("/usr/bin/procmail-wrapper")));
        // The Spam folder's command is Procmail delivery too, and told apart from the plain one.
        QVERIFY(procmailDelivery(QString::fromLatin1(folderCommand)));
        QVERIFY(folderDelivery(QString::fromLatin1(folderCommand)));
        QVERIFY(folderDelivery(QStringLiteral("/usr/bin/procmail  -a \"$EXTENSION\"   /etc/mailroom/spam.procmailrc")));
        QVERIFY(!folderDelivery(QString::fromLatin1(procmailCommand)));
        QVERIFY(!folderDelivery(QStringLiteral("/usr/bin/procmail -a \"$EXTENSION\" /home/bob/evil.rc")));
        QVERIFY(QString::fromLatin1(folderCommand).endsWith(QLatin1String(folderRcPath)));
    }

    void folderRcFile()
    {
        Settings s;
        s.action = Action::Folder;
        s.actionScore = 12;
        const QByteArray rc = folderRc(s);
        // Twelve stars or more in X-Spam-Level (one per point), escaped for Procmail's regular expression.
        QVERIFY2(rc.contains("\n:0\n* ^X-Spam-Level: " + QByteArray(12 * 2, '*').replace("**", "\\*") + "\n"),
                 rc.constData());
        QVERIFY(!rc.contains(QByteArray(13 * 2, '*').replace("**", "\\*")));
        QVERIFY(rc.contains("\n$HOME/mail/Spam\n"));
        QVERIFY(rc.contains("mkdir -m 700 \"$HOME/mail\""));
        // The user's own rules still run, and only when the file exists (no error in the log).
        QVERIFY(rc.contains("* ? test -f \"$HOME/.procmailrc\"\n{ INCLUDERC=$HOME/.procmailrc }\n"));
        QVERIFY(rc.indexOf("INCLUDERC") > rc.indexOf("$HOME/mail/Spam"));
        s.actionScore = 1;
        QVERIFY(folderRc(s).contains("* ^X-Spam-Level: \\*\n"));
    }

    void folderActionDoesNotRejectAtTheMilter()
    {
        Settings s;
        s.action = Action::Folder;
        s.actionScore = 10;
        const QByteArray out = milterDefaults(QByteArray(), s, {});
        QVERIFY2(!out.contains(" -r "), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestSpamFilter)
#include "test_spamfilter.moc"
