// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincf.h"

#include <QTest>

using Mailroom::MainCf;

// Expected outputs below were produced with postconf(1) 3.10 -e / -X on the same input.
class TestMainCf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no final newline") << QByteArray("a = 1\nb = 2");
        QTest::newRow("comments and blanks") << QByteArray("# head\n\n   \t\n  # indented comment\na=1\n");
        QTest::newRow("continuations") << QByteArray("mynetworks = 127.0.0.0/8\n    [::1]/128\n\t10.0.0.0/8\n");
        QTest::newRow("crlf") << QByteArray("a = 1\r\n  2\r\n\r\n");
        QTest::newRow("odd spacing") << QByteArray("a=1\nb   =   2   \nc =\nd\t=\tx y  z\n");
        QTest::newRow("orphan at top") << QByteArray("   orphan\nkey = v\n");
        QTest::newRow("latin1 comment") << QByteArray("# caf\xe9\nkey = v\n");
        QTest::newRow("missing equals") << QByteArray("garbage\nkey = v\n");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(MainCf::fromByteArray(text).toByteArray(), text);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("value");
        QTest::newRow("simple") << QByteArray("myhostname = mail.example.com\n") << QStringLiteral("myhostname") << true
                                << QStringLiteral("mail.example.com");
        QTest::newRow("no spaces") << QByteArray("a=b\n") << QStringLiteral("a") << true << QStringLiteral("b");
        QTest::newRow("trailing blanks trimmed")
            << QByteArray("a =  b c \t\n") << QStringLiteral("a") << true << QStringLiteral("b c");
        QTest::newRow("empty value") << QByteArray("relayhost =\n") << QStringLiteral("relayhost") << true << QString();
        // readlline joins without the newline: the continuation's indentation separates.
        QTest::newRow("continuation") << QByteArray("mynetworks = 127.0.0.0/8\n    [::1]/128\n")
                                      << QStringLiteral("mynetworks") << true
                                      << QStringLiteral("127.0.0.0/8    [::1]/128");
        QTest::newRow("comment inside continuation") << QByteArray("mynetworks = a\n# note\n\n  b\nnext = 1\n")
                                                     << QStringLiteral("mynetworks") << true << QStringLiteral("a  b");
        QTest::newRow("hash is not a comment mid-line")
            << QByteArray("a = b # c\n") << QStringLiteral("a") << true << QStringLiteral("b # c");
        QTest::newRow("last one wins") << QByteArray("a = 1\nb = 2\na = 3\n") << QStringLiteral("a") << true
                                       << QStringLiteral("3");
        QTest::newRow("commented out is absent")
            << QByteArray("#relayhost = [x]\n") << QStringLiteral("relayhost") << false << QString();
        QTest::newRow("indented comment is a comment")
            << QByteArray("a = 1\n   #b = 2\n") << QStringLiteral("a") << true << QStringLiteral("1");
        QTest::newRow("orphan ignored") << QByteArray("  x = 1\n") << QStringLiteral("x") << false << QString();
        QTest::newRow("crlf keeps inner cr")
            << QByteArray("key = v\r\n  cont\r\n") << QStringLiteral("key") << true << QStringLiteral("v\r  cont");
        QTest::newRow("no final newline")
            << QByteArray("a = 1\nb = 2") << QStringLiteral("b") << true << QStringLiteral("2");
        QTest::newRow("utf8 value") << QByteArray("smtpd_banner = h\xc3\xa9llo\n") << QStringLiteral("smtpd_banner")
                                    << true << QStringLiteral("h\u00e9llo");
    }
    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(bool, present);
        QFETCH(QString, value);
        const MainCf cf = MainCf::fromByteArray(text);
        QCOMPARE(cf.contains(name), present);
        QCOMPARE(cf.value(name, QStringLiteral("<default>")), present ? value : QStringLiteral("<default>"));
    }

    void parameters()
    {
        const MainCf cf = MainCf::fromByteArray("# c\na = 1\n  2\n\nb=x\na = 3\n");
        const QList<MainCf::Parameter> expected {{QStringLiteral("a"), QStringLiteral("1  2"), 2, 3},
                                                 {QStringLiteral("b"), QStringLiteral("x"), 5, 5},
                                                 {QStringLiteral("a"), QStringLiteral("3"), 6, 6}};
        QCOMPARE(cf.parameters(), expected);
        QCOMPARE(cf.names(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void problems()
    {
        const MainCf cf = MainCf::fromByteArray("  orphan\n  more\nkey = 1\ngarbage line\nkey = 2\nkey = 2\n");
        const QList<MainCf::Problem> problems = cf.problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).line, 1);
        QVERIFY(!problems.at(0).fatal);
        QCOMPARE(problems.at(1).line, 4);
        QVERIFY(problems.at(1).fatal);
        QVERIFY(problems.at(1).message.contains(QStringLiteral("“garbage”")));
        // Postfix warns about an override only when the value differs.
        QCOMPARE(problems.at(2).line, 5);
        QCOMPARE(problems.at(2).message, QStringLiteral("Line 5: key is set again; the earlier value “1” is ignored."));
    }

    void set_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("replace in place") << QByteArray("a = 1\nb=2\nc = 3\n") << QStringLiteral("b")
                                          << QStringLiteral("two") << QByteArray("a = 1\nb = two\nc = 3\n");
        QTest::newRow("append") << QByteArray("a = 1\n") << QStringLiteral("z") << QStringLiteral("26")
                                << QByteArray("a = 1\nz = 26\n");
        QTest::newRow("append to empty") << QByteArray() << QStringLiteral("z") << QStringLiteral("26")
                                         << QByteArray("z = 26\n");
        QTest::newRow("empty value has a trailing space")
            << QByteArray("relayhost = [old]\n") << QStringLiteral("relayhost") << QString()
            << QByteArray("relayhost = \n");
        QTest::newRow("value trimmed") << QByteArray("a = 1\n") << QStringLiteral("a") << QStringLiteral("  x y \t")
                                       << QByteArray("a = x y\n");
        QTest::newRow("continuations dropped, comments kept")
            << QByteArray("a = 1\n# c\nmynetworks = 1\n  2\n\n# mid\n  3\nb=x\n") << QStringLiteral("mynetworks")
            << QStringLiteral("10.0.0.0/8") << QByteArray("a = 1\n# c\nmynetworks = 10.0.0.0/8\n\n# mid\nb=x\n");
        QTest::newRow("every duplicate replaced")
            << QByteArray("mynetworks = a\nx = 1\nmynetworks=b\n  c\n") << QStringLiteral("mynetworks")
            << QStringLiteral("n") << QByteArray("mynetworks = n\nx = 1\nmynetworks = n\n");
        QTest::newRow("commented-out key untouched")
            << QByteArray("#relayhost = old\n# relayhost = older\n") << QStringLiteral("relayhost")
            << QStringLiteral("[new]:587")
            << QByteArray("#relayhost = old\n# relayhost = older\nrelayhost = [new]:587\n");
        QTest::newRow("prefix name does not match")
            << QByteArray("relayhost_x = 1\n") << QStringLiteral("relayhost") << QStringLiteral("y")
            << QByteArray("relayhost_x = 1\nrelayhost = y\n");
        QTest::newRow("tab before equals matches")
            << QByteArray("x\t=\t5\r\n") << QStringLiteral("x") << QStringLiteral("1") << QByteArray("x = 1\n");
        QTest::newRow("crlf continuation dropped")
            << QByteArray("key = v\r\n  cont\r\n\r\nx = 5\r\n") << QStringLiteral("key") << QStringLiteral("2")
            << QByteArray("key = 2\n\r\nx = 5\r\n");
        QTest::newRow("final newline added") << QByteArray("a = 1\nlast = y") << QStringLiteral("a")
                                             << QStringLiteral("2") << QByteArray("a = 2\nlast = y\n");
        QTest::newRow("same value still normalizes")
            << QByteArray("a=1\n") << QStringLiteral("a") << QStringLiteral("1") << QByteArray("a = 1\n");
        QTest::newRow("orphan kept") << QByteArray("  orphan\nkey = v\n") << QStringLiteral("key")
                                     << QStringLiteral("w") << QByteArray("  orphan\nkey = w\n");
        QTest::newRow("line without equals kept") << QByteArray("garbage\nkey = v\n") << QStringLiteral("garbage")
                                                  << QStringLiteral("1") << QByteArray("garbage = 1\nkey = v\n");
    }
    void set()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        MainCf cf = MainCf::fromByteArray(input);
        QVERIFY(cf.set(name, value));
        QCOMPARE(cf.toByteArray(), expected);
    }

    void setSeveral()
    {
        // One postconf -e call: new names are appended sorted; a repeated request replaces the earlier one.
        MainCf cf = MainCf::fromByteArray("b = 1\n");
        QVERIFY(cf.set({{QStringLiteral("zeta"), QStringLiteral("z")},
                        {QStringLiteral("b"), QStringLiteral("2")},
                        {QStringLiteral("Alpha"), QStringLiteral("a")},
                        {QStringLiteral("alpha"), QStringLiteral("first")},
                        {QStringLiteral("alpha"), QStringLiteral("second")}}));
        QCOMPARE(cf.toByteArray(), QByteArray("b = 2\nAlpha = a\nalpha = second\nzeta = z\n"));
    }

    void remove_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("logical line with continuations")
            << QByteArray(
                   "a = 1\n# c\nmynetworks = 1\n  2\n\n# mid\n  3\nb=x\nmynetworks=dup\n#relayhost = old\nlast = y")
            << QStringList {QStringLiteral("mynetworks"), QStringLiteral("nothere")}
            << QByteArray("a = 1\n# c\n\n# mid\nb=x\n#relayhost = old\nlast = y\n");
        QTest::newRow("absent name still normalizes the end")
            << QByteArray("a = 1") << QStringList {QStringLiteral("b")} << QByteArray("a = 1\n");
        QTest::newRow("everything") << QByteArray("a = 1\n") << QStringList {QStringLiteral("a")} << QByteArray();
    }
    void remove()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, names);
        QFETCH(QByteArray, expected);
        MainCf cf = MainCf::fromByteArray(input);
        QVERIFY(cf.remove(names));
        QCOMPARE(cf.toByteArray(), expected);
    }

    void refusesWhatPostconfRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << QString() << QStringLiteral("x");
        QTest::newRow("space in name") << QStringLiteral("bad key") << QStringLiteral("1");
        QTest::newRow("equals in name") << QStringLiteral("a=b") << QStringLiteral("1");
        QTest::newRow("comment name") << QStringLiteral("#a") << QStringLiteral("1");
        QTest::newRow("newline in value") << QStringLiteral("a") << QStringLiteral("x\ny");
        QTest::newRow("nul in value") << QStringLiteral("a")
                                      << QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y"));
        QTest::newRow("tab in name") << QStringLiteral("a\tb") << QStringLiteral("1");
    }
    void refusesWhatPostconfRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const QByteArray text("a = 1");
        MainCf cf = MainCf::fromByteArray(text);
        QVERIFY(!cf.set(name, value));
        QCOMPARE(cf.toByteArray(), text);
        if (!MainCf::isEditableName(name)) {
            QVERIFY(!cf.remove(name));
            QCOMPARE(cf.toByteArray(), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestMainCf)
#include "test_maincf.moc"
