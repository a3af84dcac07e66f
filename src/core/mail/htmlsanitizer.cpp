// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/htmlsanitizer.h"

#include <QList>
#include <QStringView>

namespace Mailroom::HtmlSanitizer {

namespace {
struct Attribute
{
    QString name; // lower case
    QString value; // raw, entities not decoded
};

struct Tag
{
    QString name; // lower case, empty for a non-tag
    bool closing = false;
    bool selfClosing = false;
    QList<Attribute> attributes;
};

bool isOneOf(QStringView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1StringView(n)) {
            return true;
        }
    }
    return false;
}

// Elements whose content is never shown (and may be active): skipped up to their end tag.
bool dropsContent(QStringView name)
{
    return isOneOf(name, {"script",   "style",    "head",     "title", "iframe", "object",   "embed",
                          "applet",   "noscript", "template", "svg",   "math",   "frameset", "frame",
                          "noframes", "textarea", "select",   "xml",   "audio",  "video",    "canvas"});
}

bool allowedTag(QStringView name)
{
    return isOneOf(name,
                   {"a",    "b",          "i",      "u",    "s",   "em",    "strong", "p",      "br",      "div",
                    "span", "table",      "tr",     "td",   "th",  "thead", "tbody",  "tfoot",  "caption", "ul",
                    "ol",   "li",         "dl",     "dt",   "dd",  "h1",    "h2",     "h3",     "h4",      "h5",
                    "h6",   "blockquote", "pre",    "code", "tt",  "hr",    "font",   "center", "small",   "big",
                    "sub",  "sup",        "strike", "del",  "ins", "kbd",   "q",      "cite",   "abbr",    "address"});
}

bool allowedAttribute(QStringView tag, QStringView attr)
{
    if (isOneOf(attr,
                {"title", "align", "valign", "dir", "lang", "colspan", "rowspan", "width", "height", "border",
                 "cellpadding", "cellspacing", "bgcolor", "nowrap"})) {
        return true;
    }
    if (tag == QLatin1String("font")) {
        return isOneOf(attr, {"color", "face", "size"});
    }
    if (tag == QLatin1String("ol") || tag == QLatin1String("ul")) {
        return isOneOf(attr, {"start", "type"});
    }
    if (tag == QLatin1String("a")) {
        return isOneOf(attr, {"href", "name"});
    }
    return false;
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != QLatin1Char('&')) {
            out += s[i];
            continue;
        }
        const qsizetype semi = s.indexOf(QLatin1Char(';'), i + 1);
        const qsizetype end = semi < 0 || semi - i > 12 ? -1 : semi;
        // Browsers accept numeric references without ';' too, which is how scheme filters are bypassed.
        if (i + 1 < s.size() && s[i + 1] == QLatin1Char('#')) {
            qsizetype j = i + 2;
            const bool hex = j < s.size() && (s[j] == QLatin1Char('x') || s[j] == QLatin1Char('X'));
            if (hex) {
                ++j;
            }
            const qsizetype digitsStart = j;
            while (j < s.size() && j - digitsStart < 8 && (hex ? isxdigit(s[j].toLatin1()) : s[j].isDigit())) {
                ++j;
            }
            if (j > digitsStart) {
                bool ok = false;
                const uint cp = s.sliced(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
                // NUL, surrogates (a lone half is not a character: invalid UTF-16 in the view)
                // and numbers past Unicode are U+FFFD, as the HTML standard says.
                if (ok && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
                    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
                } else {
                    out += QChar(0xfffd);
                }
                i = (j < s.size() && s[j] == QLatin1Char(';')) ? j : j - 1;
                continue;
            }
        }
        if (end > 0) {
            const QStringView name = s.sliced(i + 1, end - i - 1);
            struct Named
            {
                const char *name;
                char16_t ch;
            };
            static constexpr Named named[]
                = {{"amp", u'&'},        {"lt", u'<'},          {"gt", u'>'},         {"quot", u'"'},
                   {"apos", u'\''},      {"nbsp", u'\u00a0'},   {"colon", u':'},      {"Tab", u'\t'},
                   {"NewLine", u'\n'},   {"copy", u'\u00a9'},   {"reg", u'\u00ae'},   {"mdash", u'\u2014'},
                   {"ndash", u'\u2013'}, {"hellip", u'\u2026'}, {"laquo", u'\u00ab'}, {"raquo", u'\u00bb'},
                   {"euro", u'\u20ac'},  {"middot", u'\u00b7'}, {"bull", u'\u2022'}};
            bool found = false;
            for (const Named &n : named) {
                if (name == QLatin1StringView(n.name)) {
                    out += QChar(n.ch);
                    found = true;
                    break;
                }
            }
            if (found) {
                i = end;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

bool safeUrl(const QString &rawValue)
{
    QString url = decodeEntities(rawValue);
    QString compact;
    for (QChar c : std::as_const(url)) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f) {
            compact += c;
        }
    }
    compact = compact.toLower();
    return compact.startsWith(QLatin1String("http://")) || compact.startsWith(QLatin1String("https://"))
        || compact.startsWith(QLatin1String("mailto:")) || compact.startsWith(QLatin1Char('#'));
}

// Escapes text for HTML while keeping valid character references as they are.
void appendText(QString &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else if (c == QLatin1Char('&')) {
            qsizetype j = i + 1;
            while (j < text.size() && j - i < 12 && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('#'))) {
                ++j;
            }
            if (j < text.size() && text[j] == QLatin1Char(';') && j > i + 1) {
                out += text.sliced(i, j - i + 1);
                i = j;
            } else {
                out += QLatin1String("&amp;");
            }
        } else {
            out += c;
        }
    }
}

// Reads a tag starting at s[i] == '<'. Returns the index after '>' (or s.size()).
qsizetype readTag(QStringView s, qsizetype i, Tag *tag)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s[j] == QLatin1Char('/')) {
        tag->closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < n && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('-') || s[j] == QLatin1Char(':'))) {
        ++j;
    }
    tag->name = s.sliced(nameStart, j - nameStart).toString().toLower();
    while (j < n && s[j] != QLatin1Char('>')) {
        if (s[j].isSpace() || s[j] == QLatin1Char('/')) {
            if (s[j] == QLatin1Char('/') && j + 1 < n && s[j + 1] == QLatin1Char('>')) {
                tag->selfClosing = true;
            }
            ++j;
            continue;
        }
        const qsizetype an = j;
        while (j < n && !s[j].isSpace() && s[j] != QLatin1Char('=') && s[j] != QLatin1Char('>')
               && s[j] != QLatin1Char('/')) {
            ++j;
        }
        Attribute attr;
        attr.name = s.sliced(an, j - an).toString().toLower();
        while (j < n && s[j].isSpace()) {
            ++j;
        }
        if (j < n && s[j] == QLatin1Char('=')) {
            ++j;
            while (j < n && s[j].isSpace()) {
                ++j;
            }
            if (j < n && (s[j] == QLatin1Char('"') || s[j] == QLatin1Char('\''))) {
                const QChar q = s[j];
                const qsizetype close = s.indexOf(q, j + 1);
                const qsizetype vend = close < 0 ? n : close;
                attr.value = s.sliced(j + 1, vend - j - 1).toString();
                j = close < 0 ? n : close + 1;
            } else {
                const qsizetype vs = j;
                while (j < n && !s[j].isSpace() && s[j] != QLatin1Char('>')) {
                    ++j;
                }
                attr.value = s.sliced(vs, j - vs).toString();
            }
        }
        if (!attr.name.isEmpty()) {
            tag->attributes.append(attr);
        }
        if (an == j) {
            ++j; // never loop on a stray character
        }
    }
    return j < n ? j + 1 : n;
}

// Skips to after the end tag </name ...>, or to the end.
qsizetype skipElement(QStringView s, qsizetype from, const QString &name)
{
    const QString endTag = QLatin1String("</") + name;
    qsizetype pos = from;
    while (true) {
        const qsizetype at = s.indexOf(endTag, pos, Qt::CaseInsensitive);
        if (at < 0) {
            return s.size();
        }
        const qsizetype after = at + endTag.size();
        if (after >= s.size() || !s[after].isLetterOrNumber()) {
            const qsizetype gt = s.indexOf(QLatin1Char('>'), after);
            return gt < 0 ? s.size() : gt + 1;
        }
        pos = after;
    }
}

template<typename OnText, typename OnTag> void tokenize(QStringView s, OnText onText, OnTag onTag)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    qsizetype textStart = 0;
    while (i < n) {
        if (s[i] != QLatin1Char('<')) {
            ++i;
            continue;
        }
        const QChar next = i + 1 < n ? s[i + 1] : QChar();
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            onText(s.sliced(textStart, i - textStart));
            qsizetype end;
            if (s.sliced(i).startsWith(QLatin1String("<!--"))) {
                const qsizetype close = s.indexOf(QLatin1String("-->"), i + 4);
                end = close < 0 ? n : close + 3;
            } else {
                const qsizetype close = s.indexOf(QLatin1Char('>'), i);
                end = close < 0 ? n : close + 1;
            }
            i = textStart = end;
            continue;
        }
        if (!next.isLetter() && next != QLatin1Char('/')) {
            ++i; // a literal '<' in text; appendText escapes it
            continue;
        }
        onText(s.sliced(textStart, i - textStart));
        Tag tag;
        i = readTag(s, i, &tag);
        if (!tag.closing && dropsContent(tag.name) && !tag.selfClosing) {
            i = skipElement(s, i, tag.name);
        } else {
            onTag(tag);
        }
        textStart = i;
    }
    onText(s.sliced(textStart));
}
} // namespace

QString sanitize(const QString &html)
{
    QString out;
    out.reserve(html.size());
    tokenize(
        html, [&](QStringView text) { appendText(out, text); },
        [&](const Tag &tag) {
            if (tag.name == QLatin1String("img") && !tag.closing) {
                for (const Attribute &a : tag.attributes) {
                    if (a.name == QLatin1String("alt") && !a.value.trimmed().isEmpty()) {
                        out += QLatin1Char('[');
                        appendText(out, decodeEntities(a.value).toHtmlEscaped());
                        out += QLatin1Char(']');
                    }
                }
                return;
            }
            if (!allowedTag(tag.name)) {
                return;
            }
            if (tag.closing) {
                out += QLatin1String("</") + tag.name + QLatin1Char('>');
                return;
            }
            out += QLatin1Char('<') + tag.name;
            for (const Attribute &a : tag.attributes) {
                if (!allowedAttribute(tag.name, a.name)) {
                    continue;
                }
                if (a.name == QLatin1String("href") && !safeUrl(a.value)) {
                    continue;
                }
                out += QLatin1Char(' ') + a.name + QLatin1String("=\"") + decodeEntities(a.value).toHtmlEscaped()
                    + QLatin1Char('"');
            }
            out += QLatin1Char('>');
        });
    return out;
}

QString toPlainText(const QString &html)
{
    QString out;
    tokenize(
        html,
        [&](QStringView text) {
            const QString decoded = decodeEntities(text);
            for (QChar c : decoded) {
                if (c.isSpace() && c != QChar(0xa0)) {
                    if (!out.isEmpty() && !out.back().isSpace()) {
                        out += QLatin1Char(' ');
                    }
                } else {
                    out += c;
                }
            }
        },
        [&](const Tag &tag) {
            if (tag.name == QLatin1String("br") || tag.name == QLatin1String("p") || tag.name == QLatin1String("div")
                || tag.name == QLatin1String("tr") || tag.name == QLatin1String("li") || tag.name == QLatin1String("hr")
                || (tag.name.size() == 2 && tag.name[0] == QLatin1Char('h') && tag.name[1].isDigit())) {
                while (out.endsWith(QLatin1Char(' '))) {
                    out.chop(1);
                }
                if (!out.endsWith(QLatin1String("\n\n"))) {
                    out += QLatin1Char('\n');
                }
            } else if (tag.name == QLatin1String("img") && !tag.closing) {
                for (const Attribute &a : tag.attributes) {
                    if (a.name == QLatin1String("alt") && !a.value.trimmed().isEmpty()) {
                        out += QLatin1Char('[') + decodeEntities(a.value) + QLatin1Char(']');
                    }
                }
            }
        });
    return out.trimmed();
}

} // namespace Mailroom::HtmlSanitizer
