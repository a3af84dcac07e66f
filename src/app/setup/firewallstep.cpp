// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/firewallstep.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"

#include <QCheckBox>
#include <QDBusPendingReply>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirewallStep::FirewallStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Firewall"), parent)
    , m_apply(new QPushButton(tr("Open the firewall"), this))
{
    setIntro(tr("Sending and receiving mail means other machines connect to this one. The firewall must let SMTP "
                "connections in, or no mail from outside will arrive."),
             tr("adds the checked services to firewalld's default zone, permanently and right away."));
    const QList<QPair<QString, QString>> services {
        {QStringLiteral("smtp"), tr("SMTP, port 25: other mail servers deliver mail to this one (needed)")},
        {QStringLiteral("submission"),
         tr("Submission, port 587: your users' mail clients send mail through this server")},
        {QStringLiteral("imap"),
         tr("IMAP, port 143: mail clients read mail stored here (needs an IMAP server such as Dovecot)")},
        {QStringLiteral("imaps"), tr("IMAPS, port 993: the same, encrypted from the first byte (optional)")}};
    for (const auto &[name, text] : services) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("service-") + name);
        box->setChecked(name == QLatin1String("smtp"));
        m_boxes.insert(name, box);
        body()->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FirewallStep::updateButton);
    }
    auto *router = new QLabel(tr("<b>Your router:</b> if a router or another firewall sits between this server and the "
                                 "Internet, allow connections to TCP ports <b>25</b>, <b>143</b> and <b>587</b> there, "
                                 "and forward those ports to this machine if it has no public address of its own. "
                                 "Mailroom cannot change the router for you."),
                              this);
    router->setWordWrap(true);
    router->setObjectName(QStringLiteral("router"));
    body()->addWidget(router);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    buttons()->addWidget(m_apply);
    connect(m_apply, &QPushButton::clicked, this, &FirewallStep::apply);
}

void FirewallStep::refresh()
{
    whenFinished(proxy()->GetFirewallServices(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::FirewallServiceStateList> r = *w;
        if (showIfFailed(w)) {
            setState(tr("The firewall state could not be read."));
            m_apply->setEnabled(false);
            setDone(false);
            return;
        }
        m_open.clear();
        QStringList lines;
        for (const auto &s : r.value()) {
            m_open.insert(s.service, s.permanent && s.runtime);
            QString how;
            if (s.permanent && s.runtime) {
                how = tr("open");
            } else if (s.runtime) {
                how = tr("open until the next reboot only");
            } else if (s.permanent) {
                how = tr("open after the next firewall reload");
            } else {
                how = tr("closed");
            }
            lines << tr("%1: <b>%2</b>").arg(s.service, how);
        }
        // An open service is shown checked and cannot be unticked here (this step only opens).
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
            const bool open = m_open.value(it.key());
            if (open) {
                it.value()->setChecked(true);
            }
            it.value()->setEnabled(!open);
            it.value()->setToolTip(open ? tr("Already open") : QString());
        }
        setState(lines.join(QStringLiteral("<br>")));
        updateButton();
        const bool done = m_open.value(QStringLiteral("smtp"));
        if (done) {
            setResult(tr("SMTP connections are allowed in."));
        }
        setDone(done);
    });
}

void FirewallStep::updateButton()
{
    bool todo = false;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        todo = todo || (it.value()->isChecked() && !m_open.value(it.key()));
    }
    m_apply->setEnabled(todo && m_todo.isEmpty());
    m_apply->setText(todo ? tr("Open the firewall") : tr("Firewall open"));
}

void FirewallStep::apply()
{
    setError(QString());
    setResult(QString());
    m_todo.clear();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked() && !m_open.value(it.key())) {
            m_todo << it.key();
        }
    }
    m_apply->setEnabled(false);
    applyNext();
}

void FirewallStep::applyNext()
{
    if (m_todo.isEmpty()) {
        Q_EMIT systemChanged();
        refresh();
        return;
    }
    const QString service = m_todo.takeFirst();
    whenFinished(proxy()->SetFirewallService(service, true), [this](QDBusPendingCallWatcher *w) {
        if (showIfFailed(w)) {
            m_todo.clear();
        }
        applyNext();
    });
}
