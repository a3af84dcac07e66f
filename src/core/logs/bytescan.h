// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Scans for the short distances inside one log line (a host name, a program, a field value),
// sixteen bytes at a time: memchr's set-up costs more than these few bytes, a byte loop more
// than one vector compare. Reads only inside [from, n).
namespace Mailroom::ByteScan {

// The first position in s[from, n) holding a, b or c; n if there is none.
inline qsizetype findAny(const char *s, qsizetype from, qsizetype n, char a, char b, char c)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    const __m128i vc = _mm_set1_epi8(c);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0) {
            return i + std::countr_zero(unsigned(mask));
        }
    }
#endif
    while (i < n && s[i] != a && s[i] != b && s[i] != c) {
        ++i;
    }
    return i;
}

inline qsizetype find(const char *s, qsizetype from, qsizetype n, char a)
{
    return findAny(s, from, n, a, a, a);
}

// The first position in s[from, n) of ", " (the separator of Postfix's fields); n if none.
inline qsizetype findFieldEnd(const char *s, qsizetype from, qsizetype n)
{
    for (qsizetype i = find(s, from, n, ','); i < n; i = find(s, i + 1, n, ',')) {
        if (i + 1 < n && s[i + 1] == ' ') {
            return i;
        }
    }
    return n;
}

} // namespace Mailroom::ByteScan
