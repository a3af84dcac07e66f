// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/composedialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailroom {

ComposeDialog::ComposeDialog(const OutgoingMessage &message, QWidget *parent)
    : QDialog(parent)
    , m_template(message)
{
    setWindowTitle(tr("Compose message"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_to = new QLineEdit(message.to, this);
    m_to->setObjectName(QStringLiteral("composeTo"));
    m_cc = new QLineEdit(message.cc, this);
    m_cc->setObjectName(QStringLiteral("composeCc"));
    m_subject = new QLineEdit(message.subject, this);
    m_subject->setObjectName(QStringLiteral("composeSubject"));
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Subject:"), m_subject);
    layout->addLayout(form);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("composeBody"));
    m_body->setPlainText(message.body);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_body, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("composeSend"));
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &ComposeDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 480);
}

ComposeDialog::~ComposeDialog()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Let sendmail finish delivering what it already has; just stop listening.
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

OutgoingMessage ComposeDialog::message() const
{
    OutgoingMessage m = m_template;
    m.to = m_to->text();
    m.cc = m_cc->text();
    m.subject = m_subject->text();
    m.body = m_body->toPlainText();
    return m;
}

QString ComposeDialog::statusText() const
{
    return m_status->text();
}

void ComposeDialog::send()
{
    if (m_to->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter at least one recipient."));
        return;
    }
    if (!QFileInfo(m_sendmail).isExecutable()) {
        m_status->setText(tr("%1 is not installed: no mail transfer agent to send with.").arg(m_sendmail));
        return;
    }
    m_send->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, status == QProcess::CrashExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_status->setText(tr("Could not start %1: %2").arg(m_sendmail, m_process->errorString()));
            m_send->setEnabled(true);
        }
    });
    // -i: a line with a single dot does not end the message; -t: recipients from the headers.
    m_process->start(m_sendmail, {QStringLiteral("-i"), QStringLiteral("-t")});
    m_process->write(message().toRfc5322());
    m_process->closeWriteChannel();
}

void ComposeDialog::onFinished(int exitCode, bool crashed)
{
    m_send->setEnabled(true);
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    if (crashed) {
        m_status->setText(tr("sendmail crashed; the message may not have been sent. %1").arg(err));
    } else if (exitCode != 0) {
        m_status->setText(tr("sendmail exited with status %1; the message was not sent. %2").arg(exitCode).arg(err));
    } else {
        m_status->setText(tr("Sent: sendmail accepted the message (exit status 0)."));
        Q_EMIT sent();
        accept();
    }
}

} // namespace Mailroom
