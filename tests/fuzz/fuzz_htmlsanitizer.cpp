// SPDX-License-Identifier: GPL-2.0-or-later
// The HTML sanitizer (what the message view shows of an HTML mail) on any text. Besides not
// crashing, its output must be safe markup: only allowed elements and attributes, every tag
// closed, links only to http(s), mailto or the page itself; and sanitizing it again changes
// nothing an attacker could use (the same elements and attributes come out).
//
// Input: the HTML as UTF-8.

#include "fuzztarget.h"

#include "mail/htmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

using namespace Mailroom;

namespace {

const QSet<QString> AllowedTags {
    QStringLiteral("a"),     QStringLiteral("b"),      QStringLiteral("i"),       QStringLiteral("u"),
    QStringLiteral("s"),     QStringLiteral("em"),     QStringLiteral("strong"),  QStringLiteral("p"),
    QStringLiteral("br"),    QStringLiteral("div"),    QStringLiteral("span"),    QStringLiteral("table"),
    QStringLiteral("tr"),    QStringLiteral("td"),     QStringLiteral("th"),      QStringLiteral("thead"),
    QStringLiteral("tbody"), QStringLiteral("tfoot"),  QStringLiteral("caption"), QStringLiteral("ul"),
    QStringLiteral("ol"),    QStringLiteral("li"),     QStringLiteral("dl"),      QStringLiteral("dt"),
    QStringLiteral("dd"),    QStringLiteral("h1"),     QStringLiteral("h2"),      QStringLiteral("h3"),
    QStringLiteral("h4"),    QStringLiteral("h5"),     QStringLiteral("h6"),      QStringLiteral("blockquote"),
    QStringLiteral("pre"),   QStringLiteral("code"),   QStringLiteral("tt"),      QStringLiteral("hr"),
    QStringLiteral("font"),  QStringLiteral("center"), QStringLiteral("small"),   QStringLiteral("big"),
    QStringLiteral("sub"),   QStringLiteral("sup"),    QStringLiteral("strike"),  QStringLiteral("del"),
    QStringLiteral("ins"),   QStringLiteral("kbd"),    QStringLiteral("q"),       QStringLiteral("cite"),
    QStringLiteral("abbr"),  QStringLiteral("address")};

// Attributes that can load something or run script; none may come out, on any element.
bool dangerousAttribute(const QString &name)
{
    return name.startsWith(QLatin1String("on")) || name == QLatin1String("src") || name == QLatin1String("style")
        || name == QLatin1String("srcset") || name == QLatin1String("background") || name == QLatin1String("action")
        || name == QLatin1String("formaction") || name == QLatin1String("xlink:href");
}

// The tags of sanitized output, checked one by one; returns them for the comparison.
QStringList checkedTags(const QString &out)
{
    static const QRegularExpression tagPattern(QStringLiteral("^<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"));
    static const QRegularExpression attributePattern(QStringLiteral(" ([a-z]+)=\"([^\"]*)\""));
    QStringList tags;
    for (qsizetype at = out.indexOf(QLatin1Char('<')); at >= 0; at = out.indexOf(QLatin1Char('<'), at + 1)) {
        const QRegularExpressionMatch tag = tagPattern.matchView(QStringView(out).sliced(at));
        FUZZ_CHECK(tag.hasMatch());
        FUZZ_CHECK(AllowedTags.contains(tag.captured(2)));
        FUZZ_CHECK(tag.captured(1).isEmpty() || tag.captured(3).isEmpty());
        tags << tag.captured(0);
        for (const QRegularExpressionMatch &a : attributePattern.globalMatch(tag.captured(3))) {
            FUZZ_CHECK(!dangerousAttribute(a.captured(1)));
            if (a.captured(1) == QLatin1String("href")) {
                QString url = a.captured(2);
                url.replace(QLatin1String("&quot;"), QLatin1String("\""))
                    .replace(QLatin1String("&lt;"), QLatin1String("<"))
                    .replace(QLatin1String("&gt;"), QLatin1String(">"))
                    .replace(QLatin1String("&amp;"), QLatin1String("&"));
                url.remove(QRegularExpression(QStringLiteral("[\\x00-\\x20\\x7f]")));
                url = url.toLower();
                FUZZ_CHECK(url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))
                           || url.startsWith(QLatin1String("mailto:")) || url.startsWith(QLatin1Char('#')));
            }
        }
    }
    return tags;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString out = HtmlSanitizer::sanitize(html);
    const QStringList tags = checkedTags(out);
    FUZZ_CHECK(checkedTags(HtmlSanitizer::sanitize(out)) == tags);
    HtmlSanitizer::toPlainText(html);
    return 0;
}
