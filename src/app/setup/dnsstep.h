// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

class QDnsLookup;
class QPushButton;
class QTimer;

// Step 8: does the domain's MX record point at this server? Read-only; explains the registrar's part.
class DnsStep : public SetupStep
{
    Q_OBJECT
public:
    explicit DnsStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void lookUp();
    void finished();

    QPushButton *m_check;
    QDnsLookup *m_lookup = nullptr;
    QTimer *m_timeout;
    QString m_domain;
    QString m_hostName;
    QString m_myHostname;
};
