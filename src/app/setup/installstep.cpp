// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/installstep.h"

#include "helperproxy.h"
#include "helpertypes.h"
#include "setup/packageoperation.h"

#include <QDBusPendingReply>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

InstallStep::InstallStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Install Postfix"), parent)
    , m_install(new QPushButton(tr("Install Postfix"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_operation(new Mailroom::PackageOperation(proxy(), Mailroom::PackageOperation::Kind::Install,
                                                 QStringLiteral("postfix"), this))
{
    setIntro(tr("Postfix is the mail transfer agent this assistant sets up: fast, secure and simpler to configure "
                "than sendmail."),
             tr("installs the postfix package from your distribution. It also creates the system user "
                "“postfix” and the file /etc/postfix/main.cf."));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->hide();
    body()->addWidget(m_progress);
    body()->addWidget(m_progressText);
    m_install->setObjectName(QStringLiteral("apply"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->hide();
    buttons()->addWidget(m_cancel);
    buttons()->addWidget(m_install);

    connect(m_install, &QPushButton::clicked, this, [this] {
        setError(QString());
        setResult(QString());
        m_install->setEnabled(false);
        m_cancel->show();
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_progress->show();
        m_progressText->setText(tr("Asking for permission…"));
        m_progressText->show();
        m_operation->start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressText->setText(tr("Cancelling…"));
        m_operation->cancel();
    });
    connect(m_operation, &Mailroom::PackageOperation::progress, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_progressText->setText(text);
    });
    connect(m_operation, &Mailroom::PackageOperation::finished, this,
            [this](bool success, bool cancelled, const QString &message) {
                m_cancel->hide();
                m_progress->hide();
                m_progressText->hide();
                m_install->setEnabled(true);
                if (cancelled) {
                    setError(tr("The installation was cancelled; nothing was installed."));
                } else if (!success) {
                    setError(message.isEmpty() ? tr("The installation failed.") : message);
                }
                Q_EMIT systemChanged();
                refresh();
            });
}

void InstallStep::refresh()
{
    whenFinished(proxy()->GetPackages(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::PackageStateList> r = *w;
        if (showIfFailed(w)) {
            return;
        }
        for (const auto &p : r.value()) {
            if (p.name != QLatin1String("postfix")) {
                continue;
            }
            if (p.installed) {
                setState(tr("Postfix <b>%1</b> is installed.").arg(p.version.toHtmlEscaped()));
                setResult(tr("Postfix is installed."));
            } else {
                setState(p.version.isEmpty() ? tr("Postfix is <b>not installed</b>.")
                                             : tr("Postfix is <b>not installed</b>; version %1 is available.")
                                                   .arg(p.version.toHtmlEscaped()));
            }
            m_install->setVisible(!p.installed);
            if (!m_operation->isRunning()) {
                m_install->setEnabled(!p.installed);
            }
            setDone(p.installed);
        }
    });
}
