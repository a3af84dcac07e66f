// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/logsummary.h"
#include "logs/perlcompat.h"

#include <QByteArray>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

// The number formats and listings of pflogsumm's report (adj_int_units(), adj_time_units(),
// really_print_hash_by_cnt_vals()), byte for byte. Inline: a report can have a million lines.

namespace Mailroom::PflogsummFormat {

inline void appendIntUnits(QByteArray &out, double value);
inline QByteArray intUnits(double value)
{
    QByteArray out;
    appendIntUnits(out, value);
    return out;
}

inline void appendIntUnits(QByteArray &out, double value)
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
};
// The lines of entries whose norm is computed, sorted (in place).
inline QByteArray sortedCountLines(std::vector<CountEntry> &entries, const QByteArray &indent)
{
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
