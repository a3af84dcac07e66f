// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/headerencoding.h"

#include <QTest>

using namespace Mailroom;

class TestHeaderEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("ASCII stays plain") << QString::fromUtf8("Mailroom test") << QByteArray("Mailroom test");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("one word") << QString::fromUtf8("Grüße") << QByteArray("=?UTF-8?B?R3LDvMOfZQ==?=");
        QTest::newRow("leading ASCII words stay readable")
            << QString::fromUtf8("Re: Grüße") << QByteArray("Re: =?UTF-8?B?R3LDvMOfZQ==?=");
        QTest::newRow("chinese") << QString::fromUtf8("测试邮件消息")
                                 << QByteArray("=?UTF-8?B?5rWL6K+V6YKu5Lu25raI5oGv?=");
        // 16 three-byte characters = 48 bytes: 15 (45 bytes) in the first word, 1 in the next.
        QTest::newRow("folded at 45 bytes") << QString(16, QChar(0x6d4b))
                                            << (QByteArray("=?UTF-8?B?") + QByteArray("测").repeated(15).toBase64()
                                                + "?=\n =?UTF-8?B?" + QByteArray("测").toBase64() + "?=");
        // A surrogate pair (4 UTF-8 bytes) is never split between two words.
        QTest::newRow("emoji not split") << (QString(14, QChar(0x6d4b)) + QString::fromUtf8("😀"))
                                         << (QByteArray("=?UTF-8?B?") + QByteArray("测").repeated(14).toBase64()
                                             + "?=\n =?UTF-8?B?" + QByteArray("😀").toBase64() + "?=");
        QTest::newRow("control character is encoded") << QString::fromUtf8("a\x01") << QByteArray("=?UTF-8?B?YQE=?=");
        // Found by fuzz_mimeheader: plain text that reads as an encoded word is encoded, else a
        // reader would decode the subject "=?utf-8?q?x?=" to "x".
        QTest::newRow("text that looks encoded")
            << QString::fromUtf8("Re: =?utf-8?q?x?=") << QByteArray("Re: =?UTF-8?B?PT91dGYtOD9xP3g/PQ==?=");
    }
    void encodeWords()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(HeaderEncoding::encodeWords(text), encoded);
    }

    // Every encoded word fits RFC 2047's 75 characters.
    void wordLength()
    {
        const QByteArray out = HeaderEncoding::encodeWords(QString(200, QChar(0x00e9)));
        for (const QByteArray &line : out.split('\n')) {
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHeaderEncoding)
#include "test_headerencoding.moc"
