// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/installstep.h"

#include "helperproxy.h"
#include "helpertypes.h"
#include "setup/installcontrols.h"

#include <QDBusPendingReply>
#include <QPushButton>
#include <QVBoxLayout>

InstallStep::InstallStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Install Postfix"), parent)
    , m_install(new InstallControls(proxy(), QStringLiteral("postfix"), tr("Install Postfix"), this))
{
    setIntro(tr("Postfix is the mail transfer agent this assistant sets up: fast, secure and simpler to configure "
                "than sendmail."),
             tr("installs the postfix package from your distribution. It also creates the system user "
                "“postfix” and the file /etc/postfix/main.cf."));
    m_install->installButton()->setObjectName(QStringLiteral("apply"));
    m_install->addTo(body(), buttons());
    followInstall(m_install, QString());
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
            m_install->update(p.installed, true);
            setDone(p.installed);
        }
    });
}
