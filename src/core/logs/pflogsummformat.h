// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/logsummary.h"
#include "logs/perlcompat.h"

#include <QByteArray>
#include <QMap>

#include <algorithm>
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

// Numbers the entries by (norm, key), so that the sorts by value that follow compare integers on
// ties instead of strings: one sort by name serves any number of lists of the same entries.
inline void rankByName(std::vector<CountEntry> &entries)
{
    std::vector<CountEntry *> byName(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        byName[i] = &entries[i];
    }
    std::sort(byName.begin(), byName.end(), [](const CountEntry *a, const CountEntry *b) {
        if (const int c = a->norm.compare(b->norm); c != 0) {
            return c < 0;
        }
        return a->key < b->key;
    });
    for (size_t i = 0; i < byName.size(); ++i) {
        byName[i]->rank = quint32(i + 1);
    }
}

// The lines of entries whose norm is computed (or which are ranked), sorted (in place).
inline QByteArray sortedCountLines(std::vector<CountEntry> &entries, const QByteArray &indent)
{
    if (!entries.empty() && entries.front().rank != 0) {
        std::sort(entries.begin(), entries.end(), [](const CountEntry &a, const CountEntry &b) {
            return a.value != b.value ? a.value > b.value : a.rank < b.rank;
        });
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
    for (const CountEntry &e : entries) {
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

template<typename Value>
inline QByteArray countLines(const QMap<QByteArray, Value> &hash, const QByteArray &indent, auto valueOf)
{
    std::vector<CountEntry> entries;
    entries.reserve(size_t(hash.size()));
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        entries.push_back(
            {double(valueOf(it.value())), std::string_view(it.key().constData(), size_t(it.key().size())), {}});
    }
    return countLines(entries, indent);
}

inline QByteArray nested2(const LogSummary::Detail2 &hash, const QByteArray &title)
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

inline QByteArray nested3(const LogSummary::Detail3 &hash, const QByteArray &title)
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

} // namespace Mailroom::PflogsummFormat
