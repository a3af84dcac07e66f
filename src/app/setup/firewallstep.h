// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

#include <QMap>

class QCheckBox;
class QPushButton;

// Step 3: firewalld lets SMTP (and optionally submission, IMAP) in; the router's part is stated.
class FirewallStep : public SetupStep
{
    Q_OBJECT
public:
    explicit FirewallStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void apply();
    void applyNext();
    // Enabled only while a ticked service is still closed.
    void updateButton();

    QMap<QString, QCheckBox *> m_boxes;
    QMap<QString, bool> m_open; // service → permanent and runtime
    QStringList m_todo;
    QPushButton *m_apply;
};
