// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/unifieddiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace Mailroom {

namespace {

// Lines keep their '\n' so that a last line without one differs from the same line with one.
QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

enum class Op
{
    Equal,
    Delete,
    Insert
};

struct Step
{
    Op op;
    int oldIndex; // line index in the old text (Equal, Delete) or insertion position
    int newIndex; // line index in the new text (Equal, Insert) or deletion position
};

// Myers' greedy diff on a[lo..] / b[lo..] after common prefix and suffix are removed.
QList<Step> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a.at(prefix) == b.at(prefix)) {
        ++prefix;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a.at(n - 1 - suffix) == b.at(m - 1 - suffix)) {
        ++suffix;
    }
    const int N = n - prefix - suffix;
    const int M = m - prefix - suffix;
    auto A = [&](int i) -> const QByteArray & {
        return a.at(prefix + i);
    };
    auto B = [&](int j) -> const QByteArray & {
        return b.at(prefix + j);
    };

    const int max = N + M;
    std::vector<int> v(2 * max + 2, 0);
    std::vector<std::vector<int>> trace;
    const int off = max + 1;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            int y = x - k;
            while (x < N && y < M && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[off + k] = x;
            if (x >= N && y >= M) {
                done = true;
                break;
            }
        }
        if (done) {
            break;
        }
    }

    QList<Step> middle;
    int x = N;
    int y = M;
    for (int d = int(trace.size()) - 1; d >= 0; --d) {
        const std::vector<int> &vd = trace[d];
        const int k = x - y;
        const int prevK = (k == -d || (k != d && vd[off + k - 1] < vd[off + k + 1])) ? k + 1 : k - 1;
        const int prevX = vd[off + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            middle.append({Op::Equal, prefix + x, prefix + y});
        }
        if (d > 0) {
            if (x == prevX) {
                middle.append({Op::Insert, prefix + x, prefix + prevY});
            } else {
                middle.append({Op::Delete, prefix + prevX, prefix + y});
            }
        }
        x = prevX;
        y = prevY;
    }
    std::reverse(middle.begin(), middle.end());

    QList<Step> steps;
    for (int i = 0; i < prefix; ++i) {
        steps.append({Op::Equal, i, i});
    }
    // Within each run of changes, removed lines first, then added ones (as diff -u prints them).
    for (qsizetype i = 0; i < middle.size();) {
        if (middle.at(i).op == Op::Equal) {
            steps.append(middle.at(i++));
            continue;
        }
        qsizetype j = i;
        while (j < middle.size() && middle.at(j).op != Op::Equal) {
            ++j;
        }
        for (qsizetype t = i; t < j; ++t) {
            if (middle.at(t).op == Op::Delete) {
                steps.append(middle.at(t));
            }
        }
        for (qsizetype t = i; t < j; ++t) {
            if (middle.at(t).op == Op::Insert) {
                steps.append(middle.at(t));
            }
        }
        i = j;
    }
    for (int i = 0; i < suffix; ++i) {
        steps.append({Op::Equal, n - suffix + i, m - suffix + i});
    }
    return steps;
}

QByteArray range(int start, int count)
{
    // diff -u: "l" for one line, "l,n" otherwise; an empty range names the line before it.
    if (count == 1) {
        return QByteArray::number(start + 1);
    }
    return QByteArray::number(count == 0 ? start : start + 1) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray &out, char prefix, const QByteArray &line)
{
    out += prefix;
    out += line;
    if (!line.endsWith('\n')) {
        out += "\n\\ No newline at end of file\n";
    }
}

} // namespace

QByteArray UnifiedDiff::diff(const QByteArray &oldText, const QByteArray &newText, const QByteArray &oldLabel,
                             const QByteArray &newLabel, int context)
{
    if (oldText == newText) {
        return {};
    }
    context = std::max(context, 0);
    const QList<QByteArray> a = splitLines(oldText);
    const QList<QByteArray> b = splitLines(newText);
    const QList<Step> steps = editScript(a, b);

    QList<qsizetype> changes;
    // Lines of each text before each step, for the hunk headers.
    QList<int> oldBefore(steps.size() + 1, 0);
    QList<int> newBefore(steps.size() + 1, 0);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).op != Op::Equal) {
            changes.append(i);
        }
        oldBefore[i + 1] = oldBefore.at(i) + (steps.at(i).op != Op::Insert);
        newBefore[i + 1] = newBefore.at(i) + (steps.at(i).op != Op::Delete);
    }

    QByteArray out = "--- " + oldLabel + "\n+++ " + newLabel + '\n';
    for (qsizetype c = 0; c < changes.size();) {
        qsizetype last = c;
        while (last + 1 < changes.size() && changes.at(last + 1) - changes.at(last) - 1 <= 2 * context) {
            ++last;
        }
        const qsizetype from = std::max<qsizetype>(0, changes.at(c) - context);
        const qsizetype to = std::min<qsizetype>(steps.size() - 1, changes.at(last) + context);

        const int oldCount = oldBefore.at(to + 1) - oldBefore.at(from);
        const int newCount = newBefore.at(to + 1) - newBefore.at(from);
        out += "@@ -" + range(oldBefore.at(from), oldCount) + " +" + range(newBefore.at(from), newCount) + " @@\n";
        for (qsizetype i = from; i <= to; ++i) {
            const Step &s = steps.at(i);
            switch (s.op) {
            case Op::Equal:
                appendLine(out, ' ', a.at(s.oldIndex));
                break;
            case Op::Delete:
                appendLine(out, '-', a.at(s.oldIndex));
                break;
            case Op::Insert:
                appendLine(out, '+', b.at(s.newIndex));
                break;
            }
        }
        c = last + 1;
    }
    return out;
}

} // namespace Mailroom
