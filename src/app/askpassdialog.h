// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// What ssh asks a person through SSH_ASKPASS when Mailroom connects to another host: a
// password (or a key's passphrase), typed hidden, or whether to trust a host key it has not
// seen before, answered "yes" only when the person clicks to trust it. The mailroom program
// itself is the askpass program: ssh starts it with MAILROOM_ASKPASS set and the question as
// its only argument (see main.cpp), and reads the answer from its output.
class AskPassDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AskPassDialog(const QString &prompt, QWidget *parent = nullptr);

    // A question to confirm (a new host key), not a secret to type.
    bool isConfirmation() const { return m_confirmation; }
    // What ssh reads once the dialog is accepted: the typed text, or "yes".
    QString answer() const;

    // The program ssh is to ask through; empty (the default, in tests and mailroomctl): never ask.
    static QString program();
    static void setProgram(const QString &path);
    // The askpass mode of the mailroom program: shows the dialog, prints the answer; 1 when cancelled.
    static int run(const QString &prompt);

private:
    bool m_confirmation;
    QLineEdit *m_secret = nullptr;
};
