// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

namespace Mailroom {
class PackageOperation;
} // namespace Mailroom
class QLabel;
class QProgressBar;
class QPushButton;

// Step 4: Postfix installed through PackageKit, with progress and Cancel.
class InstallStep : public SetupStep
{
    Q_OBJECT
public:
    explicit InstallStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    QPushButton *m_install;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    Mailroom::PackageOperation *m_operation;
};
