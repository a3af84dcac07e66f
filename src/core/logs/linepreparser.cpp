// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/linepreparser.h"

#include "logs/logfields.h"
#include "logs/loglineparser.h"
#include "logs/textutil.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Mailroom {

namespace {

using LogFields::fieldValue;
using LogFields::isDigit;
using Text::find;

// Postfix's "safe" alphabet for long queue ids: digits and consonants.
constexpr bool isSafeChar(char c)
{
    if (isDigit(c)) {
        return true;
    }
    if (c >= 'A' && c <= 'Z') {
        return c != 'A' && c != 'E' && c != 'I' && c != 'O' && c != 'U';
    }
    if (c >= 'a' && c <= 'z') {
        return c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
    }
    return false;
}

constexpr bool isUpperHex(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'F');
}

float parseFloat(QByteArrayView v)
{
    // delay=0.52 and delays=0.1/0/0.2/0.3: plain decimals, parsed without locale or allocation.
    double value = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < v.size() && isDigit(v[i])) {
        value = value * 10 + (v[i++] - '0');
        any = true;
    }
    if (i < v.size() && v[i] == '.') {
        double scale = 0.1;
        ++i;
        while (i < v.size() && isDigit(v[i])) {
            value += (v[i++] - '0') * scale;
            scale /= 10;
            any = true;
        }
    }
    return any ? float(value) : Delivery::Unknown;
}

bool isLocalRelay(QByteArrayView relay)
{
    return (find(relay, "[127.") >= 0) || (find(relay, "[::1]") >= 0) || Text::startsWith(relay, "127.")
        || Text::startsWith(relay, "localhost") || (find(relay, "[::ffff:127.") >= 0) || !relay.contains('[');
}

DeliveryStatus statusFromWord(QByteArrayView w)
{
    if (Text::equals(w, "sent")) {
        return DeliveryStatus::Sent;
    }
    if (Text::equals(w, "deferred")) {
        return DeliveryStatus::Deferred;
    }
    if (Text::equals(w, "bounced")) {
        return DeliveryStatus::Bounced;
    }
    if (Text::equals(w, "expired")) {
        return DeliveryStatus::Expired;
    }
    if (Text::equals(w, "deliverable")) {
        return DeliveryStatus::Deliverable;
    }
    if (Text::equals(w, "undeliverable")) {
        return DeliveryStatus::Undeliverable;
    }
    return DeliveryStatus::Other;
}

// The queue id after "queued as " / "forwarded as " in a delivery reply.
QByteArrayView idAfter(QByteArrayView text, QByteArrayView marker)
{
    // The last match: memrchr for the marker's first letter (rare in a reply), then a comparison.
    qsizetype at = -1;
    for (qsizetype limit = text.size() - marker.size() + 1; limit > 0;) {
        const char *c = static_cast<const char *>(memrchr(text.data(), marker[0], size_t(limit)));
        if (!c) {
            break;
        }
        const qsizetype pos = c - text.data();
        if (std::memcmp(c, marker.data(), size_t(marker.size())) == 0) {
            at = pos;
            break;
        }
        limit = pos;
    }
    if (at < 0) {
        return {};
    }
    qsizetype i = at + marker.size();
    const qsizetype start = i;
    while (i < text.size()
           && (isDigit(text[i]) || (text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z'))) {
        ++i;
    }
    return text.sliced(start, i - start);
}
} // namespace

qsizetype LinePreparser::queueIdLength(QByteArrayView m)
{
    // Every line asks this, most of them about text that is no queue id: one table lookup per
    // character tells both alphabets apart, and the first character in neither ends the scan.
    enum : quint8
    {
        Hex = 1,
        Safe = 2,
        Zed = 4
    };
    static constexpr auto classes = [] {
        std::array<quint8, 256> t {};
        for (int c = 0; c < 256; ++c) {
            const char ch = char(c);
            t[size_t(c)] = quint8((isUpperHex(ch) ? Hex : 0) | (isSafeChar(ch) ? Safe : 0) | (ch == 'z' ? Zed : 0));
        }
        return t;
    }();
    const auto *s = reinterpret_cast<const uchar *>(m.data());
    const qsizetype n = std::min<qsizetype>(m.size(), 24);
    unsigned alphabets = Hex | Safe;
    qsizetype lastZ = -1;
    qsizetype i = 0;
    for (; i < n && s[i] != ':'; ++i) {
        const quint8 c = classes[s[i]];
        alphabets &= c;
        if (alphabets == 0) {
            return 0;
        }
        if (c & Zed) {
            lastZ = i;
        }
    }
    if (i >= m.size() || s[i] != ':' || (i + 1 < m.size() && s[i + 1] != ' ')) {
        return 0;
    }
    if ((alphabets & Hex) && i >= 6 && i <= 20) {
        return i;
    }
    // Long form: ≥6 seconds + exactly 4 microseconds characters before the last 'z'.
    if ((alphabets & Safe) && lastZ >= 10 && lastZ < i - 1 && i <= 22) {
        return i;
    }
    return 0;
}

QByteArrayView LinePreparser::withoutSolarisTag(QByteArrayView message)
{
    if (Text::startsWith(message, "[ID ")) {
        const qsizetype close = Text::find(message, "] ");
        if (close > 0) {
            return message.sliced(close + 2);
        }
    }
    return message;
}

void LinePreparser::preparseLine(const LogLineParser &parser, const char *begin, qsizetype length, quint64 offset,
                                 PreparsedLine &out)
{
    out.begin = begin;
    out.length = quint32(length);
    out.postfix = false;
    out.queueIdLength = 0;
    out.hasDelivery = false;
    out.parsed = parser.parse(QByteArrayView(begin, length), out.p);
    if (!out.parsed || !LogLineParser::isPostfix(out.p)) {
        return;
    }
    out.postfix = true;
    const QByteArrayView msg = withoutSolarisTag(out.p.message);
    out.message = msg;
    const qsizetype q = queueIdLength(msg);
    out.queueIdLength = q;
    if (q > 0) {
        const QByteArrayView rest = msg.sliced(std::min(q + 2, msg.size()));
        if (Text::startsWith(rest, "to=<")) {
            out.delivery = Delivery();
            out.nextQueueId = {};
            out.hasDelivery = parseDeliveryFields(rest, begin, offset, out.delivery, out.nextQueueId);
        }
    }
}

void LinePreparser::preparse(const LogLineParser &parser, const char *begin, const char *end, quint64 offset,
                             std::vector<PreparsedLine> &out)
{
    size_t count = 0;
    for (const char *p = begin; p < end;) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        qsizetype length = lineEnd - p;
        if (length > 0 && p[length - 1] == '\r') {
            --length;
        }
        if (count == out.size()) {
            out.emplace_back();
        }
        if (count > 0) {
            // The parser skips a timestamp it read into the same line before: hand it on.
            LogLineParser::carryStamp(out[count - 1].p, out[count].p);
        }
        preparseLine(parser, p, length, offset + quint64(p - begin), out[count++]);
        p = nl ? nl + 1 : end;
    }
    out.resize(count);
}

bool LinePreparser::parseDeliveryFields(QByteArrayView rest, const char *lineBegin, quint64 lineOffset, Delivery &d,
                                        QByteArrayView &next)
{
    auto ref = [&](QByteArrayView view) {
        return view.isEmpty() ? TextRef()
                              : TextRef(lineOffset + quint64(view.data() - lineBegin), quint64(view.size()));
    };
    qsizetype i = 4;
    qsizetype close = rest.indexOf('>', i);
    if (close < 0) {
        return false;
    }
    d.recipient = ref(rest.sliced(i, close - i));
    i = close + 1;
    QByteArrayView statusWord;
    while (i + 2 < rest.size() && rest[i] == ',' && rest[i + 1] == ' ') {
        i += 2;
        const QByteArrayView field = rest.sliced(i);
        if (Text::startsWith(field, "orig_to=<")) {
            close = rest.indexOf('>', i + 9);
            if (close < 0) {
                break;
            }
            d.originalRecipient = ref(rest.sliced(i + 9, close - i - 9));
            i = close + 1;
            continue;
        }
        if (Text::startsWith(field, "status=")) {
            qsizetype e = i + 7;
            while (e < rest.size() && rest[e] != ' ') {
                ++e;
            }
            statusWord = rest.sliced(i + 7, e - i - 7);
            if (e + 1 < rest.size() && rest[e + 1] == '(') {
                qsizetype textEnd = rest.size();
                if (rest.endsWith(')')) {
                    --textEnd;
                }
                d.text = ref(rest.sliced(e + 2, std::max<qsizetype>(0, textEnd - e - 2)));
            } else if (e + 1 < rest.size()) {
                d.text = ref(rest.sliced(e + 1));
            }
            break;
        }
        const QByteArrayView value = fieldValue(rest, i);
        if (Text::startsWith(field, "relay=")) {
            d.relay = ref(value.sliced(6));
        } else if (Text::startsWith(field, "delay=")) {
            d.delay = parseFloat(value.sliced(6));
        } else if (Text::startsWith(field, "delays=")) {
            QByteArrayView parts = value.sliced(7);
            for (float &part : d.delays) {
                const qsizetype slash = parts.indexOf('/');
                part = parseFloat(slash < 0 ? parts : parts.first(slash));
                if (slash < 0) {
                    break;
                }
                parts = parts.sliced(slash + 1);
            }
        } else if (Text::startsWith(field, "dsn=")) {
            d.dsn = ref(value.sliced(4));
        }
        i += value.size();
    }
    d.status = statusFromWord(statusWord);
    if (d.status == DeliveryStatus::Sent && !d.text.isEmpty()) {
        // Both refs point into this line; an empty one (no relay=) has no offset to go back to.
        const QByteArrayView text(lineBegin + (d.text.offset() - lineOffset), d.text.length());
        next = idAfter(text, "forwarded as ");
        if (next.isEmpty() && !d.relay.isEmpty()
            && isLocalRelay(QByteArrayView(lineBegin + (d.relay.offset() - lineOffset), d.relay.length()))) {
            next = idAfter(text, "queued as ");
        }
    }
    return true;
}

} // namespace Mailroom
