// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <string_view>

// Perl's behaviour where pflogsumm's numbers and sort orders depend on it: numeric values of
// strings, its string trimmers, normalize_host() and gimme_domain(). Inline on purpose: they run
// for almost every counted line and LogSummary's tuning relies on the compiler seeing them.

namespace Mailroom::Perl {

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
inline size_t lowerDomainPart(QByteArrayView addr, std::string &out)
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
inline double perlNumber(QByteArrayView v)
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

// string_trimmer(), into a reused buffer when it shortens.
inline std::string_view trimString(QByteArrayView s, qsizetype maxLength, std::string &buffer)
{
    if (s.size() > maxLength) {
        buffer.assign(s.data(), size_t(maxLength - 3));
        buffer += "...";
        return buffer;
    }
    return sv(s);
}

// said_string_trimmer()
inline QByteArray trimSaid(QByteArray s, qsizetype maxLength)
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
inline QByteArray stripCode(const QByteArray &s)
{
    if (s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && s[3] == ' ') {
        return s.mid(4);
    }
    return s;
}

// pflogsumm's normalize_host(), as bytes (Perl's cmp compares them unsigned), for sorting ties.
inline std::string normalizeHost(std::string_view s)
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

// gimme_domain(), as a view into the text or, when it lowercases, into buffer.
inline std::string_view clientDomainView(QByteArrayView s, std::string &buffer)
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

} // namespace Mailroom::Perl
