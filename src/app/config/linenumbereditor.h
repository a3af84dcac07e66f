// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Mailroom {

// A plain text editor with line numbers in a margin on the left.
class LineNumberEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LineNumberEditor(QWidget *parent = nullptr);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    // Moves the cursor to the start of a 1-based line and shows it.
    void goToLine(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargin();
    QWidget *m_lineNumbers;
};

} // namespace Mailroom
