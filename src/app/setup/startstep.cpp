// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/startstep.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"

#include <QDBusPendingReply>
#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString formatEntry(const Mailroom::LogEntry &e)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(e.timeUsec / 1000));
    return QStringLiteral("%1 %2[%3]: %4")
        .arg(t.toString(QStringLiteral("MMM dd HH:mm:ss")), e.identifier)
        .arg(e.pid)
        .arg(e.message);
}

bool isProof(const Mailroom::LogEntry &e)
{
    return e.message.contains(QLatin1String("daemon started"))
        || e.message.contains(QLatin1String("Postfix mail system")) || e.message.contains(QLatin1String("fatal:"))
        || e.message.contains(QLatin1String("error:")) || e.message.contains(QLatin1String("warning:"))
        || e.message.contains(QLatin1String("panic:"));
}
} // namespace

StartStep::StartStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Start Postfix"), parent)
    , m_start(new QPushButton(tr("Start Postfix"), this))
    , m_journal(new QPlainTextEdit(this))
{
    setIntro(tr("With main.cf set up, Postfix can run. The mail log then shows whether it started: look for "
                "“daemon started”, and for any error lines."),
             tr("starts the Postfix service now and enables it so it starts at every boot."));
    auto *label = new QLabel(tr("Mail log:"), this);
    body()->addWidget(label);
    m_journal->setObjectName(QStringLiteral("journal"));
    m_journal->setReadOnly(true);
    m_journal->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_journal->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_journal->setPlaceholderText(tr("The log lines of the start appear here."));
    m_journal->setMinimumHeight(120);
    body()->addWidget(m_journal, 1);
    m_start->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, &StartStep::apply);
}

void StartStep::refresh()
{
    whenFinished(proxy()->GetServiceStates(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::ServiceStateList> r = *w;
        if (showIfFailed(w)) {
            return;
        }
        m_installed = m_active = m_enabled = false;
        for (const auto &s : r.value()) {
            if (s.unit == QLatin1String("postfix.service")) {
                m_installed = s.installed;
                m_active = s.isActive();
                m_enabled = s.isEnabled();
            }
        }
        if (!m_installed) {
            setState(tr("Postfix is not installed yet."));
        } else {
            setState(
                tr("Postfix is <b>%1</b> and <b>%2</b> at boot.")
                    .arg(m_active ? tr("running") : tr("not running"), m_enabled ? tr("started") : tr("not started")));
        }
        m_start->setEnabled(m_installed && !(m_active && m_enabled));
        const bool done = m_installed && m_active && m_enabled;
        if (done && m_journal->toPlainText().isEmpty()) {
            showJournal(0, false);
        }
        setDone(done);
    });
}

void StartStep::apply()
{
    setError(QString());
    setResult(QString());
    m_start->setEnabled(false);
    const quint64 since = quint64(QDateTime::currentMSecsSinceEpoch() - 2000) * 1000;
    whenFinished(proxy()->StartService(QStringLiteral("postfix")), [this, since](QDBusPendingCallWatcher *w) {
        if (showIfFailed(w)) {
            showJournal(since, true);
            refresh();
            return;
        }
        whenFinished(proxy()->EnableService(QStringLiteral("postfix")), [this, since](QDBusPendingCallWatcher *ew) {
            showIfFailed(ew);
            showJournal(since, true);
            Q_EMIT systemChanged();
            refresh();
        });
    });
}

void StartStep::showJournal(quint64 sinceUsec, bool afterStart)
{
    whenFinished(proxy()->GetMailLog(QString(), sinceUsec, 5000), [this, afterStart](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::LogEntryList, QString> r = *w;
        if (r.isError()) {
            m_journal->setPlainText(
                tr("The mail log could not be read: %1").arg(Mailroom::HelperError::fromDBus(r.error()).userMessage()));
            return;
        }
        QStringList lines;
        bool started = false;
        for (const auto &e : r.argumentAt<0>()) {
            if (!isProof(e)) {
                continue;
            }
            if (e.message.contains(QLatin1String("daemon started"))) {
                if (!afterStart) {
                    lines.clear(); // only the latest start matters
                }
                started = true;
            }
            lines << formatEntry(e);
        }
        m_journal->setPlainText(lines.isEmpty() ? tr("No start or error lines in the mail log.")
                                                : lines.join(QLatin1Char('\n')));
        if (afterStart) {
            setResult(started ? tr("Postfix started: the log shows “daemon started”.") : QString());
        }
    });
}
