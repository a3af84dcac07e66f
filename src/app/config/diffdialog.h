// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// A unified diff, highlighted, shown before a configuration file changes (Apply, Restore) or
// on its own (Preview changes).
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    // acceptLabel empty: a dialog to look at, with Close only.
    DiffDialog(const QString &title, const QString &intro, const QString &diff, const QString &acceptLabel,
               QWidget *parent = nullptr);

    // Shows the diff and returns whether the person chose acceptLabel.
    static bool confirm(QWidget *parent, const QString &title, const QString &intro, const QString &diff,
                        const QString &acceptLabel);

private:
    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};
