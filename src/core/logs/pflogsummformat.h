// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/perlcompat.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

// The number formats and listings of pflogsumm's report (adj_int_units(), adj_time_units(),
// really_print_hash_by_cnt_vals()), byte for byte. Inline: a report can have a million lines.

namespace Mailroom::PflogsummFormat {

// adj_int_units() + printf "%6d%s" into w, which has room for 32 bytes; returns the end.
inline char *writeIntUnits(char *w, double value)
{
    char units = ' ';
    if (value > 536870912) {
        value /= 1048576;
        units = 'm';
    } else if (value > 524288) {
        value /= 1024;
        units = 'k';
    }
    const long long v = static_cast<long long>(value);
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
    for (int pad = n; pad < 6; ++pad) {
        *w++ = ' ';
    }
    while (n) {
        *w++ = digits[--n];
    }
    *w++ = units;
    return w;
}

inline void appendIntUnits(QByteArray &out, double value)
{
    char buf[32];
    out.append(buf, writeIntUnits(buf, value) - buf);
}

inline QByteArray intUnits(double value)
{
    QByteArray out;
    appendIntUnits(out, value);
    return out;
}

inline QByteArray timeUnits(double value)
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

inline QByteArray subsectionTitle(const QByteArray &title)
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
    double other = 0; // a second value to list by (sizes after counts), see swapValues()
    quint32 rank = 0; // place by (norm, key) once rankByName() has run; 0 before
};

// Bytes [at, at + 8) of a string as a big-endian number, zeros past its end: numbers compare as
// the bytes do (unsigned, like std::string's compare).
inline quint64 bigEndianChunk(std::string_view s, size_t at)
{
    unsigned char bytes[8] = {};
    if (at < s.size()) {
        std::memcpy(bytes, s.data() + at, std::min<size_t>(8, s.size() - at));
    }
    quint64 v = 0;
    for (unsigned char b : bytes) {
        v = (v << 8) | b;
    }
    return v;
}

// Numbers the entries by (norm, key), so that the sorts by value that follow compare integers on
// ties instead of strings: one sort by name serves any number of lists of the same entries.
// Sorted eight bytes of the norms at a time (a multikey sort): each pass orders a group by the
// next eight bytes as a number and how many bytes are left (a string that ends first is
// smaller), and only groups still equal go on to the next eight, instead of comparing whole
// strings that share long prefixes (every address of a domain begins with the domain).
inline void rankByName(std::vector<CountEntry> &entries)
{
    struct Item
    {
        quint64 chunk;
        quint32 left; // bytes left from this pass on, 9 for "more than these eight"
        quint32 entry;
    };
    std::vector<Item> items(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        items[i].entry = quint32(i);
    }
    struct Group
    {
        size_t first, last, depth;
    };
    std::vector<Group> todo {{0, items.size(), 0}};
    while (!todo.empty()) {
        const Group g = todo.back();
        todo.pop_back();
        for (size_t i = g.first; i < g.last; ++i) {
            const std::string &norm = entries[items[i].entry].norm;
            items[i].chunk = bigEndianChunk(norm, g.depth);
            items[i].left = quint32(std::min<size_t>(norm.size() - std::min(norm.size(), g.depth), 9));
        }
        std::sort(
            items.begin() + qsizetype(g.first), items.begin() + qsizetype(g.last),
            [](const Item &a, const Item &b) { return a.chunk != b.chunk ? a.chunk < b.chunk : a.left < b.left; });
        for (size_t i = g.first; i < g.last;) {
            size_t j = i + 1;
            while (j < g.last && items[j].chunk == items[i].chunk && items[j].left == items[i].left) {
                ++j;
            }
            if (j - i > 1) {
                if (items[i].left > 8) {
                    todo.push_back({i, j, g.depth + 8});
                } else { // equal norms: by key
                    std::sort(
                        items.begin() + qsizetype(i), items.begin() + qsizetype(j),
                        [&](const Item &a, const Item &b) { return entries[a.entry].key < entries[b.entry].key; });
                }
            }
            i = j;
        }
    }
    for (size_t i = 0; i < items.size(); ++i) {
        entries[items[i].entry].rank = quint32(i + 1);
    }
}

// Sorts records by key, smallest first, keeping the order of equal keys: a byte at a time from
// the lowest (LSD radix sort), skipping the bytes all keys share. Linear where a comparison sort
// of a million addresses' counts is not.
struct RadixRecord
{
    quint64 key;
    quint32 index;
};

inline void radixSort(std::vector<RadixRecord> &records)
{
    const size_t n = records.size();
    std::vector<std::array<size_t, 256>> counts(8);
    for (const RadixRecord &r : records) {
        for (int b = 0; b < 8; ++b) {
            ++counts[size_t(b)][(r.key >> (8 * b)) & 0xff];
        }
    }
    std::vector<RadixRecord> other(n);
    for (int b = 0; b < 8; ++b) {
        std::array<size_t, 256> &count = counts[size_t(b)];
        if (std::find(count.begin(), count.end(), n) != count.end()) {
            continue; // every key has the same byte here
        }
        size_t at = 0;
        for (size_t &c : count) {
            const size_t here = c;
            c = at;
            at += here;
        }
        for (const RadixRecord &r : records) {
            other[count[(r.key >> (8 * b)) & 0xff]++] = r;
        }
        records.swap(other);
    }
}

// A key that radixSort() puts in order of value, highest first (values are counts and sizes:
// finite; -0 is 0).
inline quint64 descendingKey(double value)
{
    if (value == 0) {
        value = 0;
    }
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    bits = (bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63); // ascending as an integer
    return ~bits;
}

// The lines of entries whose norm is computed (or which are ranked), sorted. Ranked entries are
// put in their rank's place, then in order of value by radixSort(), which keeps the ranks'
// order among equal values; they are listed through that order instead of being moved
// themselves (each holds a string).
inline QByteArray sortedCountLines(std::vector<CountEntry> &entries, const QByteArray &indent)
{
    std::vector<RadixRecord> order;
    const bool ranked = !entries.empty() && entries.front().rank != 0;
    if (ranked) {
        order.resize(entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            order[entries[i].rank - 1] = {descendingKey(entries[i].value), quint32(i)};
        }
        radixSort(order);
    } else {
        std::sort(entries.begin(), entries.end(), [](const CountEntry &a, const CountEntry &b) {
            if (a.value != b.value) {
                return a.value > b.value;
            }
            if (const int c = a.norm.compare(b.norm); c != 0) {
                return c < 0;
            }
            return a.key < b.key;
        });
    }
    // Written into one buffer sized for the longest number: a report can list a million lines.
    size_t bound = 0;
    for (const CountEntry &e : entries) {
        bound += size_t(indent.size()) + 32 + 2 + e.key.size() + 1;
    }
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    char *w = out.data();
    for (size_t k = 0; k < entries.size(); ++k) {
        const CountEntry &e = ranked ? entries[order[k].index] : entries[k];
        std::memcpy(w, indent.constData(), size_t(indent.size()));
        w += indent.size();
        w = writeIntUnits(w, e.value);
        *w++ = ' ';
        *w++ = ' ';
        std::memcpy(w, e.key.data(), e.key.size());
        w += e.key.size();
        *w++ = '\n';
    }
    out.truncate(qsizetype(w - out.constData()));
    return out;
}

inline QByteArray countLines(std::vector<CountEntry> &entries, const QByteArray &indent)
{
    for (CountEntry &e : entries) {
        e.norm = Perl::normalizeHost(e.key);
    }
    return sortedCountLines(entries, indent);
}

} // namespace Mailroom::PflogsummFormat
