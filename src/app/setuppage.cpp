// SPDX-License-Identifier: GPL-2.0-or-later
#include "setuppage.h"

#include "placeholderpage.h"

#include <QVBoxLayout>

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPage(
        tr("Setup"),
        tr("The setup assistant walks through replacing sendmail with Postfix: firewall, installation, basic "
           "settings, DNS, start, a test mail and an optional relay. It is not yet available in this version."),
        this));
}
