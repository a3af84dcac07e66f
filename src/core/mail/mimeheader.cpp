// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mimeheader.h"

#include "mail/charsets.h"
#include "mail/transferencoding.h"

#include <algorithm>
#include <map>

namespace Mailroom {

QString HeaderParameters::parameter(QByteArrayView name) const
{
    for (const auto &p : parameters) {
        if (p.first == name) {
            return p.second;
        }
    }
    return {};
}

bool HeaderParameters::hasParameter(QByteArrayView name) const
{
    for (const auto &p : parameters) {
        if (p.first == name) {
            return true;
        }
    }
    return false;
}

namespace MimeHeader {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

struct EncodedWord
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past "?="
    QByteArray charset;
    QByteArray bytes;
};

// Tries to read "=?charset?X?text?=" at pos.
bool parseEncodedWord(QByteArrayView s, qsizetype pos, EncodedWord *word)
{
    if (pos + 1 >= s.size() || s[pos] != '=' || s[pos + 1] != '?') {
        return false;
    }
    const qsizetype q1 = s.indexOf('?', pos + 2);
    if (q1 < 0 || q1 == pos + 2 || q1 + 2 >= s.size() || s[q1 + 2] != '?') {
        return false;
    }
    const char enc = char(s[q1 + 1] | 0x20);
    if (enc != 'b' && enc != 'q') {
        return false;
    }
    const QByteArrayView charset = s.sliced(pos + 2, q1 - pos - 2);
    for (char c : charset) {
        if (isSpace(c) || c == '?' || c == '=') {
            return false;
        }
    }
    // The text ends at the next "?="; encoded text never contains whitespace, but broken
    // mailers do emit spaces inside Q words, so allow them up to a sane length.
    const qsizetype textBegin = q1 + 3;
    const qsizetype close = s.indexOf("?=", textBegin);
    if (close < 0 || close - textBegin > 1000) {
        return false;
    }
    const QByteArrayView text = s.sliced(textBegin, close - textBegin);
    // Never '?' (RFC 2047): else "=?x?B?" in plain text would swallow everything up to the "?="
    // of a real encoded word further on.
    if (text.contains('\n') || text.contains('?')) {
        return false;
    }
    word->begin = pos;
    word->end = close + 2;
    word->charset = charset.toByteArray();
    word->bytes
        = enc == 'b' ? TransferEncoding::decodeBase64(text) : TransferEncoding::decodeQuotedPrintable(text, true);
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = char(c | 0x20);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QByteArray percentDecode(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out.append(char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.append(s[i]);
        }
    }
    return out;
}
} // namespace

QByteArray unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            continue;
        }
        out.append(c);
    }
    return out.trimmed();
}

QString decodeEncodedWords(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    const QByteArray s = unfold(raw);
    QString out;
    out.reserve(s.size());
    QByteArray pendingBytes; // decoded bytes of adjacent encoded words with the same charset
    QByteArray pendingCharset;
    auto flush = [&] {
        if (!pendingBytes.isEmpty()) {
            out += Charsets::decode(pendingBytes, pendingCharset);
        }
        pendingBytes.clear();
        pendingCharset.clear();
    };
    qsizetype i = 0;
    qsizetype textStart = 0;
    bool lastWasEncoded = false;
    while (i < s.size()) {
        EncodedWord word;
        if (s[i] == '=' && parseEncodedWord(s, i, &word)) {
            QByteArrayView between = QByteArrayView(s).sliced(textStart, i - textStart);
            const bool onlySpace = std::all_of(between.begin(), between.end(), isSpace);
            if (!(lastWasEncoded && onlySpace)) {
                flush();
                out += Charsets::decodeRaw(between, fallbackCharset);
            }
            if (Charsets::canonicalName(word.charset) != Charsets::canonicalName(pendingCharset)) {
                flush();
            }
            pendingCharset = word.charset;
            pendingBytes += word.bytes;
            i = word.end;
            textStart = i;
            lastWasEncoded = true;
            continue;
        }
        if (!isSpace(s[i])) {
            lastWasEncoded = false; // only whitespace may separate adjacent encoded words
        }
        ++i;
    }
    flush();
    out += Charsets::decodeRaw(QByteArrayView(s).sliced(textStart), fallbackCharset);
    // Control characters have no business in a one-line header display.
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    return out;
}

HeaderParameters parseParameters(QByteArrayView rawValue, QByteArrayView fallbackCharset)
{
    HeaderParameters result;
    const QByteArray s = unfold(rawValue);
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto skipSpaceAndComments = [&] {
        while (i < n) {
            if (isSpace(s[i])) {
                ++i;
            } else if (s[i] == '(') {
                int depth = 0;
                while (i < n) {
                    if (s[i] == '\\') {
                        i += 2;
                        continue;
                    }
                    if (s[i] == '(') {
                        ++depth;
                    } else if (s[i] == ')' && --depth == 0) {
                        ++i;
                        break;
                    }
                    ++i;
                }
            } else {
                break;
            }
        }
    };
    skipSpaceAndComments();
    const qsizetype valueStart = i;
    while (i < n && s[i] != ';') {
        ++i;
    }
    result.value = QByteArray(s.constData() + valueStart, i - valueStart).trimmed().toLower();

    struct Segment
    {
        QByteArray bytes;
        bool extended = false;
    };
    struct Collected
    {
        std::map<int, Segment> segments;
        QByteArray plain;
        bool hasPlain = false;
        bool quoted = false;
    };
    QList<QByteArray> order;
    std::map<QByteArray, Collected> collected;

    while (i < n) {
        ++i; // ';'
        skipSpaceAndComments();
        const qsizetype nameStart = i;
        while (i < n && s[i] != '=' && s[i] != ';' && !isSpace(s[i])) {
            ++i;
        }
        QByteArray name = QByteArray(s.constData() + nameStart, i - nameStart).toLower();
        skipSpaceAndComments();
        if (i >= n || s[i] != '=') {
            while (i < n && s[i] != ';') {
                ++i;
            }
            continue;
        }
        ++i; // '='
        skipSpaceAndComments();
        QByteArray value;
        bool quoted = false;
        if (i < n && s[i] == '"') {
            quoted = true;
            ++i;
            while (i < n && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < n) {
                    ++i;
                }
                value.append(s[i]);
                ++i;
            }
            ++i; // closing quote (missing at the end is tolerated)
            while (i < n && s[i] != ';') {
                ++i;
            }
        } else {
            const qsizetype vs = i;
            while (i < n && s[i] != ';') {
                ++i;
            }
            value = QByteArray(s.constData() + vs, i - vs).trimmed();
        }
        if (name.isEmpty()) {
            continue;
        }
        // RFC 2231: name*, name*N, name*N*
        bool extended = false;
        int section = -1;
        QByteArray base = name;
        if (base.endsWith('*')) {
            extended = true;
            base.chop(1);
        }
        if (const qsizetype star = base.lastIndexOf('*'); star > 0) {
            bool ok = false;
            const int idx = base.mid(star + 1).toInt(&ok);
            if (ok && idx >= 0 && idx < 1000) {
                section = idx;
                base.truncate(star);
            }
        }
        if (!collected.count(base)) {
            order.append(base);
        }
        Collected &c = collected[base];
        if (section < 0 && !extended) {
            c.plain = value;
            c.hasPlain = true;
            c.quoted = quoted;
        } else {
            c.segments[section < 0 ? 0 : section] = Segment {value, extended};
        }
    }

    for (const QByteArray &name : std::as_const(order)) {
        const Collected &c = collected[name];
        QString decoded;
        if (!c.segments.empty()) {
            QByteArray charset;
            QByteArray bytes;
            bool first = true;
            int expected = c.segments.begin()->first;
            for (const auto &[idx, seg] : c.segments) {
                if (idx != expected) {
                    break; // a gap: RFC 2231 says to stop at the first missing section
                }
                ++expected;
                QByteArray v = seg.bytes;
                if (seg.extended) {
                    if (first) {
                        const qsizetype q1 = v.indexOf('\'');
                        const qsizetype q2 = q1 >= 0 ? v.indexOf('\'', q1 + 1) : -1;
                        if (q1 >= 0 && q2 >= 0) {
                            charset = v.left(q1);
                            v = v.mid(q2 + 1);
                        }
                    }
                    bytes += percentDecode(v);
                } else {
                    bytes += v;
                }
                first = false;
            }
            decoded
                = charset.isEmpty() ? Charsets::decodeRaw(bytes, fallbackCharset) : Charsets::decode(bytes, charset);
        } else if (c.hasPlain) {
            decoded = c.plain.contains("=?") ? decodeEncodedWords(c.plain, fallbackCharset)
                                             : Charsets::decodeRaw(c.plain, fallbackCharset);
        }
        result.parameters.append({name, decoded});
    }
    return result;
}

QString displayAddress(const QString &decoded)
{
    const QString s = decoded.trimmed();
    const qsizetype lt = s.indexOf(QLatin1Char('<'));
    if (lt > 0) {
        QString name = s.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.mid(1, name.size() - 2).trimmed();
            name.replace(QLatin1String("\\\""), QLatin1String("\""));
        }
        if (!name.isEmpty()) {
            return name;
        }
    }
    if (lt >= 0) {
        const qsizetype gt = s.indexOf(QLatin1Char('>'), lt);
        return s.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1).trimmed();
    }
    // Old style "addr (Full Name)"
    const qsizetype paren = s.indexOf(QLatin1Char('('));
    if (paren > 0 && s.endsWith(QLatin1Char(')'))) {
        const QString name = s.mid(paren + 1, s.size() - paren - 2).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
        return s.left(paren).trimmed();
    }
    return s;
}

QString addressOf(const QString &decoded)
{
    const QString s = decoded.trimmed();
    const qsizetype lt = s.indexOf(QLatin1Char('<'));
    if (lt >= 0) {
        const qsizetype gt = s.indexOf(QLatin1Char('>'), lt);
        return s.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1).trimmed();
    }
    const qsizetype paren = s.indexOf(QLatin1Char('('));
    QString addr = paren > 0 ? s.left(paren).trimmed() : s;
    const qsizetype comma = addr.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        addr.truncate(comma);
    }
    return addr.trimmed();
}

QList<QByteArrayView> messageIds(QByteArrayView raw)
{
    QList<QByteArrayView> ids;
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype lt = raw.indexOf('<', i);
        if (lt < 0) {
            break;
        }
        const qsizetype gt = raw.indexOf('>', lt + 1);
        if (gt < 0) {
            break;
        }
        QByteArrayView id = raw.sliced(lt + 1, gt - lt - 1).trimmed();
        if (!id.isEmpty() && !id.contains('<')) {
            ids.append(id);
        }
        i = gt + 1;
    }
    return ids;
}

} // namespace MimeHeader
} // namespace Mailroom
