// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <mutex>
#include <vector>

namespace Mailroom {

// The bytes [0, total) of a text, handed to threads in blocks that end at line ends: each thread
// reads its own range block by block, and a thread whose range is done takes the later half of
// the range with the most left as a range of its own (work stealing), so that no core waits
// while another still has much to read. Every byte is handed out once, and the ranges, ordered
// by where they begin, cover the text without gaps: counts of the ranges merged in that order
// are those of one pass (LogSummary::addTexts()).
class LineRanges
{
public:
    // cuts: the first ranges' boundaries, ascending, from 0 to the total, each at a line end;
    // lineEnd(at): the offset after the first line end at or after `at` (the text's end if none;
    // the end of one of several texts counts as a line end).
    LineRanges(const std::vector<qint64> &cuts, qint64 blockBytes, std::function<qint64(qint64)> lineEnd)
        : m_block(std::max<qint64>(1, blockBytes))
        , m_lineEnd(std::move(lineEnd))
    {
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            m_ranges.push_back({cuts[i], cuts[i], cuts[i + 1]});
        }
    }

    // The next block of range r as [*from, *to); false once the range is done (its end may have
    // moved: a later part of it is another thread's range now).
    bool next(size_t r, qint64 *from, qint64 *to)
    {
        const std::lock_guard lock(m_mutex);
        Range &range = m_ranges[r];
        if (range.next >= range.end) {
            return false;
        }
        *from = range.next;
        *to = range.next + m_block >= range.end ? range.end : std::min(range.end, m_lineEnd(range.next + m_block));
        range.next = *to;
        return true;
    }

    // The later half of the range with the most bytes left becomes a new range; its number, or
    // -1 when no range has at least two blocks left.
    qint64 steal()
    {
        const std::lock_guard lock(m_mutex);
        size_t most = m_ranges.size();
        qint64 left = 0;
        for (size_t r = 0; r < m_ranges.size(); ++r) {
            if (m_ranges[r].end - m_ranges[r].next > left) {
                left = m_ranges[r].end - m_ranges[r].next;
                most = r;
            }
        }
        if (most == m_ranges.size() || left < 2 * m_block) {
            return -1;
        }
        Range &victim = m_ranges[most];
        const qint64 middle = m_lineEnd(victim.next + left / 2);
        if (middle <= victim.next || middle >= victim.end) {
            return -1;
        }
        m_ranges.push_back({middle, middle, victim.end});
        m_ranges[most].end = middle; // `victim` may have moved with the push
        return qint64(m_ranges.size() - 1);
    }

    // Where range r begins, and its size now (less once a part of it was taken).
    qint64 begin(size_t r) const
    {
        const std::lock_guard lock(m_mutex);
        return m_ranges[r].begin;
    }
    qint64 bytes(size_t r) const
    {
        const std::lock_guard lock(m_mutex);
        return m_ranges[r].end - m_ranges[r].begin;
    }
    size_t count() const
    {
        const std::lock_guard lock(m_mutex);
        return m_ranges.size();
    }

private:
    struct Range
    {
        qint64 begin, next, end;
    };
    const qint64 m_block;
    const std::function<qint64(qint64)> m_lineEnd;
    mutable std::mutex m_mutex;
    std::vector<Range> m_ranges;
};

} // namespace Mailroom
