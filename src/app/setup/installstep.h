// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

class InstallControls;

// Step 4: Postfix installed through PackageKit, with progress and Cancel.
class InstallStep : public SetupStep
{
    Q_OBJECT
public:
    explicit InstallStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    InstallControls *m_install;
};
