// SPDX-License-Identifier: GPL-2.0-or-later
// Messages handed to sendmail: header encoding and replies built from what the user reads.
#include "mail/mimeheader.h"
#include "mail/mimepart.h"
#include "mail/outgoingmessage.h"

#include <QTest>

using namespace Mailroom;

class TestOutgoingMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("encoded");
        QTest::newRow("ascii") << QStringLiteral("Weekly sync") << false;
        QTest::newRow("chinese") << QStringLiteral("服务器维护通知") << true;
        QTest::newRow("long chinese") << QStringLiteral(
            "服务器维护通知：周六晚上停机两小时，期间无法收发邮件，请提前安排工作")
                                      << true;
        QTest::newRow("mixed") << QStringLiteral("Re: café € 报告") << true;
        QTest::newRow("emoji pair") << QString(40, QChar(0x4e2d)) + QStringLiteral("😀") << true;
    }
    void encodeWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, encoded);
        const QByteArray out = OutgoingMessage::encodeWords(text);
        QCOMPARE(out.contains("=?UTF-8?B?"), encoded);
        for (const QByteArray &line : out.split('\n')) {
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        }
        // A reader decodes exactly the text back.
        QCOMPARE(MimeHeader::decodeEncodedWords(MimeHeader::unfold(out)), text);
    }

    void addressList()
    {
        const QByteArray out = OutgoingMessage::encodeAddressList(
            QStringLiteral("张三 <zhang@example.cn>, bob@example.org,\"Doe, J\" <j@x.org>"));
        QVERIFY(out.startsWith("=?UTF-8?B?"));
        QVERIFY(out.contains(" <zhang@example.cn>, bob@example.org, \"Doe, J\" <j@x.org>"));
        QCOMPARE(MimeHeader::decodeEncodedWords(out).section(QLatin1Char(','), 0, 0),
                 QStringLiteral("张三 <zhang@example.cn>"));
    }

    void headerInjection()
    {
        OutgoingMessage m;
        m.to = QStringLiteral("bob@example.org\nBcc: eve@example.org");
        m.subject = QStringLiteral("hi\r\nBcc: eve@example.org");
        const QByteArray out = m.toRfc5322();
        QVERIFY(!out.contains("\nBcc:"));
    }

    void reply_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("cc");
        QTest::newRow("reply") << false << QString();
        QTest::newRow("reply all") << true << QStringLiteral("Carol <carol@example.org>");
    }
    void reply()
    {
        QFETCH(bool, all);
        QFETCH(QString, cc);
        const MimePart original = MimePart::parse(
            "From: Bob <bob@demo.example>\nTo: Alice <alice@demo.example>, Carol <carol@example.org>\n"
            "Subject: =?UTF-8?B?5pyN5Yqh5Zmo57u05oqk6YCa55+l?=\nDate: Tue, 26 Mar 2024 09:12:45 +0800\n"
            "Message-ID: <maint2@demo.example>\nReferences: <maint1@demo.example>\n"
            "Content-Type: text/plain; charset=UTF-8\n\n停机维护\n> earlier\n");
        const OutgoingMessage r = OutgoingMessage::reply(original, all, QStringLiteral("alice@demo.example"));
        QCOMPARE(r.to, QStringLiteral("Bob <bob@demo.example>"));
        QCOMPARE(r.cc, cc);
        QCOMPARE(r.subject, QStringLiteral("Re: 服务器维护通知"));
        QCOMPARE(r.inReplyTo, QByteArray("<maint2@demo.example>"));
        QCOMPARE(r.references, QByteArray("<maint1@demo.example> <maint2@demo.example>"));
        QVERIFY(r.body.contains(QStringLiteral("\n> 停机维护\n>> earlier")));
        const QByteArray bytes = r.toRfc5322();
        QVERIFY(bytes.contains("\nIn-Reply-To: <maint2@demo.example>\n"));
        QVERIFY(bytes.contains("\nContent-Type: text/plain; charset=UTF-8\n"));
        // Parsed back, the subject is what the user typed.
        QCOMPARE(MimePart::parse(bytes).decodedHeader("Subject"), QStringLiteral("Re: 服务器维护通知"));
        // Replying to a reply does not stack prefixes.
        QCOMPARE(OutgoingMessage::reply(MimePart::parse(bytes), false, {}).subject,
                 QStringLiteral("Re: 服务器维护通知"));
    }

    void forward()
    {
        const MimePart original = MimePart::parse("From: bob@demo.example\nSubject: Report\n\nnumbers\n");
        const OutgoingMessage f = OutgoingMessage::forward(original);
        QCOMPARE(f.subject, QStringLiteral("Fwd: Report"));
        QVERIFY(f.to.isEmpty());
        QVERIFY(f.body.contains(QStringLiteral("From: bob@demo.example")));
        QVERIFY(f.body.contains(QStringLiteral("numbers")));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMessage)
#include "test_outgoingmessage.moc"
