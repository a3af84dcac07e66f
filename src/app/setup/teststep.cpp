// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/teststep.h"

#include "helperproxy.h"
#include "logs/deliveryline.h"
#include "setup/testmailtracker.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
enum Stage
{
    Pickup,
    Cleanup,
    Queued,
    Delivered,
    Removed,
    StageCount
};
} // namespace

TestStep::TestStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Test mail"), parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_send(new QPushButton(tr("Send test mail"), this))
    , m_open(new QPushButton(tr("Open in Mail"), this))
    , m_timeline(new QListWidget(this))
    , m_lines(new QPlainTextEdit(this))
    , m_tracker(new Mailroom::TestMailTracker(proxy(), this))
{
    setIntro(tr("The simplest test is a message from one local user to another. Postfix picks it up, cleans it "
                "up, queues it and delivers it to the recipient's mailbox; each stage leaves a line in the mail log."),
             tr("sends one short message; nothing in the configuration changes."));
    auto *form = new QFormLayout;
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    const QStringList users = localUsers();
    m_from->addItems(users);
    m_to->addItems(users);
    if (users.size() > 1) {
        m_to->setCurrentIndex(1);
    }
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    body()->addLayout(form);

    m_timeline->setObjectName(QStringLiteral("timeline"));
    const QStringList stages {tr("Picked up from the local submission (pickup)"),
                              tr("Headers checked and completed (cleanup)"), tr("In the queue (qmgr)"),
                              tr("Delivered to the mailbox (local, status=sent)"), tr("Removed from the queue")};
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    for (const QString &s : stages) {
        m_timeline->addItem(new QListWidgetItem(QIcon(blank), s));
    }
    m_timeline->setIconSize(QSize(16, 16));
    body()->addWidget(new QLabel(tr("The message's way through Postfix:"), this));
    m_timeline->setMaximumHeight(qMax(m_timeline->sizeHintForRow(0), 18) * (StageCount + 1));
    body()->addWidget(m_timeline);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setMinimumHeight(100);
    body()->addWidget(m_lines, 1);

    m_send->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_send);
    m_open->setObjectName(QStringLiteral("openInMail"));
    m_open->setToolTip(tr("Show the delivered message in the recipient's mailbox"));
    m_open->hide();
    buttons()->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openMailRequested(m_sentTo, m_subject); });
    connect(m_send, &QPushButton::clicked, this, &TestStep::send);
    connect(m_tracker, &Mailroom::TestMailTracker::queued, this,
            [this](const QString &id) { m_lines->appendPlainText(tr("Queued as %1").arg(id)); });
    connect(m_tracker, &Mailroom::TestMailTracker::logLine, this, &TestStep::handle);
    connect(m_tracker, &Mailroom::TestMailTracker::finished, this, &TestStep::finished);
}

QStringList TestStep::localUsers(const QString &passwdPath)
{
    QFile f(passwdPath);
    QStringList users;
    if (!f.open(QIODevice::ReadOnly)) {
        return users;
    }
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(':');
        if (parts.size() < 7) {
            continue;
        }
        bool ok = false;
        const uint uid = parts.at(2).toUInt(&ok);
        const QByteArray shell = parts.at(6);
        if (!ok || uid < 1000 || uid == 65534 || shell.isEmpty() || shell.endsWith("nologin")
            || shell.endsWith("/false")) {
            continue;
        }
        users << QString::fromUtf8(parts.at(0));
    }
    return users;
}

void TestStep::refresh()
{
    whenFinished(
        proxy()->GetConfig({QStringLiteral("mydomain"), QStringLiteral("mydestination")}),
        [this](QDBusPendingCallWatcher *w) {
            QDBusPendingReply<Mailroom::ConfigValueList> r = *w;
            if (r.isError()) {
                setState(tr("Postfix is not set up yet: install and start it first."));
                m_send->setEnabled(false);
                setDone(false);
                return;
            }
            for (const auto &v : r.value()) {
                if (v.key == QLatin1String("mydomain")) {
                    m_domain = v.value;
                }
            }
            m_send->setEnabled(!m_following);
            // A local delivery in the log means this step has been done before.
            whenFinished(
                proxy()->GetMailLog(QString(),
                                    quint64(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000) * 1000, 5000),
                [this](QDBusPendingCallWatcher *lw) {
                    QDBusPendingReply<Mailroom::LogEntryList, QString> log = *lw;
                    QString last;
                    if (!log.isError()) {
                        for (const auto &e : log.argumentAt<0>()) {
                            const auto d = Mailroom::DeliveryLine::parse(e.message);
                            if (e.identifier == QLatin1String("postfix/local") && d
                                && d->status == Mailroom::DeliveryStatus::Sent) {
                                last = e.message;
                            }
                        }
                    }
                    setState(last.isEmpty()
                                 ? tr("Mail is addressed to <b>user@%1</b>. No local delivery in the mail log yet.")
                                       .arg(m_domain.toHtmlEscaped())
                                 : tr("Mail is addressed to <b>user@%1</b>. Last local delivery:<br><tt>%2</tt>")
                                       .arg(m_domain.toHtmlEscaped(), last.toHtmlEscaped()));
                    setDone(m_deliveredNow || !last.isEmpty());
                });
        });
}

void TestStep::send()
{
    if (m_from->currentText().isEmpty() || m_to->currentText().isEmpty()) {
        setError(tr("Choose who sends and who receives the test mail."));
        return;
    }
    setError(QString());
    setResult(QString());
    m_send->setEnabled(false);
    m_following = true;
    m_open->hide();
    m_sentTo = m_to->currentText();
    m_subject = tr("Mailroom test message");
    m_lines->clear();
    for (int i = 0; i < m_timeline->count(); ++i) {
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        m_timeline->item(i)->setIcon(QIcon(blank));
    }
    m_tracker->send(m_from->currentText(), m_sentTo + QLatin1Char('@') + m_domain, m_subject);
}

void TestStep::handle(const Mailroom::LogEntry &e)
{
    const QString line = e.identifier + QStringLiteral(": ") + e.message;
    m_lines->appendPlainText(line);
    if (e.identifier == QLatin1String("postfix/pickup")) {
        mark(Pickup, line);
    } else if (e.identifier == QLatin1String("postfix/cleanup")) {
        mark(Cleanup, line);
    } else if (const auto d = Mailroom::DeliveryLine::parse(e.message);
               d && d->status == Mailroom::DeliveryStatus::Sent) {
        mark(Delivered, line);
        m_deliveredNow = true;
    } else if (e.message.endsWith(QLatin1String(": removed"))) {
        mark(Removed, line);
    } else if (e.identifier == QLatin1String("postfix/qmgr")) {
        mark(Queued, line);
    }
}

void TestStep::finished(const Mailroom::DeliveryLine &result, const QString &error)
{
    if (result.status == Mailroom::DeliveryStatus::Sent) {
        stop(tr("The test mail was delivered."), true);
    } else if (result.status != Mailroom::DeliveryStatus::Other) {
        // As Postfix words it: "deferred (connect to …: Connection refused)".
        const QString why = result.reason.isEmpty() ? result.statusWord()
                                                    : QStringLiteral("%1 (%2)").arg(result.statusWord(), result.reason);
        stop(tr("The message was not delivered: %1").arg(why), false);
    } else {
        stop(error, false);
    }
}

void TestStep::mark(int stage, const QString &line)
{
    if (QListWidgetItem *item = m_timeline->item(stage)) {
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setToolTip(line);
    }
}

void TestStep::stop(const QString &result, bool delivered)
{
    m_following = false;
    m_send->setEnabled(true);
    if (delivered) {
        setResult(result);
        m_open->setVisible(true);
    } else if (!result.isEmpty()) {
        setError(result);
    }
    refresh();
}
