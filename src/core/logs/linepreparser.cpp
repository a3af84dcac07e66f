// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/linepreparser.h"

#include "logs/bytescan.h"
#include "logs/logfields.h"
#include "logs/loginline.h"
#include "logs/loglineparser.h"
#include "logs/rejectline.h"
#include "logs/textutil.h"

#include <algorithm>
#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Mailroom {

namespace {

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
    if (Text::startsWith(relay, "127.") || Text::startsWith(relay, "localhost")) {
        return true;
    }
    // A loopback address in any "[…]", or no address at all.
    const char *const r = relay.data();
    const qsizetype n = relay.size();
    bool bracket = false;
    for (qsizetype k = ByteScan::find(r, 0, n, '['); k < n; k = ByteScan::find(r, k + 1, n, '[')) {
        bracket = true;
        const QByteArrayView at = relay.sliced(k);
        if (Text::startsWith(at, "[127.") || Text::startsWith(at, "[::1]") || Text::startsWith(at, "[::ffff:127.")) {
            return true;
        }
    }
    return !bracket;
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
#if defined(__SSE2__)
    // Short ids, the common case, in one compare of sixteen bytes: uppercase hex up to a ':'.
    if (m.size() >= 16 && (classes[s[0]] & Hex)) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        const unsigned colon = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(':'))));
        const __m128i digit
            = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        const __m128i letter
            = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('F' + 1)));
        const unsigned hex = unsigned(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        const int at = std::countr_zero(colon | 0x10000u);
        if (at >= 6 && at < 16 && (hex & ((1u << at) - 1)) == (1u << at) - 1) {
            return at + 1 < m.size() && s[at + 1] != ' ' ? 0 : at;
        }
    }
#endif
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

QByteArrayView LinePreparser::afterSolarisTag(QByteArrayView message)
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
        PreparsedLine &line = out[count++];
        preparseLine(parser, p, length, offset + quint64(p - begin), line);
        addJourneyFields(line);
        p = nl ? nl + 1 : end;
    }
    out.resize(count);
}

namespace {
PostfixDaemon daemonOf(QByteArrayView d)
{
    switch (d.size()) {
    case 4:
        if (Text::equals(d, "smtp")) {
            return PostfixDaemon::Smtp;
        }
        if (Text::equals(d, "lmtp")) {
            return PostfixDaemon::Lmtp;
        }
        return Text::equals(d, "qmgr") ? PostfixDaemon::Qmgr : PostfixDaemon::Other;
    case 5:
        if (Text::equals(d, "smtpd")) {
            return PostfixDaemon::Smtpd;
        }
        if (Text::equals(d, "oqmgr")) {
            return PostfixDaemon::Qmgr;
        }
        return Text::equals(d, "defer") || Text::equals(d, "trace") ? PostfixDaemon::Notifier : PostfixDaemon::Other;
    case 6:
        if (Text::equals(d, "pickup")) {
            return PostfixDaemon::Pickup;
        }
        return Text::equals(d, "bounce") ? PostfixDaemon::Notifier : PostfixDaemon::Other;
    case 7:
        return Text::equals(d, "cleanup") ? PostfixDaemon::Cleanup : PostfixDaemon::Other;
    case 9:
        return Text::equals(d, "postsuper") ? PostfixDaemon::Postsuper : PostfixDaemon::Other;
    default:
        return PostfixDaemon::Other;
    }
}

// ShortKey::make(id) for an id of at most ShortKey::MaxBytes inside a longer text: three word
// loads instead of a copy of variable length.
ShortKey queueKeyOf(QByteArrayView text, qsizetype length)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    if (text.size() >= qsizetype(sizeof(ShortKey::w)) && length <= ShortKey::MaxBytes) {
        // Per length, the bits of the three words that hold the id's bytes.
        static constexpr auto masks = [] {
            std::array<std::array<quint64, 3>, ShortKey::MaxBytes + 1> m {};
            for (qsizetype n = 0; n <= ShortKey::MaxBytes; ++n) {
                for (qsizetype k = 0; k < 3; ++k) {
                    const qsizetype keep = std::clamp<qsizetype>(n - k * 8, 0, 8);
                    m[size_t(n)][size_t(k)] = keep == 8 ? ~quint64(0) : (quint64(1) << (keep * 8)) - 1;
                }
            }
            return m;
        }();
        ShortKey key;
        std::memcpy(key.w, text.data(), sizeof(key.w));
        const auto &mask = masks[size_t(length)];
        key.w[0] &= mask[0];
        key.w[1] &= mask[1];
        key.w[2] = (key.w[2] & mask[2]) | quint64(length) << 48;
        return key;
    }
#endif
    return ShortKey::make(text.first(length));
}
} // namespace

void LinePreparser::addJourneyFields(PreparsedLine &out)
{
    out.daemon = PostfixDaemon::Other;
    out.dovecot = false;
    out.hasLogin = false;
    out.noQueueReject = false;
    if (!out.parsed) {
        return;
    }
    if (!out.postfix) {
        out.dovecot = LoginLine::isDovecot(out.p);
        out.hasLogin = out.dovecot && LoginLine::parseDovecot(out.p.message, out.login);
        return;
    }
    out.daemon = daemonOf(out.p.daemon);
    const QByteArrayView msg = out.message;
    if (out.queueIdLength > 0) {
        out.queueKey = queueKeyOf(msg, out.queueIdLength);
    } else if (Text::startsWith(msg, "NOQUEUE: ")) {
        const QByteArrayView rest = msg.sliced(9);
        const bool milter = Text::startsWith(rest, "milter-reject: ");
        if (Text::startsWith(rest, "reject: ") || milter) {
            out.noQueueReject = true;
            out.reject = RejectLine::parse(rest.sliced(milter ? 15 : 8), false);
        }
    }
    // Logins are smtpd's: one compare keeps the other daemons' lines on the fast path.
    if (out.daemon == PostfixDaemon::Smtpd) {
        out.hasLogin = LoginLine::parsePostfix(out.p, msg, out.queueIdLength, out.login);
    }
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
        const char first = field.front(); // the names' first letters tell most apart
        if (first == 'o' && Text::startsWith(field, "orig_to=<")) {
            close = rest.indexOf('>', i + 9);
            if (close < 0) {
                break;
            }
            d.originalRecipient = ref(rest.sliced(i + 9, close - i - 9));
            i = close + 1;
            continue;
        }
        if (first == 's' && Text::startsWith(field, "status=")) {
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
        const qsizetype end = ByteScan::findFieldEnd(rest.data(), i, rest.size());
        const QByteArrayView value = rest.sliced(i, end - i);
        if (first == 'r' && Text::startsWith(field, "relay=")) {
            d.relay = ref(value.sliced(6));
        } else if (first == 'd') {
            if (Text::startsWith(field, "delay=")) {
                d.delay = parseFloat(value.sliced(6));
            } else if (Text::startsWith(field, "delays=")) {
                const char *const v = value.data();
                qsizetype from = 7;
                for (float &part : d.delays) {
                    qsizetype slash = from;
                    while (slash < value.size() && v[slash] != '/') {
                        ++slash;
                    }
                    part = parseFloat(value.sliced(from, slash - from));
                    if (slash == value.size()) {
                        break;
                    }
                    from = slash + 1;
                }
            } else if (Text::startsWith(field, "dsn=")) {
                d.dsn = ref(value.sliced(4));
            }
        }
        i = end;
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
