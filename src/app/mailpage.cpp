// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailpage.h"

#include "placeholderpage.h"

#include <QVBoxLayout>

MailPage::MailPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPage(tr("Mail"), tr("Reading local mailboxes is not yet available in this version."), this));
}
