// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Mailroom::Bench {

// Sorts runs of consecutive detail lines with the same indentation and count: pflogsumm orders
// entries of equal count by a normalized host key and leaves equal keys in hash order.
inline QStringList sortedEqualCountRuns(const QStringList &lines)
{
    static const QRegularExpression leaf(QStringLiteral("^( +\\d+[ km])  "));
    QStringList out;
    QStringList run;
    QString runKey;
    auto flush = [&] {
        std::sort(run.begin(), run.end());
        out += run;
        run.clear();
        runKey.clear();
    };
    for (const QString &line : lines) {
        const auto m = leaf.match(line);
        if (!m.hasMatch()) {
            flush();
            out.append(line);
            continue;
        }
        if (m.captured(1) != runKey) {
            flush();
            runKey = m.captured(1);
        }
        run.append(line);
    }
    flush();
    return out;
}

// A pflogsumm report prepared for comparison: the year in per-day dates is dropped (pflogsumm
// guesses it from today's date) and the lines of the two host/domain summaries are sorted
// (pflogsumm prints their ties in Perl hash order, which changes from run to run).
inline QStringList normalizedPflogsummReport(const QByteArray &report)
{
    static const QRegularExpression perDay(QStringLiteral("^(    \\w{3} [ \\d]\\d) \\d{4}"));
    const QStringList lines = QString::fromUtf8(report).split(QLatin1Char('\n'));
    QStringList out;
    QStringList block;
    bool inDomains = false;
    auto flush = [&] {
        std::sort(block.begin(), block.end());
        out += block;
        block.clear();
    };
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Host/Domain Summary: "))) {
            flush();
            inDomains = true;
            out.append(line);
            continue;
        }
        if (inDomains) {
            if (line.isEmpty()) {
                flush();
                inDomains = false;
                out.append(line);
            } else if (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String(" sent cnt"))
                       || line.startsWith(QLatin1String(" msg cnt")) || line.startsWith(QLatin1String(" --------"))) {
                out.append(line);
            } else {
                block.append(line);
            }
            continue;
        }
        QString l = line;
        l.replace(perDay, QStringLiteral("\\1"));
        out.append(l);
    }
    flush();
    return sortedEqualCountRuns(out);
}

// The first line where two normalized reports differ, with some context; empty when equal.
inline QString firstDifference(const QStringList &ours, const QStringList &theirs)
{
    const qsizetype n = std::max(ours.size(), theirs.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (ours.value(i) != theirs.value(i)) {
            QString text = QStringLiteral("line %1 differs\n").arg(i + 1);
            for (qsizetype k = std::max<qsizetype>(0, i - 3); k < std::min(n, i + 3); ++k) {
                text += QStringLiteral("  ours:      |%1|\n  pflogsumm: |%2|\n").arg(ours.value(k), theirs.value(k));
            }
            return text;
        }
    }
    return {};
}

} // namespace Mailroom::Bench
