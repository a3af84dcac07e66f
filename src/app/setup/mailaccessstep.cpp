// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/mailaccessstep.h"

#include "helperproxy.h"
#include "setup/installcontrols.h"

#include <QCheckBox>
#include <QDBusPendingReply>
#include <QPushButton>
#include <QVBoxLayout>

MailAccessStep::MailAccessStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Mail programs"), parent)
    , m_install(new InstallControls(proxy(), QStringLiteral("dovecot"), tr("Install Dovecot"), this))
    , m_submission(new QCheckBox(
          tr("Sending on port 587 (submission): STARTTLS, then a login with the user's own system password"), this))
    , m_imap(new QCheckBox(tr("Reading with IMAP on port 143: STARTTLS required before the login"), this))
    , m_imaps(new QCheckBox(tr("Reading with IMAP on port 993 as well (TLS from the first byte)"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setIntro(tr("Your users can send and read their mail with Thunderbird, KMail or a phone: they send through port "
                "587 after logging in, and read their mailbox (/var/mail/USER) with IMAP. Everything is encrypted "
                "with the certificate of the previous step; the login is the user's name and password on this "
                "machine, checked by Dovecot."),
             tr("installs Dovecot, writes /etc/dovecot/conf.d/99-mailroom.conf and adds the submission service to "
                "master.cf (backed up, checked, rolled back if Postfix or Dovecot refuses it). Open ports 587 and "
                "143 in the Firewall step."));
    m_submission->setObjectName(QStringLiteral("submission"));
    m_imap->setObjectName(QStringLiteral("imap"));
    m_imaps->setObjectName(QStringLiteral("imaps"));
    m_install->installButton()->setObjectName(QStringLiteral("installDovecot"));
    m_install->addTo(body(), buttons());
    body()->addWidget(m_submission);
    body()->addWidget(m_imap);
    body()->addWidget(m_imaps);
    m_apply->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_apply);
    for (QCheckBox *box : {m_submission, m_imap, m_imaps}) {
        connect(box, &QCheckBox::toggled, this, &MailAccessStep::updateButtons);
    }
    connect(m_apply, &QPushButton::clicked, this, &MailAccessStep::apply);
    followInstall(m_install, tr("Dovecot is installed. Choose what your users may do, then Apply."),
                  [this] { updateButtons(); });
}

void MailAccessStep::refresh()
{
    whenFinished(proxy()->GetMailAccess(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::MailAccessState> r = *w;
        if (showIfFailed(w)) {
            setDone(false);
            return;
        }
        show(r.value());
    });
}

void MailAccessStep::show(const Mailroom::MailAccessState &s)
{
    m_state = s;
    QStringList lines;
    if (s.certificateFile.isEmpty()) {
        lines << tr("Postfix has <b>no certificate</b> yet: make one in the step “Encryption (TLS)” first — mail "
                    "programs may only log in over TLS.");
    }
    if (!s.dovecotInstalled || !s.imapInstalled) {
        lines << tr("Dovecot is <b>not installed</b>. It checks the passwords for sending and serves IMAP.");
    } else {
        lines << (s.dovecotActive ? tr("Dovecot is installed and running.") : tr("Dovecot is installed, not running."));
    }
    lines << (!s.submission            ? tr("Sending on port 587: <b>off</b>.")
                  : s.submissionSecure ? tr("Sending on port 587: <b>on</b>, STARTTLS and login required.")
                                       : tr("Sending on port 587: on, but <b>without</b> TLS or login required — "
                                            "Apply makes it require both."));
    QStringList ports;
    if (s.imap) {
        ports << QStringLiteral("143");
    }
    if (s.imaps) {
        ports << QStringLiteral("993");
    }
    lines << (ports.isEmpty() ? tr("Reading with IMAP: <b>off</b>.")
                              : tr("Reading with IMAP: <b>on</b> (port %1).").arg(ports.join(QStringLiteral(", "))));
    if (s.submission && s.submissionSecure && !s.authSocket) {
        lines << tr("Dovecot's login service for Postfix is missing: logins on port 587 fail. Apply again.");
    }
    setState(lines.join(QStringLiteral("<br>")));
    const QSignalBlocker b1(m_submission);
    const QSignalBlocker b2(m_imap);
    const QSignalBlocker b3(m_imaps);
    m_submission->setChecked(s.submission && s.submissionSecure);
    m_imap->setChecked(s.imap);
    m_imaps->setChecked(s.imaps);
    updateButtons();
    setDone(s.submission && s.submissionSecure && s.authSocket && (s.imap || s.imaps) && s.dovecotActive);
}

void MailAccessStep::updateButtons()
{
    const bool installed = m_state.dovecotInstalled && m_state.imapInstalled;
    const bool ready = installed && !m_state.certificateFile.isEmpty();
    const bool busy = m_busy || m_install->isBusy();
    m_install->update(installed, !busy);
    for (QCheckBox *box : {m_submission, m_imap, m_imaps}) {
        box->setEnabled(ready && !busy);
    }
    const bool changed = m_submission->isChecked() != (m_state.submission && m_state.submissionSecure)
        || m_imap->isChecked() != m_state.imap || m_imaps->isChecked() != m_state.imaps
        || (m_submission->isChecked() && !m_state.authSocket);
    m_apply->setEnabled(ready && !busy && changed);
}

void MailAccessStep::apply()
{
    setError(QString());
    setResult(QString());
    m_busy = true;
    updateButtons();
    const bool submission = m_submission->isChecked();
    const bool imap = m_imap->isChecked();
    const bool imaps = m_imaps->isChecked();
    // IMAP first: Dovecot's settings, then master.cf (which needs Dovecot's login service).
    whenFinished(proxy()->SetImap(imap, imaps), [this, submission](QDBusPendingCallWatcher *w) {
        if (showIfFailed(w)) {
            m_busy = false;
            Q_EMIT systemChanged();
            refresh();
            return;
        }
        whenFinished(proxy()->SetSubmission(submission), [this, submission](QDBusPendingCallWatcher *w2) {
            m_busy = false;
            if (!showIfFailed(w2)) {
                setResult(submission ? tr("Done: mail programs can connect now. Dovecot restarted and Postfix "
                                          "reloaded.")
                                     : tr("Done. Dovecot restarted and Postfix reloaded."));
            }
            Q_EMIT systemChanged();
            refresh();
        });
    });
}
