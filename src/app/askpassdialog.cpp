// SPDX-License-Identifier: GPL-2.0-or-later
#include "askpassdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cstdio>

namespace {
QString askPassProgram;

// OpenSSH's question about an unknown host key ends in "(yes/no/[fingerprint])?".
bool asksToConfirm(const QString &prompt)
{
    return prompt.contains(QLatin1String("(yes/no"));
}
} // namespace

AskPassDialog::AskPassDialog(const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_confirmation(asksToConfirm(prompt))
{
    setObjectName(QStringLiteral("askPassDialog"));
    setWindowTitle(m_confirmation ? tr("Unknown host key") : tr("SSH login"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()
                        ->standardIcon(m_confirmation ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion)
                        .pixmap(48, 48));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    auto *intro = new QLabel(m_confirmation ? tr("ssh has not seen this host's key before. Trust it only when the "
                                                 "fingerprint below is the one the host's administrator gave you "
                                                 "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on that host).")
                                            : tr("ssh asks, to connect Mailroom to the host:"),
                             this);
    intro->setWordWrap(true);
    texts->addWidget(intro);
    // ssh's own words (the host, the key's fingerprint, whose password), as it wrote them.
    auto *question = new QLabel(prompt.trimmed(), this);
    question->setObjectName(QStringLiteral("askPassPrompt"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(question);
    if (!m_confirmation) {
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("askPassSecret"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setAccessibleName(tr("Password"));
        texts->addWidget(m_secret);
    }
    row->addLayout(texts, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok
        = buttons->addButton(m_confirmation ? tr("&Trust and Connect") : tr("&Log In"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("askPassOk"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("askPassCancel"));
    // Trusting a key is never the default: Return cancels.
    ok->setDefault(!m_confirmation);
    ok->setAutoDefault(!m_confirmation);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AskPassDialog::answer() const
{
    return m_confirmation ? QStringLiteral("yes") : m_secret->text();
}

QString AskPassDialog::program()
{
    return askPassProgram;
}

void AskPassDialog::setProgram(const QString &path)
{
    askPassProgram = path;
}

int AskPassDialog::run(const QString &prompt)
{
    AskPassDialog dialog(prompt);
    if (dialog.exec() != QDialog::Accepted) {
        return 1;
    }
    const QByteArray answer = dialog.answer().toUtf8() + '\n';
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    std::fflush(stdout);
    return 0;
}
