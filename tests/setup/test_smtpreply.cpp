// SPDX-License-Identifier: GPL-2.0-or-later
// SMTP replies as servers send them: multi-line, split across reads, bare LF, and broken.
#include "smtp/smtpreplyreader.h"

#include <QTest>

using Mailroom::SmtpReply;
using Mailroom::SmtpReplyReader;

class TestSmtpReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reader_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QStringList>("lastLines");
        QTest::addColumn<bool>("ok");
        QTest::newRow("greeting") << QByteArrayList {"220 mail.example.com ESMTP\r\n"} << QList<int> {220}
                                  << QStringList {QStringLiteral("mail.example.com ESMTP")} << true;
        QTest::newRow("ehlo multi-line") << QByteArrayList {"250-mail.example.com\r\n250-STARTTLS\r\n250 8BITMIME\r\n"}
                                         << QList<int> {250}
                                         << QStringList {QStringLiteral("mail.example.com"), QStringLiteral("STARTTLS"),
                                                         QStringLiteral("8BITMIME")}
                                         << true;
        QTest::newRow("split anywhere") << QByteArrayList {"25", "0-a\r", "\n250", " b\r\n2", "35 2.7.0 ok\r\n"}
                                        << QList<int> {250, 235} << QStringList {QStringLiteral("2.7.0 ok")} << true;
        QTest::newRow("bare LF") << QByteArrayList {"535 5.7.8 no\n"} << QList<int> {535}
                                 << QStringList {QStringLiteral("5.7.8 no")} << true;
        QTest::newRow("code only") << QByteArrayList {"334\r\n"} << QList<int> {334} << QStringList {QString()} << true;
        QTest::newRow("unfinished") << QByteArrayList {"250-a\r\n250-b\r\n"} << QList<int> {} << QStringList {} << true;
        QTest::newRow("not smtp") << QByteArrayList {"HTTP/1.1 400 Bad Request\r\n"} << QList<int> {} << QStringList {}
                                  << false;
        QTest::newRow("code changes mid-reply")
            << QByteArrayList {"250-a\r\n251 b\r\n"} << QList<int> {} << QStringList {} << false;
        QTest::newRow("bad separator") << QByteArrayList {"250*x\r\n"} << QList<int> {} << QStringList {} << false;
        QTest::newRow("1xx is not SMTP") << QByteArrayList {"100 continue\r\n"} << QList<int> {} << QStringList {}
                                         << false;
        QTest::newRow("endless line") << QByteArrayList {QByteArray(SmtpReplyReader::MaxLineLength + 10, '2')}
                                      << QList<int> {} << QStringList {} << false;
    }
    void reader()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QList<int>, codes);
        QFETCH(QStringList, lastLines);
        QFETCH(bool, ok);
        SmtpReplyReader r;
        bool fed = true;
        QList<SmtpReply> replies;
        for (const QByteArray &c : chunks) {
            fed = fed && r.feed(c);
            replies += r.takeReplies();
        }
        QCOMPARE(fed, ok);
        QCOMPARE(r.hasError(), !ok);
        if (!ok) {
            QVERIFY(!r.error().isEmpty());
            return;
        }
        QList<int> got;
        for (const auto &rep : replies) {
            got << rep.code;
        }
        QCOMPARE(got, codes);
        if (!replies.isEmpty()) {
            QCOMPARE(replies.last().lines, lastLines);
        }
    }

    void extensions_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<QStringList>("auth");
        QTest::newRow("modern") << QStringList {QStringLiteral("smtp.example.com"), QStringLiteral("STARTTLS"),
                                                QStringLiteral("AUTH PLAIN LOGIN")}
                                << true << QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        QTest::newRow("old AUTH= form, lower case")
            << QStringList {QStringLiteral("x"), QStringLiteral("auth=login plain"),
                            QStringLiteral("AUTH LOGIN CRAM-MD5")}
            << false << QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")};
        QTest::newRow("greeting is not an extension")
            << QStringList {QStringLiteral("STARTTLS"), QStringLiteral("SIZE 1000")} << false << QStringList {};
        QTest::newRow("AUTHX is not AUTH")
            << QStringList {QStringLiteral("x"), QStringLiteral("AUTHX PLAIN"), QStringLiteral("STARTTLSX")} << false
            << QStringList {};
    }
    void extensions()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, startTls);
        QFETCH(QStringList, auth);
        SmtpReply r {250, lines};
        QCOMPARE(r.hasExtension(QStringLiteral("starttls")), startTls);
        QCOMPARE(r.extensionArguments(QStringLiteral("AUTH")), auth);
    }

    void toStringKeepsLines()
    {
        SmtpReply r {535, {QStringLiteral("5.7.8 first"), QStringLiteral("5.7.8 second")}};
        QCOMPARE(r.toString(), QStringLiteral("535-5.7.8 first\n535 5.7.8 second"));
        QVERIFY(r.isPermanentFailure());
        QVERIFY(!r.isPositive());
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "test_smtpreply.moc"
