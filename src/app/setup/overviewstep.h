// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

// Step 1: the parts of a mail system (MUA, MTA, MDA, SMTP, relay) and what this machine has.
class OverviewStep : public SetupStep
{
    Q_OBJECT
public:
    explicit OverviewStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    int m_pending = 0;
    QStringList m_lines;
};
