// SPDX-License-Identifier: GPL-2.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setObjectName(QStringLiteral("placeholderText"));
    layout->addWidget(body);
    layout->addStretch(1);
}
