// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logsummary.h"

#include "logs/loglineparser.h"
#include "logs/textutil.h"

#include <QJsonArray>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <cstring>

// The rules below follow pflogsumm 1.1.5 line by line; comments quote the Perl they mirror.

namespace Mailroom {

namespace {

using Text::find;
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isWord(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

inline std::string_view sv(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

// $addr =~ s/(@.+)/\L$1/, into a reused buffer. Returns the position of the '@' (npos if none).
size_t lowerDomainPart(QByteArrayView addr, std::string &out)
{
    out.assign(addr.data(), size_t(addr.size()));
    const size_t at = out.find('@');
    if (at != std::string::npos && at + 1 < out.size()) {
        for (size_t i = at; i < out.size(); ++i) {
            out[i] = lower(out[i]);
        }
    }
    return at;
}

// Perl's numeric value of a string like "0.52".
double perlNumber(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && isSpace(v[i])) {
        ++i;
    }
    double sign = 1;
    if (i < v.size() && (v[i] == '-' || v[i] == '+')) {
        sign = v[i] == '-' ? -1 : 1;
        ++i;
    }
    double value = 0;
    while (i < v.size() && isDigit(v[i])) {
        value = value * 10 + (v[i++] - '0');
    }
    if (i < v.size() && v[i] == '.') {
        ++i;
        double scale = 0.1;
        while (i < v.size() && isDigit(v[i])) {
            value += (v[i++] - '0') * scale;
            scale /= 10;
        }
    }
    return sign * value;
}

// Finds or creates the entry without building a key string when it exists.
template<typename T> T &slot(FlatStringMap<T> &map, std::string_view key)
{
    return map[key];
}

// string_trimmer(), into a reused buffer when it shortens.
std::string_view trimString(QByteArrayView s, qsizetype maxLength, std::string &buffer)
{
    if (s.size() > maxLength) {
        buffer.assign(s.data(), size_t(maxLength - 3));
        buffer += "...";
        return buffer;
    }
    return sv(s);
}

// said_string_trimmer()
QByteArray trimSaid(QByteArray s, qsizetype maxLength)
{
    while (s.size() > maxLength) {
        const qsizetype said = s.lastIndexOf(" said: ");
        if (said >= 0) {
            s = s.mid(said + 7);
            continue;
        }
        const qsizetype colon = s.indexOf(':');
        if (colon >= 0) {
            qsizetype i = colon + 1;
            while (i < s.size() && s[i] == ' ') {
                ++i;
            }
            s = s.mid(i);
            continue;
        }
        s = s.left(maxLength - 3) + "...";
        break;
    }
    return s;
}

// s/^\d{3} //
QByteArray stripCode(const QByteArray &s)
{
    if (s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && s[3] == ' ') {
        return s.mid(4);
    }
    return s;
}

// "[digits]: \w+: " at position b of "]: "; returns the index after it, or -1.
qsizetype afterPidAndId(QByteArrayView rem, qsizetype b)
{
    qsizetype d = b - 1;
    while (d >= 0 && isDigit(rem[d])) {
        --d;
    }
    if (d == b - 1 || d < 0 || rem[d] != '[') {
        return -1;
    }
    qsizetype i = b + 3;
    const qsizetype wordStart = i;
    while (i < rem.size() && isWord(rem[i])) {
        ++i;
    }
    if (i == wordStart || i + 1 >= rem.size() || rem[i] != ':' || rem[i + 1] != ' ') {
        return -1;
    }
    return i + 2;
}

// pflogsumm's normalize_host(), as bytes (Perl's cmp compares them unsigned), for sorting ties.
std::string normalizeHost(std::string_view s)
{
    size_t end = 0;
    while (end < s.size() && !isSpace(s[end])) {
        ++end;
    }
    const std::string_view first = s.substr(0, end);
    std::string octets;
    size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        const size_t start = i;
        uint value = 0;
        while (i < first.size() && isDigit(first[i]) && i - start < 3) {
            value = value * 10 + uint(first[i++] - '0');
        }
        if (i == start) {
            break;
        }
        octets += char(uchar(value)); // pack('C4'): modulo 256 like Perl's pack
        if (part < 3) {
            if (i >= first.size() || first[i] != '.') {
                break;
            }
            ++i;
        }
    }
    if (octets.size() == 4 && i == first.size()) {
        return octets;
    }
    // join('', map { lc } reverse split /[.@]/) — split drops trailing empty fields.
    std::string out;
    out.reserve(first.size());
    size_t fieldEnd = first.size();
    while (fieldEnd > 0 && (first[fieldEnd - 1] == '.' || first[fieldEnd - 1] == '@')) {
        --fieldEnd; // trailing empty fields
    }
    // Fields from the last to the first, each copied lowercased.
    size_t k = fieldEnd;
    while (true) {
        size_t fieldStart = k;
        while (fieldStart > 0 && first[fieldStart - 1] != '.' && first[fieldStart - 1] != '@') {
            --fieldStart;
        }
        for (size_t c = fieldStart; c < k; ++c) {
            out += lower(first[c]);
        }
        if (fieldStart == 0) {
            break;
        }
        k = fieldStart - 1;
    }
    return out;
}

void appendIntUnits(QByteArray &out, double value);
QByteArray intUnits(double value)
{
    QByteArray out;
    appendIntUnits(out, value);
    return out;
}

void appendIntUnits(QByteArray &out, double value)
{
    // adj_int_units() + printf "%6d%s"
    char units = ' ';
    if (value > 536870912) {
        value /= 1048576;
        units = 'm';
    } else if (value > 524288) {
        value /= 1024;
        units = 'k';
    }
    char buf[32];
    long long v = static_cast<long long>(value);
    // printf("%6lld%c") by hand: this runs once per line of a report that can have a million.
    char digits[24];
    int n = 0;
    const bool negative = v < 0;
    unsigned long long u = negative ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    do {
        digits[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative) {
        digits[n++] = '-';
    }
    int len = 0;
    for (int pad = n; pad < 6; ++pad) {
        buf[len++] = ' ';
    }
    while (n) {
        buf[len++] = digits[--n];
    }
    buf[len++] = units;
    out.append(buf, len);
}

QByteArray timeUnits(double value)
{
    // adj_time_units() + printf "%5.1f %s"
    char units = 's';
    if (value > 3600) {
        value /= 3600;
        units = 'h';
    } else if (value > 60) {
        value /= 60;
        units = 'm';
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%5.1f %c", value, units);
    return buf;
}

QByteArray subsectionTitle(const QByteArray &title)
{
    return "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
}

// really_print_hash_by_cnt_vals(): by count, highest first, then by normalize_host (then by the
// key, so that the order never depends on a hash).
struct CountEntry
{
    double value;
    std::string_view key;
    std::string norm;
};
QByteArray countLines(std::vector<CountEntry> &entries, const QByteArray &indent)
{
    for (CountEntry &e : entries) {
        e.norm = normalizeHost(e.key);
    }
    std::sort(entries.begin(), entries.end(), [](const CountEntry &a, const CountEntry &b) {
        if (a.value != b.value) {
            return a.value > b.value;
        }
        if (const int c = a.norm.compare(b.norm); c != 0) {
            return c < 0;
        }
        return a.key < b.key;
    });
    QByteArray out;
    out.reserve(qsizetype(entries.size()) * (indent.size() + 40));
    for (const CountEntry &e : entries) {
        out += indent;
        appendIntUnits(out, e.value);
        out += "  ";
        out += QByteArrayView(e.key.data(), qsizetype(e.key.size()));
        out += '\n';
    }
    return out;
}

template<typename Value>
QByteArray countLines(const QMap<QByteArray, Value> &hash, const QByteArray &indent, auto valueOf)
{
    std::vector<CountEntry> entries;
    entries.reserve(size_t(hash.size()));
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        entries.push_back(
            {double(valueOf(it.value())), std::string_view(it.key().constData(), size_t(it.key().size())), {}});
    }
    return countLines(entries, indent);
}

QByteArray nested2(const LogSummary::Detail2 &hash, const QByteArray &title)
{
    if (hash.isEmpty()) {
        return "\n" + title + ": none\n";
    }
    QByteArray out = "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        qint64 total = 0;
        for (qint64 v : it.value()) {
            total += v;
        }
        out += "  " + it.key() + " (total: " + QByteArray::number(total) + ")\n";
        out += countLines(it.value(), "    ", [](qint64 v) { return double(v); });
    }
    return out;
}

QByteArray nested3(const LogSummary::Detail3 &hash, const QByteArray &title)
{
    if (hash.isEmpty()) {
        return "\n" + title + ": none\n";
    }
    QByteArray out = "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        out += "  " + it.key() + "\n";
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
            qint64 total = 0;
            for (qint64 v : r.value()) {
                total += v;
            }
            out += "    " + r.key() + " (total: " + QByteArray::number(total) + ")\n";
            out += countLines(r.value(), "      ", [](qint64 v) { return double(v); });
        }
    }
    return out;
}

const char *const monthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string_view clientDomainView(QByteArrayView s, std::string &buffer);
} // namespace

LogSummary::LogSummary(const QByteArray &syslogName)
    : m_syslogName(syslogName.isEmpty() ? QByteArrayLiteral("postfix") : syslogName)
{
    intern("pickup"); // PickupId
}

LogSummary::~LogSummary() = default;

QByteArray LogSummary::clientDomain(QByteArrayView s)
{
    std::string buffer;
    const std::string_view d = clientDomainView(s, buffer);
    return QByteArray(d.data(), qsizetype(d.size()));
}

namespace {
// gimme_domain(), as a view into the text or, when it lowercases, into buffer.
std::string_view clientDomainView(QByteArrayView s, std::string &buffer)
{
    QByteArrayView domain, ip;
    bool found = false;
    // /^([^\[]*)\[((?:\d{1,3}\.){3}\d{1,3})\]/
    if (const qsizetype br = s.indexOf('['); br >= 0) {
        qsizetype i = br + 1;
        bool ok = true;
        for (int part = 0; part < 4 && ok; ++part) {
            const qsizetype start = i;
            while (i < s.size() && isDigit(s[i]) && i - start < 3) {
                ++i;
            }
            ok = i > start && i < s.size() && s[i] == (part < 3 ? '.' : ']');
            ++i;
        }
        if (ok) {
            domain = s.first(br);
            ip = s.sliced(br + 1, i - br - 2);
            found = true;
        }
    }
    // /^([^\/]*)\/([0-9a-f.:]+)/i
    if (!found) {
        if (const qsizetype sl = s.indexOf('/'); sl >= 0) {
            qsizetype i = sl + 1;
            auto ipChar = [](char c) {
                return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
            };
            while (i < s.size() && ipChar(s[i])) {
                ++i;
            }
            if (i > sl + 1) {
                domain = s.first(sl);
                ip = s.sliced(sl + 1, i - sl - 1);
                found = true;
            }
        }
    }
    // /^([^\[\(\/]*)[\[\(\/]([^\]\)]+)[\]\)]:?\d*$/
    if (!found) {
        qsizetype o = 0;
        while (o < s.size() && s[o] != '[' && s[o] != '(' && s[o] != '/') {
            ++o;
        }
        if (o < s.size()) {
            qsizetype i = o + 1;
            while (i < s.size() && s[i] != ']' && s[i] != ')') {
                ++i;
            }
            if (i > o + 1 && i < s.size()) {
                qsizetype k = i + 1;
                if (k < s.size() && s[k] == ':') {
                    ++k;
                }
                while (k < s.size() && isDigit(s[k])) {
                    ++k;
                }
                if (k == s.size()) {
                    domain = s.first(o);
                    ip = s.sliced(o + 1, i - o - 1);
                    found = true;
                }
            }
        }
    }
    if (!found) {
        return {};
    }
    if (domain.isEmpty() || domain == "unknown") {
        return sv(ip);
    }
    // s/^(.*)\.([^\.]+)\.([^\.]{3}|[^\.]{2,3}\.[^\.]{2})$/\L$2.$3/ — (.*) greedy: last dot first.
    for (qsizetype a = domain.size() - 1; a > 0; --a) {
        if (domain[a] != '.') {
            continue;
        }
        const qsizetype b = domain.indexOf('.', a + 1);
        if (b < 0 || b == a + 1) {
            continue;
        }
        const QByteArrayView tail = domain.sliced(b + 1);
        const qsizetype dot = tail.indexOf('.');
        bool ok = false;
        if (dot < 0) {
            ok = tail.size() == 3;
        } else {
            ok = (dot == 2 || dot == 3) && tail.size() - dot - 1 == 2 && tail.indexOf('.', dot + 1) < 0;
        }
        if (ok) {
            const QByteArrayView tailPart = domain.sliced(a + 1);
            buffer.resize(size_t(tailPart.size()));
            for (qsizetype i = 0; i < tailPart.size(); ++i) {
                buffer[size_t(i)] = lower(tailPart[i]);
            }
            return buffer;
        }
    }
    return sv(domain);
}
} // namespace

bool LogSummary::commandAndQueueId(QByteArrayView rem, QByteArrayView &cmd, QByteArrayView &qid) const
{
    const qsizetype n = rem.size();
    // .*?: ([^:\s]+) from position `from`
    auto findQid = [&](qsizetype from) {
        for (qsizetype q = find(rem, ": ", from); q >= 0; q = find(rem, ": ", q + 1)) {
            const qsizetype c = q + 2;
            if (c < n && rem[c] != ':' && !isSpace(rem[c])) {
                qsizetype e = c;
                while (e < n && rem[e] != ':' && !isSpace(rem[e])) {
                    ++e;
                }
                qid = rem.sliced(c, e - c);
                return true;
            }
        }
        return false;
    };
    // ^(?:postfix|$syslogName)(?:/(?:smtps|submission))?/([^\[:]*).*?: ([^:\s]+)
    auto tryPrefix = [&](QByteArrayView prefix) {
        if (!rem.startsWith(prefix)) {
            return false;
        }
        const qsizetype i = prefix.size();
        const QByteArrayView after = rem.sliced(i);
        qsizetype starts[2];
        int count = 0;
        if (Text::startsWith(after, "/smtps/")) {
            starts[count++] = i + 7;
        } else if (Text::startsWith(after, "/submission/")) {
            starts[count++] = i + 12;
        }
        if (i < n && rem[i] == '/') {
            starts[count++] = i + 1;
        }
        for (int k = 0; k < count; ++k) {
            qsizetype e = starts[k];
            while (e < n && rem[e] != '[' && rem[e] != ':') {
                ++e;
            }
            if (findQid(e)) {
                cmd = rem.sliced(starts[k], e - starts[k]);
                return true;
            }
        }
        return false;
    };
    if (tryPrefix("postfix") || (m_syslogName != "postfix" && tryPrefix(m_syslogName))) {
        return true;
    }
    // ^((?:postfix)(?:-script)?)(?:\[\d+\])?: ([^:\s]+)
    for (const QByteArrayView name : {QByteArrayView("postfix-script"), QByteArrayView("postfix")}) {
        if (!rem.startsWith(name)) {
            continue;
        }
        for (bool withPid : {true, false}) {
            qsizetype i = name.size();
            if (withPid) {
                if (i >= n || rem[i] != '[') {
                    continue;
                }
                qsizetype j = i + 1;
                while (j < n && isDigit(rem[j])) {
                    ++j;
                }
                if (j == i + 1 || j >= n || rem[j] != ']') {
                    continue;
                }
                i = j + 1;
            }
            if (i + 2 < n && rem[i] == ':' && rem[i + 1] == ' ' && rem[i + 2] != ':' && !isSpace(rem[i + 2])) {
                qsizetype e = i + 2;
                while (e < n && rem[e] != ':' && !isSpace(rem[e])) {
                    ++e;
                }
                cmd = name;
                qid = rem.sliced(i + 2, e - i - 2);
                return true;
            }
        }
    }
    return false;
}

void LogSummary::addLine(const ParsedLine &line)
{
    QByteArrayView rem = line.remainder;
    // s/: \[ID \d+ [^\]]+\] /: / — Solaris syslog tags.
    if (Text::startsWith(line.message, "[ID ")) {
        static const QRegularExpression tag(QStringLiteral(": \\[ID \\d+ [^\\]]+\\] "));
        const QString text = QString::fromLatin1(rem);
        const auto m = tag.match(text);
        if (m.hasMatch()) {
            const QByteArray stripped
                = (text.left(m.capturedStart()) + QStringLiteral(": ") + text.mid(m.capturedEnd())).toLatin1();
            process(line, stripped);
            return;
        }
    }
    process(line, rem);
}

void LogSummary::count(Column column)
{
    ++m_perHour[size_t(m_hour)][column];
    if (!m_day) {
        m_day = &m_perDay[m_dayKey]; // std::map nodes stay where they are
    }
    ++m_day->counts[column];
    m_day->columns = std::max(m_day->columns, int(column) + 1);
}

LogSummary::QueueState &LogSummary::queue(QByteArrayView qid)
{
    if (qid.size() <= ShortKey::MaxBytes) {
        return m_queue[ShortKey::make(qid)];
    }
    return slot(m_longQueue, sv(qid));
}

void LogSummary::reserveFor(qint64 logBytes)
{
    // Busy mail logs hold about one queue id per kilobyte; reserving for somewhat more avoids
    // rehashing millions of entries while reading.
    m_queue.reserve(size_t(std::max<qint64>(0, logBytes / 700)));
}

quint32 LogSummary::intern(std::string_view text)
{
    quint32 &id = slot(m_internIds, text);
    if (id == 0) {
        m_interned.emplace_back(text);
        id = quint32(m_interned.size());
    }
    return id;
}

void LogSummary::bump(CounterId counter, std::string_view a, std::string_view b, std::string_view c)
{
    // Each part with its length in front: unambiguous whatever bytes the parts hold.
    m_key.clear();
    for (const std::string_view part : {a, b, c}) {
        const quint32 length = quint32(part.size());
        m_key.append(reinterpret_cast<const char *>(&length), sizeof length);
        m_key.append(part);
    }
    ++slot(m_counters[counter], m_key);
    if (m_details) {
        m_details.reset();
    }
}

const LogSummary::Details &LogSummary::details() const
{
    QMutexLocker lock(&m_detailsMutex);
    if (m_details) {
        return *m_details;
    }
    auto d = std::make_unique<Details>();
    auto parts = [](const std::string &key) {
        std::array<QByteArray, 3> out;
        size_t at = 0;
        for (QByteArray &part : out) {
            quint32 length = 0;
            std::memcpy(&length, key.data() + at, sizeof length);
            at += sizeof length;
            part = QByteArray(key.data() + at, qsizetype(length));
            at += length;
        }
        return out;
    };
    const std::array<Detail3 *, 4> threeLevels {&d->rejects, &d->warns, &d->holds, &d->discards};
    for (int c = Rejects; c <= Discards; ++c) {
        Detail3 &target = *threeLevels[size_t(c - Rejects)];
        for (const auto &[key, value] : m_counters[size_t(c)]) {
            const auto p = parts(key);
            target[p[0]][p[1]][p[2]] += value;
        }
    }
    const std::array<Detail2 *, 6> twoLevels {&d->deferralReasons, &d->bounceReasons, &d->smtpFailures,
                                              &d->warnings,        &d->fatals,        &d->panics};
    for (int c = DeferralReasons; c <= Panics; ++c) {
        Detail2 &target = *twoLevels[size_t(c - DeferralReasons)];
        for (const auto &[key, value] : m_counters[size_t(c)]) {
            const auto p = parts(key);
            target[p[0]][p[1]] += value;
        }
    }
    for (const auto &[key, value] : m_counters[Master]) {
        d->master[parts(key)[0]] += value;
    }
    m_details = std::move(d);
    return *m_details;
}

void LogSummary::addText(QByteArrayView text, QDate referenceDate)
{
    const LogLineParser parser(referenceDate);
    ParsedLine p;
    const char *c = text.data();
    const char *const end = c + text.size();
    while (c < end) {
        const char *nl = static_cast<const char *>(std::memchr(c, '\n', size_t(end - c)));
        const char *e = nl ? nl : end;
        qsizetype length = e - c;
        if (length > 0 && c[length - 1] == '\r') {
            --length;
        }
        if (parser.parse(QByteArrayView(c, length), p) && p.pflogsummTimestamp) {
            addLine(p);
        }
        c = nl ? nl + 1 : end;
    }
}

QMap<QByteArray, LogSummary::Traffic> toMap(const auto &hash)
{
    QMap<QByteArray, LogSummary::Traffic> map;
    for (const auto &[key, value] : hash) {
        map.insert(QByteArray(key.data(), qsizetype(key.size())), value);
    }
    return map;
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::senderTraffic() const
{
    return toMap(m_senders);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::sendingDomainTraffic() const
{
    return toMap(m_sendingDomains);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::recipientTraffic() const
{
    return toMap(m_recipients);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::recipientDomainTraffic() const
{
    return toMap(m_recipientDomains);
}

void LogSummary::process(const ParsedLine &line, QByteArrayView rem)
{
    QByteArrayView cmd, qid;
    if (!commandAndQueueId(rem, cmd, qid)) {
        return;
    }
    const qsizetype n = rem.size();
    if (line.day != m_lastDay) {
        m_lastDay = line.day;
        m_dayKey = line.year * 10000 + line.month * 100 + line.day;
        m_day = nullptr;
        ++m_dayCount;
    }
    m_hour = line.hour;

    // regexp rejects happen in "cleanup":
    // /\/cleanup\[\d+\]: .*?\b((?:milter-)?reject|warning|hold|discard): (header|body|END-OF-MESSAGE) (.*)$/
    if (Text::equals(cmd, "cleanup")
        && ((find(rem, ": header ") >= 0) || (find(rem, ": body ") >= 0) || (find(rem, ": END-OF-MESSAGE ") >= 0))) {
        const qsizetype at = find(rem, "/cleanup[");
        if (at >= 0) {
            qsizetype i = at + 9;
            const qsizetype digits = i;
            while (i < n && isDigit(rem[i])) {
                ++i;
            }
            if (i > digits && Text::startsWith(rem.sliced(i), "]: ")) {
                const qsizetype start = i + 3;
                for (qsizetype t = start; t < n; ++t) {
                    if (t > 0 && isWord(rem[t - 1])) {
                        continue;
                    }
                    const QByteArrayView at_t = rem.sliced(t);
                    QByteArrayView sub;
                    for (const char *k : {"milter-reject", "reject", "warning", "hold", "discard"}) {
                        const QByteArrayView kw(k);
                        if (at_t.startsWith(kw) && Text::startsWith(at_t.sliced(kw.size()), ": ")) {
                            sub = kw;
                            break;
                        }
                    }
                    if (sub.isEmpty()) {
                        continue;
                    }
                    const QByteArrayView afterSub = at_t.sliced(sub.size() + 2);
                    QByteArrayView reason;
                    for (const char *k : {"header", "body", "END-OF-MESSAGE"}) {
                        const QByteArrayView kw(k);
                        if (afterSub.startsWith(kw) && afterSub.size() > kw.size() && afterSub[kw.size()] == ' ') {
                            reason = kw;
                            break;
                        }
                    }
                    if (reason.isEmpty()) {
                        continue;
                    }
                    QByteArrayView rest = afterSub.sliced(reason.size() + 1);
                    // $rejRmdr =~ s/( from \S+?)?; from=<.*$//
                    if (const qsizetype f = find(rest, "; from=<"); f >= 0) {
                        qsizetype cut = f;
                        qsizetype s = f;
                        while (s > 0 && !isSpace(rest[s - 1])) {
                            --s;
                        }
                        if (s < f && s >= 6 && rest.sliced(s - 6, 6) == " from ") {
                            cut = s - 6;
                        }
                        rest = rest.first(cut);
                    }
                    const std::string_view detail = trimString(rest, 64, m_text);
                    if (Text::equals(sub, "reject") || Text::equals(sub, "milter-reject")) {
                        bump(Rejects, "cleanup", sv(reason), detail);
                        ++m_rejected;
                    } else if (Text::equals(sub, "warning")) {
                        bump(Warns, "cleanup", sv(reason), detail);
                        ++m_rejectWarnings;
                    } else if (Text::equals(sub, "hold")) {
                        bump(Holds, "cleanup", sv(reason), detail);
                        ++m_held;
                    } else {
                        bump(Discards, "cleanup", sv(reason), detail);
                        ++m_discarded;
                    }
                    count(Rejected);
                    return;
                }
            }
        }
    }

    auto afterLast = [&](QByteArrayView marker) {
        const qsizetype at = rem.lastIndexOf(marker);
        return at < 0 ? rem : rem.sliced(at + marker.size());
    };
    if (Text::equals(qid, "warning")) {
        bump(Warnings, sv(cmd), trimString(afterLast("warning: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "fatal")) {
        bump(Fatals, sv(cmd), trimString(afterLast("fatal: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "panic")) {
        bump(Panics, sv(cmd), trimString(afterLast("panic: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "reject")) {
        smtpdReject(rem, Rejects, m_rejected);
        return;
    }
    if (Text::equals(qid, "reject_warning")) {
        smtpdReject(rem, Warns, m_rejectWarnings);
        return;
    }
    if (Text::equals(qid, "hold")) {
        smtpdReject(rem, Holds, m_held);
        return;
    }
    if (Text::equals(qid, "discard")) {
        smtpdReject(rem, Discards, m_discarded);
        return;
    }
    if (Text::equals(cmd, "master")) {
        // (split(/^.*master.*: /, $logRmdr))[1]
        std::string_view key;
        const qsizetype m = find(rem, "master");
        const qsizetype colon = rem.lastIndexOf(": ");
        if (m >= 0 && colon >= m + 6) {
            key = sv(rem.sliced(colon + 2));
        }
        bump(Master, key);
        return;
    }
    if (Text::equals(cmd, "smtpd") || Text::equals(cmd, "postscreen")) {
        for (qsizetype b = find(rem, "]: "); b >= 0; b = find(rem, "]: ", b + 1)) {
            const qsizetype i = afterPidAndId(rem, b);
            if (i < 0) {
                continue;
            }
            const QByteArrayView tail = rem.sliced(i);
            // /\[\d+\]: \w+: client=(.+?)(,|$)/
            if (Text::startsWith(tail, "client=") && tail.size() > 7) {
                const qsizetype comma = tail.indexOf(',', 8);
                const QByteArrayView client = tail.sliced(7, (comma < 0 ? tail.size() : comma) - 7);
                count(Received);
                ++m_received;
                const std::string_view domain = clientDomainView(client, m_text);
                // $rcvdMsg{$qid} = gimme_domain(…): a false value ("" or "0") is as good as none.
                queue(qid).receivedFrom = !domain.empty() && domain != "0" ? intern(domain) : 0;
                return;
            }
        }
        // /\[\d+\]: \w+: (reject(?:_warning)?|hold|discard): /
        for (qsizetype b = find(rem, "]: "); b >= 0; b = find(rem, "]: ", b + 1)) {
            const qsizetype i = afterPidAndId(rem, b);
            if (i < 0) {
                continue;
            }
            const QByteArrayView tail = rem.sliced(i);
            if (Text::startsWith(tail, "reject: ")) {
                smtpdReject(rem, Rejects, m_rejected);
                return;
            }
            if (Text::startsWith(tail, "reject_warning: ")) {
                smtpdReject(rem, Warns, m_rejectWarnings);
                return;
            }
            if (Text::startsWith(tail, "hold: ")) {
                smtpdReject(rem, Holds, m_held);
                return;
            }
            if (Text::startsWith(tail, "discard: ")) {
                smtpdReject(rem, Discards, m_discarded);
                return;
            }
        }
        return;
    }

    // /from=<([^>]*)>, size=(\d+)/
    for (qsizetype f = find(rem, "from=<"); f >= 0; f = find(rem, "from=<", f + 1)) {
        const qsizetype close = rem.indexOf('>', f + 6);
        if (close < 0) {
            break;
        }
        if (!Text::startsWith(rem.sliced(close + 1), ", size=")) {
            continue;
        }
        const qsizetype digits = close + 8;
        qsizetype e = digits;
        while (e < n && isDigit(rem[e])) {
            ++e;
        }
        if (e == digits) {
            continue;
        }
        QueueState &st = queue(qid);
        if (st.sizeSet) {
            return; // avoid double-counting!
        }
        const QByteArrayView sizeText = rem.sliced(digits, e - digits);
        const double size = perlNumber(sizeText);
        st.size = size;
        st.sizeSet = sizeText != "0";
        if (const quint32 received = st.receivedFrom) {
            const std::string &receivedFromText = m_interned[received - 1];
            const QByteArrayView rawAddr = rem.sliced(f + 6, close - f - 6);
            std::string_view addr = "from=<>";
            size_t at = std::string::npos;
            if (!rawAddr.isEmpty()) {
                at = lowerDomainPart(rawAddr, m_scratch);
                addr = m_scratch;
            }
            // s/^[^@]+\@(.+)$/$1/ or the client's domain
            std::string_view domain;
            if (at != std::string::npos && at > 0 && at + 1 < addr.size()) {
                domain = addr.substr(at + 1);
            } else {
                domain = received == PickupId ? addr : std::string_view(receivedFromText);
            }
            Traffic &dom = slot(m_sendingDomains, domain);
            if (dom.count == 0) {
                ++m_sendingDomainCount;
            }
            ++dom.count;
            dom.size += size;
            Traffic &user = slot(m_senders, addr);
            if (user.count == 0) {
                ++m_senderCount;
            }
            ++user.count;
            user.size += size;
            m_bytesReceived += size;
            st.receivedFrom = 0; // delete($rcvdMsg{$qid})
        }
        return;
    }

    // /to=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]+), (?:conn_use=[^,]+, )?delay=([^,]+),
    //  (?:delays=[^,]+, )?(?:dsn=[^,]+, )?status=(\S+)(.*)$/
    for (qsizetype k = find(rem, "to=<"); k >= 0; k = find(rem, "to=<", k + 1)) {
        const qsizetype close = rem.indexOf('>', k + 4);
        if (close < 0) {
            break;
        }
        qsizetype i = close + 1;
        auto expect = [&](QByteArrayView s) {
            if (rem.sliced(i).startsWith(s)) {
                i += s.size();
                return true;
            }
            return false;
        };
        // key=[^,]+, — returns the value, advancing i; optional keys leave i alone on failure.
        auto value = [&](QByteArrayView key, QByteArrayView *out) {
            if (!rem.sliced(i).startsWith(key)) {
                return false;
            }
            const qsizetype v = i + key.size();
            const qsizetype comma = rem.indexOf(',', v);
            if (comma <= v || comma + 1 >= n || rem[comma + 1] != ' ') {
                return false;
            }
            if (out) {
                *out = rem.sliced(v, comma - v);
            }
            i = comma + 2;
            return true;
        };
        if (!expect(", ")) {
            continue;
        }
        if (Text::startsWith(rem.sliced(i), "orig_to=<")) {
            const qsizetype c2 = rem.indexOf('>', i + 9);
            if (c2 >= 0 && Text::startsWith(rem.sliced(c2 + 1), ", ")) {
                i = c2 + 3;
            }
        }
        QByteArrayView relay, delayText;
        if (!value("relay=", &relay)) {
            continue;
        }
        value("conn_use=", nullptr);
        if (!value("delay=", &delayText)) {
            continue;
        }
        value("delays=", nullptr);
        value("dsn=", nullptr);
        if (!expect("status=")) {
            continue;
        }
        qsizetype e = i;
        while (e < n && !isSpace(rem[e])) {
            ++e;
        }
        if (e == i) {
            continue;
        }
        const QByteArrayView status = rem.sliced(i, e - i);
        const QByteArrayView toRest = rem.sliced(e);
        // $addr =~ s/(@.+)/\L$1/ into a reused buffer; (my $domAddr = $addr) =~ s/^[^@]+\@//
        const QByteArrayView rawTo = rem.sliced(k + 4, close - k - 4);
        const size_t atPos = lowerDomainPart(rawTo, m_scratch);
        const QByteArrayView addr(m_scratch.data(), qsizetype(m_scratch.size()));
        const QByteArrayView domain
            = atPos != std::string::npos && atPos > 0 ? addr.sliced(qsizetype(atPos) + 1) : addr;
        const double delay = perlNumber(delayText);
        if (Text::equals(status, "sent")) {
            if (toRest.contains("forwarded as ")) {
                ++m_forwarded;
                return;
            }
            Traffic &dom = slot(m_recipientDomains, sv(domain));
            if (dom.count == 0) {
                ++m_recipientDomainCount;
            }
            ++dom.count;
            dom.delaySum += delay;
            if (dom.delayMax == 0 || delay > dom.delayMax) {
                dom.delayMax = delay;
            }
            Traffic &user = slot(m_recipients, sv(addr));
            if (user.count == 0) {
                ++m_recipientCount;
            }
            ++user.count;
            count(Delivered);
            ++m_delivered;
            const QueueState &st = queue(qid);
            if (st.sizeSet) {
                dom.size += st.size;
                user.size += st.size;
                m_bytesDelivered += st.size;
            } else {
                m_noSize.insert(qid.toByteArray(), addr.toByteArray());
            }
            size_t bucket = 0;
            while (bucket + 1 < DelayBounds.size() && delay > DelayBounds[bucket]) {
                ++bucket;
            }
            ++m_delayHistogram[bucket];
        } else if (Text::equals(status, "deferred")) {
            // /, status=deferred \(([^\)]+)/
            QByteArray reason;
            if (const qsizetype at = find(rem, ", status=deferred ("); at >= 0) {
                const qsizetype start = at + 19;
                qsizetype end = start;
                while (end < n && rem[end] != ')') {
                    ++end;
                }
                if (end > start) {
                    reason = rem.sliced(start, end - start).toByteArray();
                }
            }
            reason = stripCode(trimSaid(reason, 65));
            if (Text::startsWith(reason, "connect to ")) {
                reason = reason.mid(11);
            }
            bump(DeferralReasons, sv(cmd), sv(reason));
            count(Deferred);
            ++m_deferrals;
            QueueState &st = queue(qid);
            if (!st.deferred) {
                st.deferred = true;
                ++m_deferredMessages;
            }
            Traffic &dom = slot(m_recipientDomains, sv(domain));
            ++dom.defers;
            if (dom.delayMax == 0 || delay > dom.delayMax) {
                dom.delayMax = delay;
            }
        } else if (Text::equals(status, "bounced")) {
            // /, status=bounced \((.+)\)/
            QByteArray reason;
            if (const qsizetype at = find(rem, ", status=bounced ("); at >= 0) {
                const qsizetype start = at + 18;
                const qsizetype end = rem.lastIndexOf(')');
                if (end > start) {
                    reason = rem.sliced(start, end - start).toByteArray();
                }
            }
            reason = stripCode(trimSaid(reason, 66));
            bump(BounceReasons, sv(relay), sv(reason));
            count(Bounced);
            ++m_bounced;
        }
        return;
    }

    if (Text::equals(cmd, "pickup")) {
        // /: (sender|uid)=/
        if ((find(rem, ": sender=") >= 0) || (find(rem, ": uid=") >= 0)) {
            count(Received);
            ++m_received;
            queue(qid).receivedFrom = PickupId;
        }
        return;
    }
    // Both patterns need " connect to " and either "; address " or a " (port N)" at the end: check
    // that first, so that the regular expressions only run on lines they may match.
    if (Text::equals(cmd, "smtp") && find(rem, " connect to ") >= 0
        && (find(rem, "; address ") >= 0 || (rem.endsWith(')') && find(rem, " (port ") >= 0))) {
        // Old-style connection failures; Postfix 3 no longer logs these forms, so regexes suffice.
        static const QRegularExpression a(QStringLiteral("^.* connect to (\\S+?): ([^;]+); address \\S+ port.*$"));
        static const QRegularExpression b(QStringLiteral("^.* connect to ([^[]+)\\[\\S+?\\]: (.+?) \\(port \\d+\\)$"));
        const QString text = QString::fromLatin1(rem);
        QRegularExpressionMatch m = a.match(text);
        if (!m.hasMatch()) {
            m = b.match(text);
        }
        if (m.hasMatch()) {
            bump(SmtpFailures, sv(m.captured(2).toLower().toLatin1()), sv(m.captured(1).toLatin1()));
        }
    }
}

void LogSummary::smtpdReject(QByteArrayView rem, CounterId detail, double &counter)
{
    // proc_smtpd_reject()
    ++counter;
    count(Rejected);
    // /^.* \b(?:reject(?:_warning)?|hold|discard): (\S+) from (\S+?): (.*)$/ — rightmost keyword.
    const qsizetype n = rem.size();
    QByteArrayView type, from, rest;
    bool matched = false;
    // Candidates right to left: each ": " whose word before it, after a space, is a keyword (the
    // keywords contain neither spaces nor colons, so that word is the whole keyword).
    for (qsizetype c = rem.lastIndexOf(':'); c > 0 && !matched; c = rem.lastIndexOf(':', c - 1)) {
        if (c + 1 >= n || rem[c + 1] != ' ') {
            continue;
        }
        qsizetype k = c;
        while (k > 0 && rem[k - 1] != ' ' && rem[k - 1] != ':') {
            --k;
        }
        if (k == 0 || rem[k - 1] != ' ') {
            continue;
        }
        const QByteArrayView word = rem.sliced(k, c - k);
        if (!Text::equals(word, "reject") && !Text::equals(word, "reject_warning") && !Text::equals(word, "hold")
            && !Text::equals(word, "discard")) {
            continue;
        }
        qsizetype i = c + 2;
        const qsizetype typeStart = i;
        while (i < n && !isSpace(rem[i])) {
            ++i;
        }
        if (i == typeStart || !Text::startsWith(rem.sliced(i), " from ")) {
            continue;
        }
        const qsizetype fromStart = i + 6;
        qsizetype j = fromStart;
        while (j + 1 < n && !isSpace(rem[j]) && !(j > fromStart && rem[j] == ':' && rem[j + 1] == ' ')) {
            ++j;
        }
        if (j == fromStart || j + 1 >= n || rem[j] != ':' || rem[j + 1] != ' ') {
            continue;
        }
        type = rem.sliced(typeStart, i - typeStart);
        from = rem.sliced(fromStart, j - fromStart);
        rest = rem.sliced(j + 2);
        matched = true;
    }

    QByteArray reason = rest.toByteArray();
    if (Text::equals(type, "RCPT") || Text::equals(type, "DATA") || Text::equals(type, "CONNECT")) {
        // s/^(\d{3} <).*?(>:)/$1$2/
        if (reason.size() >= 5 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' '
            && reason[4] == '<') {
            const qsizetype close = reason.indexOf(">:", 5);
            if (close >= 0) {
                reason = reason.left(5) + reason.mid(close);
            }
        }
        // s/^(?:\d{3} \d\.\d\.\d )(Protocol error);.*$/$1/
        if (reason.size() >= 10 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' '
            && isDigit(reason[4]) && reason[5] == '.' && isDigit(reason[6]) && reason[7] == '.' && isDigit(reason[8])
            && reason[9] == ' ' && Text::startsWith(reason.mid(10), "Protocol error;")) {
            reason = "Protocol error";
        }
        // s/^(?:.*?[:;] )(?:\[[^\]]+\] )?([^;,]+)[;,].*$/$1/
        for (qsizetype e = 0; e + 1 < reason.size(); ++e) {
            if ((reason[e] != ':' && reason[e] != ';') || reason[e + 1] != ' ') {
                continue;
            }
            // The end of ([^;,]+)[;,] from start, -1 if it does not match.
            auto separatorAfter = [&](qsizetype start) -> qsizetype {
                qsizetype f = start;
                while (f < reason.size() && reason[f] != ';' && reason[f] != ',') {
                    ++f;
                }
                return f > start && f < reason.size() ? f : -1;
            };
            const qsizetype start = e + 2;
            qsizetype takeStart = -1, takeEnd = -1;
            if (start < reason.size() && reason[start] == '[') {
                const qsizetype close = reason.indexOf(']', start + 1);
                if (close > start + 1 && close + 1 < reason.size() && reason[close + 1] == ' ') {
                    takeEnd = separatorAfter(close + 2);
                    takeStart = close + 2;
                }
            }
            if (takeEnd < 0) {
                takeEnd = separatorAfter(start);
                takeStart = start;
            }
            if (takeEnd >= 0) {
                reason.truncate(takeEnd); // in place: no copy of the text
                reason.remove(0, takeStart);
                break;
            }
        }
        // s/^((?:Sender|Recipient) address rejected: [^:]+):.*$/$1/
        for (const char *prefix : {"Sender address rejected: ", "Recipient address rejected: "}) {
            const qsizetype p = qsizetype(qstrlen(prefix));
            if (reason.startsWith(prefix)) {
                const qsizetype colon = reason.indexOf(':', p);
                if (colon > p) {
                    reason.truncate(colon);
                }
            }
        }
        // s/(client|Client host|Sender address) .+? blocked/blocked/
        for (qsizetype p = 0; p < reason.size(); ++p) {
            const QByteArrayView at = QByteArrayView(reason).sliced(p);
            qsizetype kl = 0;
            for (const char *kw : {"client ", "Client host ", "Sender address "}) {
                if (at.startsWith(kw)) {
                    kl = qsizetype(qstrlen(kw));
                    break;
                }
            }
            if (kl == 0) {
                continue;
            }
            const qsizetype blocked = reason.indexOf(" blocked", p + kl + 1);
            if (blocked >= 0) {
                reason = reason.left(p) + "blocked" + reason.mid(blocked + 8);
            }
            break;
        }
    } else if (Text::equals(type, "MAIL")) {
        // s/^\d{3} (?:<.+>: )?([^;:]+)[;:]?.*$/$1/
        if (reason.size() >= 4 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' ') {
            auto upTo = [&](qsizetype start) {
                qsizetype f = start;
                while (f < reason.size() && reason[f] != ';' && reason[f] != ':') {
                    ++f;
                }
                return reason.mid(start, f - start);
            };
            bool done = false;
            if (reason.size() > 4 && reason[4] == '<') {
                for (qsizetype g = reason.lastIndexOf(">: "); g >= 6; g = reason.lastIndexOf(">: ", g - 1)) {
                    const qsizetype v = g + 3;
                    if (v < reason.size() && reason[v] != ';' && reason[v] != ':') {
                        reason = upTo(v);
                        done = true;
                        break;
                    }
                }
            }
            if (!done && reason.size() > 4 && reason[4] != ';' && reason[4] != ':') {
                reason = upTo(4);
            }
        }
    } else {
        // s/^(?:.*[:;] )?([^,]+).*$/$1/
        bool done = false;
        for (qsizetype e = reason.size() - 2; e >= 0; --e) {
            if ((reason[e] == ':' || reason[e] == ';') && reason[e + 1] == ' ' && e + 2 < reason.size()
                && reason[e + 2] != ',') {
                const qsizetype comma = reason.indexOf(',', e + 2);
                reason = reason.mid(e + 2, (comma < 0 ? reason.size() : comma) - e - 2);
                done = true;
                break;
            }
        }
        if (!done && !reason.isEmpty() && reason[0] != ',') {
            const qsizetype comma = reason.indexOf(',');
            if (comma > 0) {
                reason.truncate(comma);
            }
        }
    }

    // Recipient: to=<([^>]+)>, \d{3} <([^>]+)>: User unknown , to=<(.*?)(?:[, ]|$), else "<>".
    QByteArrayView to;
    bool haveTo = false;
    for (qsizetype t = find(rest, "to=<"); t >= 0 && !haveTo; t = find(rest, "to=<", t + 1)) {
        const qsizetype close = rest.indexOf('>', t + 4);
        if (close > t + 4) {
            to = rest.sliced(t + 4, close - t - 4);
            haveTo = true;
        }
    }
    if (!haveTo) {
        for (qsizetype u = find(rest, ">: User unknown "); u >= 0 && !haveTo;
             u = find(rest, ">: User unknown ", u + 1)) {
            const qsizetype lt = rest.lastIndexOf('<', u);
            if (lt >= 4 && lt + 1 < u && rest[lt - 1] == ' ' && isDigit(rest[lt - 2]) && isDigit(rest[lt - 3])
                && isDigit(rest[lt - 4]) && !rest.sliced(lt + 1, u - lt - 1).contains('>')) {
                to = rest.sliced(lt + 1, u - lt - 1);
                haveTo = true;
            }
        }
    }
    if (!haveTo) {
        const qsizetype t = find(rest, "to=<");
        if (t >= 0) {
            qsizetype e = t + 4;
            while (e < rest.size() && rest[e] != ',' && rest[e] != ' ') {
                ++e;
            }
            to = rest.sliced(t + 4, e - t - 4);
            haveTo = true;
        }
    }
    if (!haveTo) {
        to = "<>";
    }
    // Sender: /from=<([^>]+)>/ or "<>".
    QByteArrayView sender = "<>";
    for (qsizetype f = find(rest, "from=<"); f >= 0; f = find(rest, "from=<", f + 1)) {
        const qsizetype close = rest.indexOf('>', f + 6);
        if (close > f + 6) {
            sender = rest.sliced(f + 6, close - f - 6);
            break;
        }
    }

    std::string_view data;
    auto findCoded = [&](QByteArrayView phrase) {
        // ^.*?\d{3} (PHRASE);.*$
        for (qsizetype p = reason.indexOf(phrase); p >= 0; p = reason.indexOf(phrase, p + 1)) {
            if (p >= 4 && reason[p - 1] == ' ' && isDigit(reason[p - 2]) && isDigit(reason[p - 3])
                && isDigit(reason[p - 4]) && reason.size() > p + phrase.size() && reason[p + phrase.size()] == ';') {
                return true;
            }
        }
        return false;
    };
    if (Text::startsWith(reason, "Sender address rejected:")) {
        data = sv(sender);
    } else if (Text::startsWith(reason, "Recipient address rejected:") || Text::equals(reason, "User unknown")
               || Text::startsWith(reason, "User unknown ")) {
        data = sv(to);
    } else if (findCoded("Improper use of SMTP command pipelining")) {
        reason = "Improper use of SMTP command pipelining";
        // /^.+? from (\S+?):.*$/
        for (qsizetype f = find(rem, " from "); f >= 0; f = find(rem, " from ", f + 1)) {
            if (f < 1) {
                continue;
            }
            qsizetype e = f + 6;
            while (e < rem.size() && !isSpace(rem[e]) && !(e > f + 6 && rem[e] == ':')) {
                ++e;
            }
            if (e > f + 6 && e < rem.size() && rem[e] == ':') {
                data = sv(rem.sliced(f + 6, e - f - 6));
                break;
            }
        }
    } else if (findCoded("Message size exceeds fixed limit")) {
        reason = "Message size exceeds fixed limit";
        data = clientDomainView(from, m_text);
    } else if (findCoded("Server configuration error") || findCoded("Server configuration problem")) {
        reason = findCoded("Server configuration error") ? "(Local) Server configuration error"
                                                         : "(Local) Server configuration problem";
        data = clientDomainView(from, m_text);
    } else {
        data = clientDomainView(from, m_text);
    }
    bump(detail, sv(type), sv(reason), data);
}

int LogSummary::rejectedPercent() const
{
    const double total = m_delivered + m_rejected + m_discarded;
    return total > 0 ? int((m_rejected / total) * 100) : 0;
}

int LogSummary::discardedPercent() const
{
    const double total = m_delivered + m_rejected + m_discarded;
    return total > 0 ? int((m_discarded / total) * 100) : 0;
}

QByteArray LogSummary::pflogsummReport() const
{
    auto units = [](double value, char *unit) {
        *unit = ' ';
        if (value > 536870912) {
            value /= 1048576;
            *unit = 'm';
        } else if (value > 524288) {
            value /= 1024;
            *unit = 'k';
        }
        return static_cast<long long>(value);
    };
    auto line = [](const QByteArray &number, const char *label) {
        return " " + number + "  " + label + "\n";
    };

    QByteArray out = subsectionTitle("Grand Totals");
    out += "messages\n\n";
    out += line(intUnits(m_received), "received");
    out += line(intUnits(m_delivered), "delivered");
    out += line(intUnits(m_forwarded), "forwarded");
    out += " " + intUnits(m_deferredMessages) + "  deferred";
    if (m_deferrals > 0) {
        char u;
        const long long v = units(m_deferrals, &u);
        out += "  (" + QByteArray::number(v) + u + " deferrals)";
    }
    out += "\n";
    out += line(intUnits(m_bounced), "bounced");
    out += " " + intUnits(m_rejected) + "  rejected (" + QByteArray::number(rejectedPercent()) + "%)\n";
    out += line(intUnits(m_rejectWarnings), "reject warnings");
    out += line(intUnits(m_held), "held");
    out += " " + intUnits(m_discarded) + "  discarded (" + QByteArray::number(discardedPercent()) + "%)\n";
    out += "\n";
    out += line(intUnits(m_bytesReceived), "bytes received");
    out += line(intUnits(m_bytesDelivered), "bytes delivered");
    out += line(intUnits(double(m_senderCount)), "senders");
    out += line(intUnits(double(m_sendingDomainCount)), "sending hosts/domains");
    out += line(intUnits(double(m_recipientCount)), "recipients");
    out += line(intUnits(double(m_recipientDomainCount)), "recipient hosts/domains");
    out += "\n";

    if (m_dayCount > 1) {
        out += subsectionTitle("Per-Day Traffic Summary");
        out += "    date          received  delivered   deferred    bounced     rejected\n"
               "    --------------------------------------------------------------------\n";
        for (const auto &[key, day] : m_perDay) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "    %s %2d %d", monthNames[(key / 100) % 100 - 1], key % 100, key / 10000);
            out += buf;
            for (int c = 0; c < day.columns; ++c) {
                out += "    " + intUnits(day.counts[size_t(c)]);
            }
            out += "\n";
        }
    }

    out += subsectionTitle(m_dayCount > 1 ? "Per-Hour Traffic Daily Average" : "Per-Hour Traffic Summary");
    out += "    time          received  delivered   deferred    bounced     rejected\n"
           "    --------------------------------------------------------------------\n";
    for (int hour = 0; hour < 24; ++hour) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "    %02d00-%02d00  ", hour, hour + 1);
        out += buf;
        for (double value : m_perHour[size_t(hour)]) {
            if (m_dayCount) {
                value = value / m_dayCount + 0.5;
            }
            out += "    " + intUnits(value);
        }
        out += "\n";
    }

    // Host/domain summaries: by count, then size, highest first (pflogsumm leaves ties unordered).
    auto byCountThenSize = [](const QMap<QByteArray, Traffic> &map) {
        QList<std::pair<QByteArray, Traffic>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            list.append({it.key(), it.value()});
        }
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            if (a.second.count != b.second.count) {
                return a.second.count > b.second.count;
            }
            return a.second.size > b.second.size;
        });
        return list;
    };
    out += subsectionTitle("Host/Domain Summary: Message Delivery ");
    out += " sent cnt  bytes   defers   avg dly max dly host/domain\n"
           " -------- -------  -------  ------- ------- -----------\n";
    for (const auto &[domain, t] : byCountThenSize(recipientDomainTraffic())) {
        const double avg = t.count ? t.delaySum / t.count : 0;
        out += " " + intUnits(t.count) + "  " + intUnits(t.size) + "  " + intUnits(t.defers) + "  " + timeUnits(avg)
            + "  " + timeUnits(t.delayMax) + "  " + domain + "\n";
    }
    out += subsectionTitle("Host/Domain Summary: Messages Received ");
    out += " msg cnt   bytes   host/domain\n"
           " -------- -------  -----------\n";
    for (const auto &[domain, t] : byCountThenSize(sendingDomainTraffic())) {
        out += " " + intUnits(t.count) + "  " + intUnits(t.size) + "  " + domain + "\n";
    }

    auto userData = [](const StringMap<Traffic> &map, const QByteArray &title, bool bySize) {
        if (map.empty()) {
            return "\n" + title + ": none\n";
        }
        std::vector<CountEntry> entries;
        entries.reserve(map.size());
        for (const auto &[key, t] : map) {
            entries.push_back({bySize ? t.size : t.count, key, {}});
        }
        return "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n" + countLines(entries, " ");
    };
    out += userData(m_senders, "Senders by message count", false);
    out += userData(m_recipients, "Recipients by message count", false);
    out += userData(m_senders, "Senders by message size", true);
    out += userData(m_recipients, "Recipients by message size", true);

    if (!m_noSize.isEmpty()) {
        const QByteArray title = "Messages with no size data";
        out += "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
        for (auto it = m_noSize.cbegin(); it != m_noSize.cend(); ++it) {
            out += " " + it.key() + "  " + it.value() + "\n";
        }
    }

    const Details &d = details();
    out += nested2(d.deferralReasons, "message deferral detail");
    out += nested2(d.bounceReasons, "message bounce detail (by relay)");
    out += nested3(d.rejects, "message reject detail");
    out += nested3(d.warns, "message reject warning detail");
    out += nested3(d.holds, "message hold detail");
    out += nested3(d.discards, "message discard detail");
    out += nested2(d.smtpFailures, "smtp delivery failures");
    out += nested2(d.warnings, "Warnings");
    out += nested2(d.fatals, "Fatal Errors");
    out += nested2(d.panics, "Panics");
    if (d.master.isEmpty()) {
        out += "\nMaster daemon messages: none\n";
    } else {
        const QByteArray title = "Master daemon messages";
        out += "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
        out += countLines(d.master, " ", [](qint64 v) { return double(v); });
    }
    return out;
}

QJsonObject LogSummary::toJson(int top) const
{
    auto topList = [top](const QMap<QByteArray, Traffic> &map, bool withDelays) {
        QList<std::pair<QByteArray, Traffic>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            list.append({it.key(), it.value()});
        }
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            if (a.second.count != b.second.count) {
                return a.second.count > b.second.count;
            }
            if (a.second.size != b.second.size) {
                return a.second.size > b.second.size;
            }
            return a.first < b.first;
        });
        QJsonArray arr;
        for (const auto &[name, t] : list) {
            if (top >= 0 && arr.size() >= top) {
                break;
            }
            QJsonObject o {{QStringLiteral("name"), QString::fromUtf8(name)},
                           {QStringLiteral("messages"), t.count},
                           {QStringLiteral("bytes"), t.size}};
            if (withDelays) {
                o.insert(QStringLiteral("deferrals"), t.defers);
                o.insert(QStringLiteral("average_delay"), t.count ? t.delaySum / t.count : 0.0);
                o.insert(QStringLiteral("max_delay"), t.delayMax);
            }
            arr.append(o);
        }
        return arr;
    };
    auto detail2 = [](const Detail2 &d) {
        QJsonObject o;
        for (auto it = d.cbegin(); it != d.cend(); ++it) {
            QJsonObject inner;
            for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
                inner.insert(QString::fromUtf8(r.key()), r.value());
            }
            o.insert(QString::fromUtf8(it.key()), inner);
        }
        return o;
    };
    auto detail3 = [](const Detail3 &d) {
        QJsonObject o;
        for (auto it = d.cbegin(); it != d.cend(); ++it) {
            QJsonObject reasons;
            for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
                qint64 total = 0;
                for (qint64 v : r.value()) {
                    total += v;
                }
                reasons.insert(QString::fromUtf8(r.key()), total);
            }
            o.insert(QString::fromUtf8(it.key()), reasons);
        }
        return o;
    };
    QJsonArray hours;
    for (const auto &h : m_perHour) {
        hours.append(QJsonArray {h[Received], h[Delivered], h[Deferred], h[Bounced], h[Rejected]});
    }
    QJsonArray days;
    for (const auto &[key, day] : m_perDay) {
        days.append(QJsonObject {
            {QStringLiteral("date"),
             QStringLiteral("%1-%2-%3")
                 .arg(key / 10000, 4, 10, QLatin1Char('0'))
                 .arg((key / 100) % 100, 2, 10, QLatin1Char('0'))
                 .arg(key % 100, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("received"), day.counts[Received]},
            {QStringLiteral("delivered"), day.counts[Delivered]},
            {QStringLiteral("deferred"), day.counts[Deferred]},
            {QStringLiteral("bounced"), day.counts[Bounced]},
            {QStringLiteral("rejected"), day.counts[Rejected]},
        });
    }
    QJsonArray delays;
    for (size_t i = 0; i < DelayBounds.size(); ++i) {
        QJsonObject bucket {{QStringLiteral("messages"), m_delayHistogram[i]}};
        if (i + 1 < DelayBounds.size()) {
            bucket.insert(QStringLiteral("up_to_seconds"), DelayBounds[i]);
        }
        delays.append(bucket);
    }
    return QJsonObject {
        {QStringLiteral("received"), m_received},
        {QStringLiteral("delivered"), m_delivered},
        {QStringLiteral("forwarded"), m_forwarded},
        {QStringLiteral("deferred"), m_deferredMessages},
        {QStringLiteral("deferrals"), m_deferrals},
        {QStringLiteral("bounced"), m_bounced},
        {QStringLiteral("rejected"), m_rejected},
        {QStringLiteral("rejected_percent"), rejectedPercent()},
        {QStringLiteral("reject_warnings"), m_rejectWarnings},
        {QStringLiteral("held"), m_held},
        {QStringLiteral("discarded"), m_discarded},
        {QStringLiteral("discarded_percent"), discardedPercent()},
        {QStringLiteral("bytes_received"), m_bytesReceived},
        {QStringLiteral("bytes_delivered"), m_bytesDelivered},
        {QStringLiteral("senders"), m_senderCount},
        {QStringLiteral("sending_domains"), m_sendingDomainCount},
        {QStringLiteral("recipients"), m_recipientCount},
        {QStringLiteral("recipient_domains"), m_recipientDomainCount},
        {QStringLiteral("days"), m_dayCount},
        {QStringLiteral("per_hour"), hours},
        {QStringLiteral("per_day"), days},
        {QStringLiteral("delivery_delays"), delays},
        {QStringLiteral("top_senders"), topList(senderTraffic(), false)},
        {QStringLiteral("top_sending_domains"), topList(sendingDomainTraffic(), false)},
        {QStringLiteral("top_recipients"), topList(recipientTraffic(), false)},
        {QStringLiteral("top_recipient_domains"), topList(recipientDomainTraffic(), true)},
        {QStringLiteral("reject_reasons"), detail3(rejectDetail())},
        {QStringLiteral("reject_warning_reasons"), detail3(rejectWarningDetail())},
        {QStringLiteral("deferral_reasons"), detail2(deferralDetail())},
        {QStringLiteral("bounce_reasons"), detail2(bounceDetail())},
    };
}

} // namespace Mailroom
