// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstring>

namespace Mailroom::Text {

// Prefix and equality tests against string literals, inline: QByteArrayView's own run out of
// line and measure the literal each time, and the log engine makes several per line.
template<size_t N> inline bool startsWith(QByteArrayView text, const char (&literal)[N])
{
    return text.size() >= qsizetype(N - 1) && std::memcmp(text.data(), literal, N - 1) == 0;
}
inline bool startsWith(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), size_t(prefix.size())) == 0;
}
template<size_t N> inline bool equals(QByteArrayView text, const char (&literal)[N])
{
    return text.size() == qsizetype(N - 1) && std::memcmp(text.data(), literal, N - 1) == 0;
}

// How rare a byte is in a mail log line, for find(): punctuation that marks fields is rare,
// letters are common, and an address's '<' rarer than the '=' of every field.
constexpr int rarity(char c)
{
    switch (c) {
    case '<':
        return 4; // one or two a line ("to=<", "from=<"), where '=' separates every field
    case '>':
    case '=':
    case '[':
    case ']':
    case ';':
    case '(':
    case ')':
    case '@':
        return 3;
    case ':':
    case ',':
    case '/':
        return 2;
    case ' ':
    case '.':
        return 0;
    default:
        return 1;
    }
}

// Substring search: memchr (vectorized) for the needle's rarest byte, then a comparison. On the
// short lines of a mail log this beats memmem, whose set-up costs more than the line.
inline qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    const qsizetype n = haystack.size();
    const qsizetype m = needle.size();
    if (from < 0 || from > n || m > n - from) {
        return -1;
    }
    if (m == 0) {
        return from;
    }
    // One table lookup per byte of the needle (a switch per byte cost more than the search).
    static constexpr auto rarities = [] {
        std::array<quint8, 256> t {};
        for (int c = 0; c < 256; ++c) {
            t[size_t(c)] = quint8(rarity(char(c)));
        }
        return t;
    }();
    const auto *const u = reinterpret_cast<const uchar *>(needle.data());
    qsizetype r = 0;
    quint8 best = rarities[u[0]];
    for (qsizetype k = 1; k < m; ++k) {
        if (rarities[u[k]] > best) {
            best = rarities[u[k]];
            r = k;
        }
    }
    const char *const h = haystack.data();
    const char *const key = needle.data();
    const char *p = h + from + r;
    const char *const last = h + n - (m - r); // the rarest byte of the last possible match
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, key[r], size_t(last - p + 1)));
        if (!p) {
            return -1;
        }
        if (std::memcmp(p - r, key, size_t(m)) == 0) {
            return qsizetype(p - r - h);
        }
        ++p;
    }
    return -1;
}

// A needle known at compile time, for find<"needle">(haystack): its rarest byte is chosen once
// and its comparison is inlined. The hot loops of the pflogsumm summary search several per line.
template<size_t N> struct Needle
{
    static_assert(N > 1, "an empty needle");
    static constexpr qsizetype size = qsizetype(N - 1);
    char text[N - 1] {};
    qsizetype rare = 0;
    consteval Needle(const char (&literal)[N])
    {
        for (size_t k = 0; k + 1 < N; ++k) {
            text[k] = literal[k];
            if (rarity(text[k]) > rarity(text[rare])) {
                rare = qsizetype(k);
            }
        }
    }
};

template<Needle needle> inline qsizetype find(QByteArrayView haystack, qsizetype from = 0)
{
    constexpr qsizetype m = needle.size;
    constexpr qsizetype r = needle.rare;
    const qsizetype n = haystack.size();
    if (from < 0 || m > n - from) {
        return -1;
    }
    const char *const h = haystack.data();
    const char *p = h + from + r;
    const char *const last = h + n - (m - r);
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, needle.text[r], size_t(last - p + 1)));
        if (!p) {
            return -1;
        }
        if (std::memcmp(p - r, needle.text, size_t(m)) == 0) {
            return qsizetype(p - r - h);
        }
        ++p;
    }
    return -1;
}

} // namespace Mailroom::Text
