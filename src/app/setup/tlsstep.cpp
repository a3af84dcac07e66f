// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/tlsstep.h"

#include "config/certificatestab.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"

#include <QDateTime>
#include <QVBoxLayout>

TlsStep::TlsStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Encryption (TLS)"), parent)
    , m_certificates(new CertificatesTab(client, this, false))
{
    setIntro(tr("Mail servers encrypt the mail they send to this one when it offers a certificate (STARTTLS). A "
                "self-signed certificate encrypts at once; one from a certificate authority (or certbot) is also "
                "trusted by servers and mail programs that check."),
             tr("makes a key on this machine and a certificate for myhostname, or installs one, and sets "
                "smtpd_tls_chain_files and smtpd_tls_security_level = may in main.cf; Postfix reloads."));
    body()->addWidget(m_certificates, 1);
    connect(m_certificates, &CertificatesTab::stateLoaded, this, [this](const Mailroom::TlsCertificateState &s) {
        const auto c = Mailroom::CertificateSummary::fromPem(s.chainPem.toLatin1(), s.hostName);
        const bool usable = !c.isNull && s.keyMatches
            && Mailroom::CertificateExpiry::at(c.notBefore, c.notAfter, QDateTime::currentDateTimeUtc()).state
                != Mailroom::CertificateExpiry::State::Expired;
        setState(usable ? tr("Postfix offers a certificate for %1: mail can arrive encrypted.").arg(s.hostName)
                        : tr("Postfix offers no usable certificate yet."));
        setDone(usable);
    });
    connect(m_certificates, &CertificatesTab::loadFailed, this, [this](const QString &message, bool postfixMissing) {
        if (postfixMissing) {
            setState(message);
        } else {
            setError(message);
        }
        setDone(false);
    });
    connect(m_certificates, &CertificatesTab::applied, this, &SetupStep::systemChanged);
}

void TlsStep::refresh()
{
    setError({});
    m_certificates->refresh();
}
