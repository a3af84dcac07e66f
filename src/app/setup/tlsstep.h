// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

class CertificatesTab;

// After Start: a certificate so that mail arrives encrypted (STARTTLS). The Configuration page's
// Certificates tab, inside the assistant; done when Postfix offers a certificate whose key
// belongs to it and that is valid now.
class TlsStep : public SetupStep
{
    Q_OBJECT
public:
    explicit TlsStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    CertificatesTab *m_certificates;
};
