// SPDX-License-Identifier: GPL-2.0-or-later
#include "diffdialog.h"

#include "highlighting.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DiffDialog::DiffDialog(const QString &title, const QString &intro, const QString &diff, const QString &acceptLabel,
                       QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(intro, this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("diffDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(diff);
    Mailroom::Highlighting::attach(m_text->document(), m_text, {QStringLiteral("Diff")});
    layout->addWidget(m_text, 1);
    if (acceptLabel.isEmpty()) {
        m_buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_buttons->addButton(QDialogButtonBox::Cancel);
        m_buttons->addButton(acceptLabel, QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("acceptButton"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(820, 560);
}

bool DiffDialog::confirm(QWidget *parent, const QString &title, const QString &intro, const QString &diff,
                         const QString &acceptLabel)
{
    DiffDialog dialog(title, intro, diff, acceptLabel, parent);
    return dialog.exec() == QDialog::Accepted;
}
