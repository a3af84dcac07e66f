// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/charsets.h"
#include "mail/maildate.h"
#include "mail/mimeheader.h"
#include "mail/transferencoding.h"

#include <QTest>

using namespace Mailroom;

class TestMimeHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charsets_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << QByteArray("utf-8") << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd")
                               << QStringLiteral("你好");
        QTest::newRow("gb2312") << QByteArray("GB2312") << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("你好");
        // 镕 is in GBK/GB18030 but not in GB2312: mail labelled gb2312 uses it anyway.
        QTest::newRow("gb2312 label, gbk text") << QByteArray("gb2312")
                                                << QByteArray("\xe9"
                                                              "F")
                                                << QStringLiteral("镕");
        QTest::newRow("gbk") << QByteArray("GBK") << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("你好");
        QTest::newRow("gb18030 4-byte") << QByteArray("gb18030") << QByteArray("\x81\x30\x81\x30")
                                        << QStringLiteral("\u0080");
        QTest::newRow("big5") << QByteArray("big5") << QByteArray("\xa7\x41\xa6\x6e") << QStringLiteral("你好");
        QTest::newRow("iso-2022-jp") << QByteArray("ISO-2022-JP") << QByteArray("\x1b$B$3$s$K$A$O\x1b(B")
                                     << QStringLiteral("こんにちは");
        QTest::newRow("koi8-r") << QByteArray("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4")
                                << QStringLiteral("Привет");
        QTest::newRow("windows-1251") << QByteArray("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2")
                                      << QStringLiteral("Привет");
        QTest::newRow("cp1251 alias") << QByteArray("cp1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2")
                                      << QStringLiteral("Привет");
        QTest::newRow("windows-1252") << QByteArray("windows-1252") << QByteArray("caf\xe9 \x80")
                                      << QStringLiteral("café €");
        QTest::newRow("latin1 label, cp1252 quotes")
            << QByteArray("iso-8859-1") << QByteArray("\x93hi\x94") << QStringLiteral("“hi”");
        QTest::newRow("unknown label, utf-8 bytes")
            << QByteArray("x-unknown-thing") << QByteArray("\xc3\xa9t\xc3\xa9") << QStringLiteral("été");
        QTest::newRow("utf-8 label, latin1 bytes")
            << QByteArray("utf-8") << QByteArray("\xe9t\xe9") << QStringLiteral("été");
    }
    void charsets()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(Charsets::decode(bytes, label), expected);
    }

    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("Hello world") << QStringLiteral("Hello world");
        QTest::newRow("utf-8 B") << QByteArray("=?UTF-8?B?5pyN5Yqh5Zmo57u05oqk?=") << QStringLiteral("服务器维护");
        QTest::newRow("gb2312 B + text") << QByteArray("=?GB2312?B?u+HS6bzN0qo=?= - weekly sync")
                                         << QStringLiteral("会议纪要 - weekly sync");
        QTest::newRow("gbk") << QByteArray("=?gbk?B?xOO6ww==?=") << QStringLiteral("你好");
        QTest::newRow("big5 Q") << QByteArray("=?big5?Q?=A7A=A6n?=") << QStringLiteral("你好");
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=")
                                     << QStringLiteral("こんにちは");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
        QTest::newRow("windows-1251 Q") << QByteArray("=?windows-1251?Q?=CF=F0=E8=E2=E5=F2?=")
                                        << QStringLiteral("Привет");
        QTest::newRow("Q underscore") << QByteArray("=?iso-8859-1?q?caf=E9_cr=E8me?=") << QStringLiteral("café crème");
        QTest::newRow("adjacent words: space dropped")
            << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << QStringLiteral("ab");
        QTest::newRow("adjacent words folded") << QByteArray("=?utf-8?q?a?=\r\n =?utf-8?q?b?=") << QStringLiteral("ab");
        QTest::newRow("word and text keep space") << QByteArray("=?utf-8?q?a?= b") << QStringLiteral("a b");
        QTest::newRow("text and word keep space")
            << QByteArray("Re: =?utf-8?q?caf=C3=A9?=") << QStringLiteral("Re: café");
        // A multibyte character split across two words (seen from several webmailers).
        QTest::newRow("split utf-8 char")
            << QByteArray("=?UTF-8?B?5L2g5Q==?= =?UTF-8?B?pb0=?=") << QStringLiteral("你好");
        QTest::newRow("lowercase b") << QByteArray("=?utf-8?b?w6k=?=") << QStringLiteral("é");
        QTest::newRow("language suffix") << QByteArray("=?utf-8*en?q?hi?=") << QStringLiteral("hi");
        QTest::newRow("broken: no end") << QByteArray("=?utf-8?q?unterminated")
                                        << QStringLiteral("=?utf-8?q?unterminated");
        QTest::newRow("broken: bad encoding letter")
            << QByteArray("=?utf-8?x?abc?=") << QStringLiteral("=?utf-8?x?abc?=");
        QTest::newRow("broken: bad base64 padding") << QByteArray("=?utf-8?B?w6k?=") << QStringLiteral("é");
        QTest::newRow("broken: unknown charset, utf-8 bytes") << QByteArray("=?x-foo?B?w6k=?=") << QStringLiteral("é");
        QTest::newRow("glued to text") << QByteArray("Re:=?utf-8?q?caf=C3=A9?=") << QStringLiteral("Re:café");
        QTest::newRow("raw utf-8 header") << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd") << QStringLiteral("你好");
        QTest::newRow("raw latin1 header") << QByteArray("caf\xe9") << QStringLiteral("café");
        QTest::newRow("control chars") << QByteArray("a=?utf-8?q?=07?=b") << QStringLiteral("a b");
        // Found by fuzz_mimeheader: encoded text never holds '?', so a broken word does not run
        // on to the "?=" of the next one (which then decodes on its own).
        QTest::newRow("broken word before a real one") << QByteArray("=?koi8-r?B?8NLJ?X= <a@b>, =?utf-8?q?caf=C3=A9?=")
                                                       << QStringLiteral("=?koi8-r?B?8NLJ?X= <a@b>, café");
    }
    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(MimeHeader::decodeEncodedWords(raw), expected);
    }

    void unfold()
    {
        QCOMPARE(MimeHeader::unfold(" This is\r\n a folded\n\tsubject\r\n"), QByteArray("This is a folded\tsubject"));
    }

    void parameters_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token") << QByteArray("text/plain; charset=UTF-8") << QByteArray("text/plain")
                               << QByteArray("charset") << QStringLiteral("UTF-8");
        QTest::newRow("quoted") << QByteArray("Text/Plain; charset=\"gb2312\" (comment)") << QByteArray("text/plain")
                                << QByteArray("charset") << QStringLiteral("gb2312");
        QTest::newRow("quoted with escapes and ;")
            << QByteArray("attachment; filename=\"a \\\"b\\\"; c.txt\"") << QByteArray("attachment")
            << QByteArray("filename") << QStringLiteral("a \"b\"; c.txt");
        QTest::newRow("rfc2231 charset") << QByteArray("attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf")
                                         << QByteArray("attachment") << QByteArray("filename")
                                         << QStringLiteral("报告.pdf");
        QTest::newRow("rfc2231 language")
            << QByteArray("attachment; filename*=iso-8859-1'fr'caf%E9.txt") << QByteArray("attachment")
            << QByteArray("filename") << QStringLiteral("café.txt");
        QTest::newRow("rfc2231 continuations")
            << QByteArray("attachment;\r\n filename*0*=UTF-8''%E5%B9%B4%E5%BA%A6;\r\n "
                          "filename*1*=%E6%8A%A5%E5%91%8A;\r\n filename*2=\".xlsx\"")
            << QByteArray("attachment") << QByteArray("filename") << QStringLiteral("年度报告.xlsx");
        QTest::newRow("rfc2231 continuations out of order")
            << QByteArray("attachment; filename*1=\"b.txt\"; filename*0=\"a\"") << QByteArray("attachment")
            << QByteArray("filename") << QStringLiteral("ab.txt");
        QTest::newRow("rfc2231 gb2312") << QByteArray("attachment; filename*=gb2312''%B1%A8%B8%E6.doc")
                                        << QByteArray("attachment") << QByteArray("filename")
                                        << QStringLiteral("报告.doc");
        QTest::newRow("rfc2047 in quotes (Outlook)")
            << QByteArray("application/pdf; name=\"=?utf-8?B?5oql5ZGKLnBkZg==?=\"") << QByteArray("application/pdf")
            << QByteArray("name") << QStringLiteral("报告.pdf");
        QTest::newRow("raw utf-8 in quotes")
            << QByteArray("attachment; filename=\"\xe6\x8a\xa5\xe5\x91\x8a.pdf\"") << QByteArray("attachment")
            << QByteArray("filename") << QStringLiteral("报告.pdf");
        QTest::newRow("case-insensitive names")
            << QByteArray("multipart/mixed; BOUNDARY=\"=_abc\"") << QByteArray("multipart/mixed")
            << QByteArray("boundary") << QStringLiteral("=_abc");
        QTest::newRow("missing closing quote") << QByteArray("text/plain; charset=\"utf-8") << QByteArray("text/plain")
                                               << QByteArray("charset") << QStringLiteral("utf-8");
    }
    void parameters()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        const HeaderParameters p = MimeHeader::parseParameters(raw);
        QCOMPARE(p.value, value);
        QCOMPARE(p.parameter(name), expected);
    }

    void transferEncodings()
    {
        QCOMPARE(TransferEncoding::decodeQuotedPrintable("caf=C3=A9 =\r\nsoft   \r\nx=3D1=\n"),
                 QByteArray("caf\xc3\xa9 soft\r\nx=1"));
        QCOMPARE(TransferEncoding::decodeQuotedPrintable("broken =ZZ and =4"), QByteArray("broken =ZZ and =4"));
        QCOMPARE(TransferEncoding::decodeBase64("aGVs\r\nbG8=\r\n"), QByteArray("hello"));
        QCOMPARE(TransferEncoding::decodeBase64("aGVsbG8"), QByteArray("hello"));
        QCOMPARE(TransferEncoding::decodeBase64("aGV*sbG8=garbage"), QByteArray("hello"));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("address");
        QTest::newRow("name and address")
            << QStringLiteral("Bob <bob@example.org>") << QStringLiteral("Bob") << QStringLiteral("bob@example.org");
        QTest::newRow("quoted name") << QStringLiteral("\"Doe, Jane\" <jane@example.org>")
                                     << QStringLiteral("Doe, Jane") << QStringLiteral("jane@example.org");
        QTest::newRow("bare") << QStringLiteral("root@localhost") << QStringLiteral("root@localhost")
                              << QStringLiteral("root@localhost");
        QTest::newRow("old style comment") << QStringLiteral("root@host (Cron Daemon)") << QStringLiteral("Cron Daemon")
                                           << QStringLiteral("root@host");
        QTest::newRow("angle only") << QStringLiteral("<x@y>") << QStringLiteral("x@y") << QStringLiteral("x@y");
    }
    void addresses()
    {
        QFETCH(QString, header);
        QFETCH(QString, display);
        QFETCH(QString, address);
        QCOMPARE(MimeHeader::displayAddress(header), display);
        QCOMPARE(MimeHeader::addressOf(header), address);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("rfc5322") << QByteArray("Tue, 26 Mar 2024 09:12:45 +0800") << qint64(1711415565);
        QTest::newRow("no weekday") << QByteArray("26 Mar 2024 01:12:45 +0000") << qint64(1711415565);
        QTest::newRow("GMT, comment") << QByteArray("Tue, 26 Mar 2024 01:12:45 GMT (UTC)") << qint64(1711415565);
        QTest::newRow("EST") << QByteArray("Mon, 25 Mar 2024 20:12:45 EST") << qint64(1711415565);
        QTest::newRow("two-digit year, no seconds") << QByteArray("26 Mar 24 01:12 +0000") << qint64(1711415520);
        QTest::newRow("garbage") << QByteArray("yesterday") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(0);
    }
    void dates()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QCOMPARE(MailDate::parseRfc5322(value), expected);
    }

    void fromLineDates()
    {
        QCOMPARE(MailDate::parseFromLine("From bob@example.org  Tue Mar 26 01:12:45 2024"), qint64(1711415565));
        QCOMPARE(MailDate::parseFromLine("From MAILER-DAEMON Tue Mar 26 01:12:45 UTC 2024"), qint64(1711415565));
        QCOMPARE(MailDate::parseFromLine("From nobody"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMimeHeader)
#include "test_mimeheader.moc"
