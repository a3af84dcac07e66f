// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/outgoingmessage.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QPushButton;

namespace Mailroom {

// Writes a plain-text message and hands it to the local MTA through its sendmail interface
// (sendmail -i -t, as the user — no privileges involved). The dialog stays open until
// sendmail exits, and reports its exit status.
class ComposeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComposeDialog(const OutgoingMessage &message, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    OutgoingMessage message() const;
    // Defaults to /usr/sbin/sendmail (tests point it elsewhere).
    void setSendmailProgram(const QString &program) { m_sendmail = program; }
    QString statusText() const;

Q_SIGNALS:
    void sent();

private:
    void send();
    void onFinished(int exitCode, bool crashed);

    QLineEdit *m_to;
    QLineEdit *m_cc;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_status;
    QPushButton *m_send;
    QProcess *m_process = nullptr;
    QString m_sendmail = QStringLiteral("/usr/sbin/sendmail");
    OutgoingMessage m_template;
};

} // namespace Mailroom
