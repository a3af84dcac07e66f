// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rules/procmailrc.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Mailroom {

// Mail → "Delivery rules…": the user's own rules in ~/.procmailrc (no privileges). A list of
// rules with a condition and an action editor (checked as you type), the recipes procmail will
// run, a tester for a message file, and Save. A file whose Mailroom block cannot be read back is
// shown read-only with the reason.
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RulesDialog(QWidget *parent = nullptr, const QString &path = ProcmailRc::defaultPath());

    const DeliveryRules &rules() const { return m_rules; }
    // The tester on a message's bytes; the verdict is shown and returned.
    QString testMessage(const QByteArray &message);
    // Asked before saving a rule that discards mail (tests replace the message box).
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    bool save();

private:
    void reload();
    void fillList();
    void showRule(int row);
    void editorChanged();
    void updateState();
    void move(int delta);
    void chooseMessage();

    QString m_path;
    ProcmailRc m_rc;
    DeliveryRules m_rules;
    bool m_loading = false;
    std::function<bool(const QString &)> m_confirm;

    QLabel *m_banner;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QWidget *m_editor;
    QComboBox *m_field;
    QLineEdit *m_header;
    QLineEdit *m_text;
    QComboBox *m_action;
    QLineEdit *m_target;
    QLabel *m_error;
    QPlainTextEdit *m_recipes;
    QPushButton *m_test;
    QLabel *m_verdict;
    QPushButton *m_save;
};

} // namespace Mailroom
