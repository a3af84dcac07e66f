// SPDX-License-Identifier: GPL-2.0-or-later
#include "logspage.h"

#include "placeholderpage.h"

#include <QVBoxLayout>

LogsPage::LogsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPage(tr("Logs"), tr("Browsing the mail log is not yet available in this version."), this));
}
