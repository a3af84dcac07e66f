// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

namespace Mailroom {
class PackageOperation;
} // namespace Mailroom
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

// Step 2: sendmail (or Exim) makes way for Postfix: stop, disable, optionally remove.
class OtherMtaStep : public SetupStep
{
    Q_OBJECT
public:
    explicit OtherMtaStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void apply();
    void runNext();
    void finish(const QString &error);

    QCheckBox *m_remove;
    QPushButton *m_apply;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    Mailroom::PackageOperation *m_removal;
    QStringList m_activeUnits; // other MTAs running now
    QStringList m_enabledUnits; // other MTAs starting at boot
    bool m_sendmailPackage = false;
    QList<std::function<void()>> m_queue; // the remaining actions of an apply
};
