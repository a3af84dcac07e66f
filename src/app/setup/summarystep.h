// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

class QPushButton;
class QTreeWidget;

// Step 9: what changed, where the backups are, how to undo.
class SummaryStep : public SetupStep
{
    Q_OBJECT
public:
    explicit SummaryStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void restore();

    QTreeWidget *m_backups;
    QPushButton *m_restore;
};
