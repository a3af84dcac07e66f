// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/htmlsanitizer.h"
#include "mail/mimepart.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Mailroom;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("../data/mail/") + name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}
} // namespace

class TestMimePart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alternativeWithAttachments()
    {
        const MimePart m = MimePart::parse(readData(QStringLiteral("alternative-attachments.eml")));
        QCOMPARE(m.mimeType(), QByteArray("multipart/mixed"));
        QCOMPARE(m.decodedHeader("Subject"), QStringLiteral("月度报告"));
        QCOMPARE(m.children().size(), 3);
        QCOMPARE(m.children().at(0).mimeType(), QByteArray("multipart/alternative"));
        // The plain alternative is the text; the HTML alternative is the HTML.
        QCOMPARE(m.plainText().trimmed(), QStringLiteral("Hello Bob & friends, café €"));
        const QString html = m.safeHtml();
        QVERIFY(html.contains(QLatin1String("<b>Bob</b>")));
        QVERIFY(!html.contains(QLatin1String("http://tracker.example")));
        QVERIFY(!html.contains(QLatin1String("alert")));
        QVERIFY(html.contains(QLatin1String("[logo]")));

        const auto attachments = m.attachments();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0)->fileName(), QStringLiteral("月度报告.pdf"));
        QCOMPARE(attachments.at(0)->mimeType(), QByteArray("application/pdf"));
        QCOMPARE(attachments.at(0)->decodedSize(), 1024);
        QCOMPARE(attachments.at(1)->fileName(), QStringLiteral("使用说明.txt"));
        QCOMPARE(attachments.at(1)->text(), QStringLiteral("使用说明\n"));

        QByteArray saved;
        QBuffer buffer(&saved);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(attachments.at(0)->save(&buffer));
        QByteArray expected;
        for (int r = 0; r < 4; ++r) {
            for (int i = 0; i < 256; ++i) {
                expected.append(char(i));
            }
        }
        QCOMPARE(saved, expected);
    }

    void forwardedMessage()
    {
        const MimePart m = MimePart::parse(readData(QStringLiteral("forwarded-rfc822.eml")));
        QCOMPARE(m.plainText().trimmed(), QStringLiteral("See the forwarded message."));
        const auto attachments = m.attachments();
        QCOMPARE(attachments.size(), 1);
        const MimePart *fwd = attachments.at(0);
        QVERIFY(fwd->isMessage());
        QCOMPARE(fwd->fileName(), QStringLiteral("forwarded.eml"));
        QCOMPARE(fwd->children().size(), 1);
        const MimePart &inner = fwd->children().at(0);
        QCOMPARE(inner.decodedHeader("Subject"), QStringLiteral("Original message ✓"));
        QCOMPARE(inner.plainText(), QStringLiteral("Привет, Алиса!\n"));
    }

    void brokenMultipart()
    {
        const MimePart m = MimePart::parse(readData(QStringLiteral("broken-multipart.eml")));
        QCOMPARE(m.children().size(), 2); // the unterminated last part is kept
        // Unknown charset and unpadded base64: still readable.
        QCOMPARE(m.plainText().trimmed(), QStringLiteral("été but broken"));
        const auto attachments = m.attachments();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0)->fileName(), QStringLiteral("pic.png"));
        QCOMPARE(attachments.at(0)->decodedBody(), QByteArray("\x89PNG\r\n\x1a\n"));
    }

    void noMime()
    {
        const MimePart m = MimePart::parse(readData(QStringLiteral("no-mime.eml")));
        QCOMPARE(m.mimeType(), QByteArray("text/plain"));
        QCOMPARE(m.plainText(), QStringLiteral("Just text.\n"));
        QVERIFY(m.attachments().isEmpty());
        QCOMPARE(m.safeHtml(), QStringLiteral("<pre>Just text.\n</pre>"));
    }

    void fileNamesNeverCarryPaths()
    {
        const MimePart m = MimePart::parse("Content-Type: application/octet-stream; name=\"../../.bashrc\"\n"
                                           "Content-Disposition: attachment; filename=\"C:\\\\evil\\\\x.exe\"\n\nx");
        QCOMPARE(m.fileName(), QStringLiteral("x.exe"));
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script removed") << QStringLiteral("a<script>alert(1)</script>b") << QStringLiteral("ab");
        QTest::newRow("uppercase script")
            << QStringLiteral("a<SCRIPT type=x>alert(1)</SCRIPT >b") << QStringLiteral("ab");
        QTest::newRow("style removed") << QStringLiteral("<style>p{}</style><p>x</p>") << QStringLiteral("<p>x</p>");
        QTest::newRow("event handlers dropped")
            << QStringLiteral("<p onclick=\"x()\" align=center>t</p>") << QStringLiteral("<p align=\"center\">t</p>");
        QTest::newRow("style attribute dropped")
            << QStringLiteral("<div style=\"background:url(http://x/y)\">t</div>") << QStringLiteral("<div>t</div>");
        QTest::newRow("remote image becomes alt")
            << QStringLiteral("<img src=\"http://t.example/p.gif\" alt=\"Logo\">") << QStringLiteral("[Logo]");
        QTest::newRow("image without alt vanishes")
            << QStringLiteral("x<img src=http://t.example/p.gif>y") << QStringLiteral("xy");
        QTest::newRow("https link kept") << QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">r</a>")
                                         << QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">r</a>");
        QTest::newRow("javascript link dropped")
            << QStringLiteral("<a href=\"javascript:alert(1)\">r</a>") << QStringLiteral("<a>r</a>");
        QTest::newRow("entity-obfuscated javascript")
            << QStringLiteral("<a href=\"jav&#x61;script:x\">r</a>") << QStringLiteral("<a>r</a>");
        QTest::newRow("entity without semicolon")
            << QStringLiteral("<a href=\"&#106avascript:x\">r</a>") << QStringLiteral("<a>r</a>");
        QTest::newRow("whitespace in scheme")
            << QStringLiteral("<a href=\" java\tscript:x\">r</a>") << QStringLiteral("<a>r</a>");
        QTest::newRow("data uri dropped")
            << QStringLiteral("<a href=\"data:text/html,x\">r</a>") << QStringLiteral("<a>r</a>");
        QTest::newRow("iframe removed") << QStringLiteral("<iframe src=\"http://x\">fallback</iframe>ok")
                                        << QStringLiteral("ok");
        QTest::newRow("form unwrapped") << QStringLiteral("<form action=\"http://x\"><input name=q>t</form>")
                                        << QStringLiteral("t");
        QTest::newRow("comment removed") << QStringLiteral("a<!-- <script>x</script> -->b") << QStringLiteral("ab");
        QTest::newRow("link and meta removed")
            << QStringLiteral("<link rel=stylesheet href=http://x/s.css><meta http-equiv=refresh content=0>t")
            << QStringLiteral("t");
        QTest::newRow("stray angle escaped")
            << QStringLiteral("1 < 2 & 3 > 2") << QStringLiteral("1 &lt; 2 &amp; 3 &gt; 2");
        QTest::newRow("unterminated tag") << QStringLiteral("x<img src=\"http://a") << QStringLiteral("x");
        QTest::newRow("background attribute dropped")
            << QStringLiteral("<table background=\"http://x/b.png\"><tr><td>c</td></tr></table>")
            << QStringLiteral("<table><tr><td>c</td></tr></table>");
        QTest::newRow("svg removed") << QStringLiteral("<svg><image href=\"http://x\"/></svg>ok")
                                     << QStringLiteral("ok");
        // A reference to half a surrogate pair is no character: U+FFFD in an attribute, which is
        // decoded, not invalid UTF-16 (fuzz_htmlsanitizer, tests/data/fuzz/htmlsanitizer); text
        // keeps its references for the view.
        QTest::newRow("surrogate references")
            << QStringLiteral("<a href=\"https://example.org/&#55555;\">x&#xDC00;y</a>")
            << QStringLiteral("<a href=\"https://example.org/\uFFFD\">x&#xDC00;y</a>");
    }
    void sanitize()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(HtmlSanitizer::sanitize(html), expected);
    }

    void plainTextFromHtml()
    {
        QCOMPARE(HtmlSanitizer::toPlainText(
                     QStringLiteral("<p>Hello&nbsp;<b>Bob</b></p><p>Line&amp;two<br>three</p><script>x</script>")),
                 QStringLiteral("Hello\u00a0Bob\n\nLine&two\nthree"));
    }
};

QTEST_GUILESS_MAIN(TestMimePart)
#include "test_mimepart.moc"
