// SPDX-License-Identifier: GPL-2.0-or-later
#include "terminaltable.h"

#include <algorithm>

namespace TerminalTable {

int cellWidth(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff)
        || (c >= 0x20000 && c <= 0x3fffd);
    return wide ? 2 : 1;
}

namespace {
// Calls f(its index, the character, its length in UTF-16 units) for each character of text, until
// f returns false; a lone surrogate is U+FFFD of length 1.
template<typename F> void forEachCharacter(QStringView text, F f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar q = text[i];
        char32_t c = q.unicode();
        qsizetype length = 1;
        if (q.isSurrogate()) {
            if (q.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(q, text[i + 1]);
                length = 2;
            } else {
                c = QChar::ReplacementCharacter;
            }
        }
        if (!f(i, c, length)) {
            return;
        }
        i += length;
    }
}
} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    forEachCharacter(text, [&](qsizetype, char32_t c, qsizetype) {
        width += cellWidth(c);
        return true;
    });
    return width;
}

QString padded(const QString &text, int cells)
{
    return text + QString(std::max(1, cells - displayWidth(text)), QLatin1Char(' '));
}

void appendColumns(QString &out, QStringView text, int columns, bool pad)
{
    int used = 0;
    forEachCharacter(text, [&](qsizetype i, char32_t c, qsizetype length) {
        const int w = cellWidth(c);
        if (used + w > columns) {
            return false;
        }
        if (c == QChar::ReplacementCharacter && length == 1 && text[i].isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out.append(text.sliced(i, length));
        }
        used += w;
        return true;
    });
    if (pad) {
        out.resize(out.size() + (columns - used), QLatin1Char(' '));
    }
}

QString format(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c + 1 < row.size(); ++c) {
            if (widths.size() <= c) {
                widths.resize(c + 1, 0);
            }
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        const qsizetype lineStart = out.size();
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            const int fill = last ? 0 : std::max(0, widths[c] - displayWidth(row[c]));
            if (rightAligned.contains(int(c))) {
                out += QString(fill, QLatin1Char(' ')) + row[c];
            } else {
                out += row[c];
                if (!last) {
                    out += QString(fill, QLatin1Char(' '));
                }
            }
            if (!last) {
                out += QLatin1String("  ");
            }
        }
        qsizetype end = out.size(); // no spaces at the end of a line (an empty last cell)
        while (end > lineStart && out[end - 1] == QLatin1Char(' ')) {
            --end;
        }
        out.truncate(end);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace TerminalTable
