// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Text laid out in a terminal's cells: Chinese headers and names take two cells a character, so
// columns padded by character count drift apart (`mailroomctl status` in zh_CN did).
namespace TerminalTable {
// The cells a character takes: two for East Asian wide and fullwidth characters (Unicode's
// EastAsianWidth W and F: CJK, Hangul, fullwidth forms), one for the rest. libc's wcwidth()
// gives the same only under a UTF-8 locale, and mailroomctl's tables must not depend on it.
int cellWidth(char32_t c);
// The cells a text takes (a lone surrogate counts as the one U+FFFD it is printed as).
int displayWidth(QStringView text);
// text followed by spaces up to `cells` cells, and by one space at least (a label before its value).
QString padded(const QString &text, int cells);
// Appends text to out, cut at `columns` cells without splitting a character (a lone surrogate
// goes out as U+FFFD); with pad, spaces fill it to exactly `columns` cells.
void appendColumns(QString &out, QStringView text, int columns, bool pad);
// Rows as aligned columns: each column as wide as its widest cell, two spaces between columns.
// The last cell of a row is never padded and does not widen its column, so a row may have
// fewer cells (a note under a row, an error in place of the rest). Columns listed in
// rightAligned are padded on the left (numbers).
QString format(const QList<QStringList> &rows, const QList<int> &rightAligned = {});
} // namespace TerminalTable
