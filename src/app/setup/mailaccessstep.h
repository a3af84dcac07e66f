// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "setup/setupstep.h"

class InstallControls;
class QCheckBox;
class QPushButton;

// After TLS: the users' own mail programs — submission on 587 (STARTTLS and a login with the
// system password) and IMAP on 143 (STARTTLS required) or 993, served by Dovecot, which it
// installs through PackageKit with progress. Done when a mail client can send and read: the
// submission service requires TLS and a login, IMAP listens and Dovecot runs.
class MailAccessStep : public SetupStep
{
    Q_OBJECT
public:
    explicit MailAccessStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void show(const Mailroom::MailAccessState &state);
    void apply();
    void updateButtons();

    InstallControls *m_install;
    QCheckBox *m_submission;
    QCheckBox *m_imap;
    QCheckBox *m_imaps;
    QPushButton *m_apply;
    Mailroom::MailAccessState m_state;
    bool m_busy = false;
};
