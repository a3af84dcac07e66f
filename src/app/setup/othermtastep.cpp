// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/othermtastep.h"

#include "helperproxy.h"
#include "helpertypes.h"
#include "mail/mailspool.h"
#include "setup/packageoperation.h"

#include <QCheckBox>
#include <QDBusPendingReply>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QStringList OtherMtas {QStringLiteral("sendmail"), QStringLiteral("exim4")};

// A mail spool writable by every user (as Debian's sendmail leaves it): the helper cannot change
// it (its unit forbids setting the set-group-ID bit), so the step says how. Empty when it is fine.
QString spoolNote()
{
    const auto spool = Mailroom::MailSpool::spoolDirectory();
    if (!spool.worldWritable()) {
        return {};
    }
    return OtherMtaStep::tr("The mail spool %1 is writable by every user (mode %2), as sendmail leaves it: any local "
                            "user can create files there, such as a lock file that holds up another user's mail. "
                            "Postfix needs only the group mail to write there. As root: <tt>chmod 2775 %1</tt> "
                            "(Debian's default).")
        .arg(spool.path, QString::number(spool.mode, 8));
}
} // namespace

OtherMtaStep::OtherMtaStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Other mail servers"), parent)
    , m_remove(new QCheckBox(tr("Also remove the sendmail package"), this))
    , m_apply(new QPushButton(tr("Stop and disable"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_removal(new Mailroom::PackageOperation(proxy(), Mailroom::PackageOperation::Kind::Remove,
                                               QStringLiteral("sendmail"), this))
{
    setIntro(tr("Only one mail transfer agent can receive mail on port 25. Many systems start with sendmail, which "
                "is complex and slow compared to Postfix, so it has to be stopped before Postfix takes over."),
             tr("stops sendmail (and Exim, if present) now and keeps it from starting at boot. Removing the "
                "package is optional; you can keep it to switch back later."));
    m_remove->setObjectName(QStringLiteral("removeSendmail"));
    body()->addWidget(m_remove);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_progressText->hide();
    body()->addWidget(m_progress);
    body()->addWidget(m_progressText);
    m_apply->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &OtherMtaStep::apply);
    connect(m_removal, &Mailroom::PackageOperation::progress, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_progressText->setText(text);
    });
}

void OtherMtaStep::refresh()
{
    whenFinished(proxy()->GetServiceStates(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ServiceStateList> r = *w;
        if (showIfFailed(w)) {
            return;
        }
        m_activeUnits.clear();
        m_enabledUnits.clear();
        QStringList lines;
        for (const auto &s : r.value()) {
            const QString name = s.unit.section(QLatin1Char('.'), 0, 0);
            if (!OtherMtas.contains(name)) {
                continue;
            }
            if (!s.installed) {
                lines << tr("%1 is not installed.").arg(name);
                continue;
            }
            if (s.isActive()) {
                m_activeUnits << name;
            }
            if (s.isEnabled()) {
                m_enabledUnits << name;
            }
            lines << tr("%1 is <b>%2</b> and <b>%3</b> at boot.")
                         .arg(name, s.isActive() ? tr("running") : tr("stopped"),
                              s.isEnabled() ? tr("started") : tr("not started"));
        }
        whenFinished(proxy()->GetPackages(), [this, lines](QDBusPendingCallWatcher *pw) {
            QDBusPendingReply<Mailroom::PackageStateList> pr = *pw;
            QStringList all = lines;
            m_sendmailPackage = false;
            if (!pr.isError()) {
                for (const auto &p : pr.value()) {
                    if (p.name == QLatin1String("sendmail")) {
                        m_sendmailPackage = p.installed;
                        all << (p.installed ? tr("The sendmail package %1 is installed.").arg(p.version)
                                            : tr("The sendmail package is not installed."));
                    }
                }
            }
            if (const QString note = spoolNote(); !note.isEmpty()) {
                all << QString() << note;
            }
            setState(all.join(QStringLiteral("<br>")));
            const bool done = m_activeUnits.isEmpty() && m_enabledUnits.isEmpty();
            m_remove->setEnabled(m_sendmailPackage);
            if (!m_sendmailPackage) {
                m_remove->setChecked(false);
            }
            m_apply->setEnabled(!done || m_sendmailPackage);
            m_apply->setText(done && m_sendmailPackage ? tr("Remove sendmail") : tr("Stop and disable"));
            if (done) {
                setResult(tr("No other mail server is running or starts at boot."));
            }
            setDone(done);
        });
    });
}

void OtherMtaStep::apply()
{
    setError(QString());
    setResult(QString());
    m_apply->setEnabled(false);
    m_queue.clear();
    for (const QString &unit : std::as_const(m_activeUnits)) {
        m_queue << [this, unit] {
            m_progressText->setText(tr("Stopping %1…").arg(unit));
            m_progressText->show();
            whenFinished(proxy()->StopService(unit),
                         [this](QDBusPendingCallWatcher *w) { showIfFailed(w) ? finish(QString()) : runNext(); });
        };
    }
    for (const QString &unit : std::as_const(m_enabledUnits)) {
        m_queue << [this, unit] {
            m_progressText->setText(tr("Disabling %1…").arg(unit));
            m_progressText->show();
            whenFinished(proxy()->DisableService(unit),
                         [this](QDBusPendingCallWatcher *w) { showIfFailed(w) ? finish(QString()) : runNext(); });
        };
    }
    if (m_remove->isChecked() && m_sendmailPackage) {
        m_queue << [this] {
            m_progress->setValue(0);
            m_progress->show();
            m_progressText->setText(tr("Removing sendmail…"));
            m_progressText->show();
            connect(m_removal, &Mailroom::PackageOperation::finished, this,
                    [this](bool success, bool, const QString &message) {
                        disconnect(m_removal, &Mailroom::PackageOperation::finished, this, nullptr);
                        m_progress->hide();
                        success ? runNext() : finish(message.isEmpty() ? tr("Removing sendmail failed.") : message);
                    });
            m_removal->start();
        };
    }
    runNext();
}

void OtherMtaStep::runNext()
{
    if (m_queue.isEmpty()) {
        finish(QString());
        return;
    }
    const auto next = m_queue.takeFirst();
    next();
}

void OtherMtaStep::finish(const QString &error)
{
    m_queue.clear();
    m_progressText->hide();
    if (!error.isEmpty()) {
        setError(error);
    }
    m_apply->setEnabled(true);
    Q_EMIT systemChanged();
    refresh();
}
