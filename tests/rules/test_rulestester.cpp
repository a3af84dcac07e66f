// SPDX-License-Identifier: GPL-2.0-or-later
// The rules tester on messages as procmail reads them: the first rule that matches wins;
// conditions ignore ASCII case, see continued header lines joined, and match encoded words as
// the raw text they are; the body is never looked at.
#include "rules/rulestester.h"

#include <QTest>

using namespace Mailroom;
using Field = DeliveryRule::Field;
using Action = DeliveryRule::Action;

namespace {
DeliveryRule rule(Field f, const QString &text, Action a, const QString &target = {}, const QString &header = {})
{
    DeliveryRule r;
    r.field = f;
    r.text = text;
    r.action = a;
    r.target = target;
    r.header = header;
    return r;
}

const DeliveryRules rules {
    rule(Field::SpamFlag, {}, Action::Folder, QStringLiteral("Spam")), // 1
    rule(Field::Subject, QStringLiteral("[qt-devel]"), Action::Folder, QStringLiteral("Lists")), // 2
    rule(Field::From, QStringLiteral("boss@work.example"), Action::Forward, QStringLiteral("me@home.example")), // 3
    rule(Field::To, QStringLiteral("sales@"), Action::Discard), // 4
    rule(Field::Header, QStringLiteral("bulk"), Action::Folder, QStringLiteral("Bulk"), QStringLiteral("Precedence")),
    rule(Field::Subject, QStringLiteral("=?UTF-8?B?"), Action::Folder, QStringLiteral("Encoded")), // 6
};
} // namespace

class TestRulesTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstMatch_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("rule"); // 1-based, 0 for none
        QTest::addColumn<QString>("destination");
        QTest::newRow("spam flag") << QByteArray("From x@y Mon Jan  1 00:00:00 2026\nFrom: x@y\nX-Spam-Flag: YES\n"
                                                 "Subject: [qt-devel] hi\n\nbody\n")
                                   << 1 << QStringLiteral("/home/bob/mail/Spam");
        QTest::newRow("spam flag, case and blanks")
            << QByteArray("x-spam-flag:    yes\n\n") << 1 << QStringLiteral("/home/bob/mail/Spam");
        QTest::newRow("spam flag NO") << QByteArray("X-Spam-Flag: NO\nX-Spam-Status: Yes, score=9\n\n") << 0
                                      << QString();
        QTest::newRow("spam flag after a tab (not ' *')") << QByteArray("X-Spam-Flag:\tYES\n\n") << 0 << QString();
        QTest::newRow("subject") << QByteArray("Subject: Re: [qt-devel] QString\n\n") << 2
                                 << QStringLiteral("/home/bob/mail/Lists");
        QTest::newRow("subject, other case")
            << QByteArray("SUBJECT: [QT-DEVEL] x\n\n") << 2 << QStringLiteral("/home/bob/mail/Lists");
        QTest::newRow("subject folded") << QByteArray("Subject: a very long subject line\n [qt-devel] folded\n\n") << 2
                                        << QStringLiteral("/home/bob/mail/Lists");
        QTest::newRow("metacharacters are literal")
            << QByteArray("Subject: [qt-devel! x\nSubject: q-devel]\n\n") << 0 << QString();
        QTest::newRow("only in the body")
            << QByteArray("Subject: hello\n\n[qt-devel] X-Spam-Flag: YES\n") << 0 << QString();
        QTest::newRow("header name must start the line") << QByteArray("X-Subject: [qt-devel]\n\n") << 0 << QString();
        QTest::newRow("forward") << QByteArray("From: The Boss <BOSS@work.example>\n\n") << 3
                                 << QStringLiteral("me@home.example");
        QTest::newRow("cc") << QByteArray("To: a@b\nCc: Sales@example.org\n\n") << 4 << QStringLiteral("/dev/null");
        QTest::newRow("to folded across lines")
            << QByteArray("To: a@b,\n\tsales@example.org\n\n") << 4 << QStringLiteral("/dev/null");
        QTest::newRow("named header") << QByteArray("precedence: Bulk\n\n") << 5
                                      << QStringLiteral("/home/bob/mail/Bulk");
        QTest::newRow("encoded subject matched raw")
            << QByteArray("Subject: =?utf-8?b?W3F0LWRldmVsXQ==?=\n\n") << 6 << QStringLiteral("/home/bob/mail/Encoded");
        QTest::newRow("decoded text is not seen")
            << QByteArray("Subject: =?UTF-8?Q?=5Bqt-devel=5D?=\n\n") << 0 << QString();
        QTest::newRow("nothing") << QByteArray("From: a@b\nSubject: hi\n\nbody\n") << 0 << QString();
        QTest::newRow("empty message") << QByteArray() << 0 << QString();
    }
    void firstMatch()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, rule);
        QFETCH(QString, destination);
        const RuleVerdict v = RulesTester::test(rules, message, QStringLiteral("/home/bob"));
        QCOMPARE(v.rule + 1, rule);
        QCOMPARE(v.matched(), rule > 0);
        QCOMPARE(v.destination, destination);
        QVERIFY(!v.handWrittenRecipes);
        QVERIFY(!v.summary().contains(QLatin1String("hand-written")));
    }

    void handWrittenIsSaid()
    {
        const RuleVerdict v = RulesTester::test(rules, "Subject: x\n\n", QStringLiteral("/home/bob"), true);
        QVERIFY(!v.matched());
        QVERIFY(v.summary().contains(QLatin1String("hand-written")));
        QVERIFY(v.summary().contains(QLatin1String("inbox")));
    }

    void headerLines()
    {
        const QList<QByteArray> lines
            = RulesTester::headerLines("From a@b x\nSubject: one\n two\n\tthree\nTo: c\n\nX: body\n");
        QCOMPARE(lines, (QList<QByteArray> {"From a@b x", "Subject: one  two \tthree", "To: c"}));
    }
};

QTEST_GUILESS_MAIN(TestRulesTester)
#include "test_rulestester.moc"
