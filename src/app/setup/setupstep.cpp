// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/setupstep.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "setup/installcontrols.h"

#include <QDBusPendingCallWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

SetupStep::SetupStep(Mailroom::HelperClient *client, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(title)
    , m_explanation(new QLabel(this))
    , m_change(new QLabel(this))
    , m_state(new QLabel(tr("Reading the current state…"), this))
    , m_result(new QLabel(this))
    , m_error(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    for (QLabel *l : {m_explanation, m_change, m_state, m_result, m_error}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_explanation->setObjectName(QStringLiteral("explanation"));
    layout->addWidget(m_explanation);
    m_change->setObjectName(QStringLiteral("change"));
    layout->addWidget(m_change);

    auto *stateBox = new QGroupBox(tr("This machine now"), this);
    auto *stateLayout = new QVBoxLayout(stateBox);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setTextFormat(Qt::RichText);
    stateLayout->addWidget(m_state);
    layout->addWidget(stateBox);

    layout->addLayout(m_body);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);

    m_result->setObjectName(QStringLiteral("result"));
    m_result->setStyleSheet(QStringLiteral("QLabel { color: #1e6b2e; }"));
    m_result->hide();
    layout->addWidget(m_result);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #7a1410; border: 1px solid #e8a5a1;"
                                          " border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
}

HelperProxy *SetupStep::proxy() const
{
    return m_client->proxy();
}

void SetupStep::setIntro(const QString &explanation, const QString &change)
{
    m_explanation->setText(explanation);
    m_change->setText(change.isEmpty() ? QString() : tr("<b>What this step changes:</b> %1").arg(change));
    m_change->setVisible(!change.isEmpty());
}

void SetupStep::setState(const QString &text)
{
    m_state->setText(text);
}

void SetupStep::setResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void SetupStep::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SetupStep::followInstall(InstallControls *install, const QString &installedText,
                              const std::function<void()> &started)
{
    connect(install, &InstallControls::started, this, [this, started] {
        setError(QString());
        setResult(QString());
        if (started) {
            started();
        }
    });
    connect(install, &InstallControls::finished, this,
            [this, installedText](bool success, bool cancelled, const QString &message) {
                if (cancelled) {
                    setError(tr("The installation was cancelled; nothing was installed."));
                } else if (!success) {
                    setError(message.isEmpty() ? tr("The installation failed.") : message);
                } else if (!installedText.isEmpty()) {
                    setResult(installedText);
                }
                Q_EMIT systemChanged();
                refresh();
            });
}

void SetupStep::setDone(bool done)
{
    const bool first = !m_loaded;
    m_loaded = true;
    if (done != m_done) {
        m_done = done;
        Q_EMIT doneChanged(done);
    }
    if (first) {
        Q_EMIT loaded();
    }
}

void SetupStep::whenFinished(const QDBusPendingCall &call, const std::function<void(QDBusPendingCallWatcher *)> &then)
{
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [then](QDBusPendingCallWatcher *w) {
        then(w);
        w->deleteLater();
    });
}

bool SetupStep::showIfFailed(const QDBusPendingCallWatcher *watcher)
{
    if (!watcher->isError()) {
        return false;
    }
    setError(Mailroom::HelperError::fromDBus(watcher->error()).userMessage());
    return true;
}
