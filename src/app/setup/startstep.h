// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

class QPlainTextEdit;
class QPushButton;

// Step 6: start Postfix now and at boot, then show the journal lines that prove it (or why not).
class StartStep : public SetupStep
{
    Q_OBJECT
public:
    explicit StartStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void apply();
    void showJournal(quint64 sinceUsec, bool afterStart);

    QPushButton *m_start;
    QPlainTextEdit *m_journal;
    bool m_installed = false;
    bool m_active = false;
    bool m_enabled = false;
};
