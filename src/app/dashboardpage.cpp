// SPDX-License-Identifier: GPL-2.0-or-later
#include "dashboardpage.h"

#include "bannerstyle.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "hosts/helperconnection.h"
#include "logs/journalfeed.h"
#include "mailsystemsummary.h"
#include "servicecard.h"
#include "servicestatemodel.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The locale's clock time with seconds, without the time zone's name (the long format's "t":
// "Coordinated Universal Time" or "协调世界时" in front of the time on a status line).
QString clockTime()
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::LongFormat);
    static const QRegularExpression zone(QStringLiteral("\\s*t+\\s*"));
    format.replace(zone, QStringLiteral(" "));
    return locale.toString(QTime::currentTime(), format.trimmed());
}
} // namespace

namespace {
// Often enough to notice a service that stopped; cheap for systemd and polkit.
constexpr int RefreshIntervalMs = 5000;
// The certificate and the spam filter change rarely: once a minute is enough.
constexpr qint64 SlowCheckMs = 60 * 1000;

QString score(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : DashboardPage(Mailroom::HelperConnection(), parent)
{ }

DashboardPage::DashboardPage(const Mailroom::HelperConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(new Mailroom::HelperClient(connection.bus(), this))
    , m_model(new Mailroom::ServiceStateModel(this))
    , m_headline(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_setupButton(new QPushButton(tr("Open Setup"), this))
    , m_error(new QLabel(this))
    , m_postfix(new ServiceCard(QStringLiteral("Postfix"),
                                tr("The mail transfer agent (MTA) Mailroom sets up: it receives mail for this "
                                   "machine's users and sends mail on."),
                                this))
    , m_sendmail(new ServiceCard(QStringLiteral("sendmail"),
                                 tr("The traditional MTA many systems start with. It must make way for Postfix: "
                                    "only one program can serve port 25."),
                                 this))
    , m_table(new QTableView(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_timer(new QTimer(this))
    , m_certificate(new QLabel(this))
    , m_certificateButton(new QPushButton(tr("Certificates"), this))
    , m_quietClient(new Mailroom::HelperClient(connection.bus(), this))
    , m_spamRow(new QFrame(this))
    , m_spamState(new QLabel(m_spamRow))
    , m_spamToday(new QLabel(m_spamRow))
    , m_spamWarning(new QLabel(m_spamRow))
    , m_spamButton(new QPushButton(tr("Spam filter settings"), m_spamRow))
    , m_spamFeed(new Mailroom::JournalFeed(m_quietClient, this))
{
    m_quietClient->proxy()->setInteractiveAuthorizationAllowed(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Dashboard"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);

    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(BannerStyle::Error);
    m_error->hide();
    layout->addWidget(m_error);

    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.15);
    m_headline->setFont(hf);
    m_headline->setText(tr("Checking the mail system…"));
    layout->addWidget(m_headline);

    auto *nextRow = new QHBoxLayout;
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setWordWrap(true);
    nextRow->addWidget(m_nextStep, 1);
    m_setupButton->hide();
    nextRow->addWidget(m_setupButton, 0, Qt::AlignTop);
    layout->addLayout(nextRow);

    auto *certificateRow = new QHBoxLayout;
    m_certificate->setObjectName(QStringLiteral("certificateNotice"));
    m_certificate->setWordWrap(true);
    m_certificate->setStyleSheet(BannerStyle::Warning);
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_certificateButton, 0, Qt::AlignTop);
    m_certificate->hide();
    m_certificateButton->hide();
    layout->addLayout(certificateRow);

    auto *cards = new QHBoxLayout;
    cards->addWidget(m_postfix);
    cards->addWidget(m_sendmail);
    layout->addLayout(cards);

    // Below the cards, only while Postfix is installed (the filter works inside Postfix).
    auto *spamFrame = m_spamRow;
    spamFrame->setObjectName(QStringLiteral("spamFilterRow"));
    spamFrame->setFrameShape(QFrame::StyledPanel);
    spamFrame->setAutoFillBackground(true);
    spamFrame->setBackgroundRole(QPalette::Base);
    auto *spamLayout = new QGridLayout(spamFrame);
    auto *spamTitle = new QLabel(tr("Spam filter"), spamFrame);
    QFont sf = spamTitle->font();
    sf.setBold(true);
    spamTitle->setFont(sf);
    spamLayout->addWidget(spamTitle, 0, 0, Qt::AlignTop);
    m_spamState->setObjectName(QStringLiteral("spamFilterState"));
    m_spamState->setWordWrap(true);
    spamLayout->addWidget(m_spamState, 0, 1);
    m_spamToday->setObjectName(QStringLiteral("spamToday"));
    m_spamToday->setWordWrap(true);
    spamLayout->addWidget(m_spamToday, 1, 1);
    m_spamWarning->setObjectName(QStringLiteral("spamFilterWarning"));
    m_spamWarning->setWordWrap(true);
    m_spamWarning->setStyleSheet(BannerStyle::Warning);
    m_spamWarning->hide();
    spamLayout->addWidget(m_spamWarning, 2, 1);
    m_spamButton->setObjectName(QStringLiteral("spamFilterButton"));
    spamLayout->addWidget(m_spamButton, 0, 2, 2, 1, Qt::AlignTop);
    spamLayout->setColumnStretch(1, 1);
    spamLayout->setHorizontalSpacing(16);
    m_spamRow->hide();
    layout->addWidget(m_spamRow);

    auto *tableTitle = new QLabel(connection.isRemote() ? tr("All mail services on %1").arg(connection.host().host)
                                                        : tr("All mail services on this computer"),
                                  this);
    QFont bf = tableTitle->font();
    bf.setBold(true);
    tableTitle->setFont(bf);
    layout->addWidget(tableTitle);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setMaximumHeight(170);
    layout->addWidget(m_table);

    layout->addStretch(1);

    auto *footer = new QHBoxLayout;
    m_updated->setObjectName(QStringLiteral("updatedAt"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(m_updated, 1);
    footer->addWidget(m_refresh);
    layout->addLayout(footer);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_setupButton, &QPushButton::clicked, this, &DashboardPage::setupRequested);
    connect(m_certificateButton, &QPushButton::clicked, this, &DashboardPage::certificatesRequested);
    connect(m_spamButton, &QPushButton::clicked, this, &DashboardPage::spamFilterRequested);
    connect(m_spamFeed, &Mailroom::JournalFeed::linesReady, this, [this](const QByteArray &lines) {
        m_spamCounter.addText(lines);
        if (m_spamFeed->isLoaded()) {
            showSpamToday();
        }
    });
    connect(m_spamFeed, &Mailroom::JournalFeed::loaded, this, [this] {
        m_spamCount = SpamCount::Counting;
        showSpamToday();
    });
    connect(m_spamFeed, &Mailroom::JournalFeed::failed, this, [this](const QString &message) {
        m_spamCount = m_spamFeed->lastError().kind == Mailroom::HelperError::Kind::AccessDenied ? SpamCount::NotAllowed
                                                                                                : SpamCount::Failed;
        m_spamError = message;
        m_spamDay = QDate(); // the next check of the filter tries again
        showSpamToday();
    });
    connect(m_client, &Mailroom::HelperClient::serviceStatesReady, this, &DashboardPage::onStates);
    connect(m_client, &Mailroom::HelperClient::failed, this, &DashboardPage::onError);
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
}

void DashboardPage::refresh()
{
    if (m_pending) {
        return;
    }
    m_pending = true;
    m_refresh->setEnabled(false);
    m_client->requestServiceStates();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
    if (m_spamDay.isValid()) {
        m_spamFeed->setFollow(true);
    }
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
    // The count resumes from the journal's cursor when the page is shown again.
    m_spamFeed->setFollow(false);
}

void DashboardPage::onStates(const QList<Mailroom::ServiceState> &states)
{
    m_pending = false;
    m_refresh->setEnabled(true);
    m_error->hide();
    m_model->setStates(states);
    m_postfix->setState(m_model->state(QStringLiteral("postfix.service")));
    m_sendmail->setState(m_model->state(QStringLiteral("sendmail.service")));

    const auto summary = Mailroom::MailSystemSummary::fromStates(states);
    m_headline->setText(summary.headline);
    m_nextStep->setText(summary.nextStep.isEmpty() ? QString() : tr("Next step: %1").arg(summary.nextStep));
    m_nextStep->setVisible(!summary.nextStep.isEmpty());
    m_setupButton->setVisible(summary.suggestsSetup);
    m_updated->setText(tr("Updated at %1").arg(clockTime()));

    const Mailroom::ServiceState postfix = m_model->state(QStringLiteral("postfix.service"));
    if (!postfix.installed) {
        m_certificate->hide();
        m_certificateButton->hide();
        hideSpamFilter();
        return;
    }
    if (!m_certificateChecked.isValid() || m_certificateChecked.hasExpired(SlowCheckMs)) {
        // Once a minute is often enough for a date that changes by days.
        checkCertificate();
    }
    if (!m_spamChecked.isValid() || m_spamChecked.hasExpired(SlowCheckMs)) {
        checkSpamFilter();
    } else if (m_spamInstalled && m_spamDay.isValid() && m_spamDay != QDate::currentDate()) {
        countSpamToday(); // past midnight: a new day's count
    }
}

void DashboardPage::checkSpamFilter()
{
    m_spamChecked.start();
    auto *w = new QDBusPendingCallWatcher(m_quietClient->proxy()->GetSpamFilter(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::SpamFilterState> reply = *watcher;
        if (reply.isError()) {
            hideSpamFilter(); // the services' state says what is wrong with the helper
            return;
        }
        showSpamFilter(reply.value());
    });
}

void DashboardPage::showSpamFilter(const Mailroom::SpamFilterState &state)
{
    m_spamInstalled = state.installed;
    QString text;
    if (!state.installed) {
        text = tr("Not installed: incoming mail is not checked for spam. SpamAssassin can be installed from the "
                  "spam filter settings.");
    } else if (!state.enabled) {
        text = tr("Off: SpamAssassin is installed, but Postfix does not ask it about incoming mail.");
    } else if (state.action == QLatin1String("reject")) {
        text = tr("On: tags mail at %1 or more, rejects at %2 or more.")
                   .arg(score(state.tagScore), score(state.actionScore));
    } else if (state.action == QLatin1String("tag")) {
        text = tr("On: tags mail at %1 or more.").arg(score(state.tagScore));
    } else if (state.action == QLatin1String("folder")) {
        text = tr("On: tags mail at %1 or more, moves mail at %2 or more to the Spam folder.")
                   .arg(score(state.tagScore), score(state.actionScore));
    } else {
        //: %3 is the filter's action as the helper names it (a newer helper may know more)
        text = tr("On: tags mail at %1 or more; at %2 or more: “%3”.")
                   .arg(score(state.tagScore), score(state.actionScore), state.action);
    }
    m_spamState->setText(text);

    QStringList stopped;
    if (state.enabled && !state.spamdActive) {
        stopped << QStringLiteral("spamd");
    }
    if (state.enabled && !state.milterActive) {
        stopped << QStringLiteral("spamass-milter");
    }
    QString warning;
    if (stopped.size() == 2) {
        warning = tr("spamd and spamass-milter are not running, so incoming mail is delivered without a spam check.");
    } else if (stopped.size() == 1) {
        warning = tr("%1 is not running, so incoming mail is delivered without a spam check.").arg(stopped.first());
    }
    m_spamWarning->setText(warning);
    m_spamWarning->setVisible(!warning.isEmpty());
    m_spamRow->show();

    if (!state.installed) {
        m_spamFeed->stop();
        m_spamCounter.clear();
        m_spamDay = QDate();
        m_spamToday->hide();
    } else if (!m_spamDay.isValid() || m_spamDay != QDate::currentDate()) {
        countSpamToday();
    }
}

void DashboardPage::hideSpamFilter()
{
    m_spamRow->hide();
    m_spamInstalled = false;
    m_spamFeed->stop();
    m_spamCounter.clear();
    m_spamDay = QDate();
}

void DashboardPage::countSpamToday()
{
    m_spamDay = QDate::currentDate();
    m_spamCounter.clear();
    // After a refusal or a failure (tried again each minute) the sentence stays until there is a count.
    if (m_spamCount == SpamCount::Counting) {
        m_spamCount = SpamCount::Loading;
    }
    showSpamToday();
    const qint64 midnightMs = m_spamDay.startOfDay().toMSecsSinceEpoch();
    m_spamFeed->setFollow(isVisible());
    m_spamFeed->start(quint64(midnightMs) * 1000);
}

void DashboardPage::showSpamToday()
{
    QString text;
    switch (m_spamCount) {
    case SpamCount::Loading:
        text = tr("Counting today's spam…");
        break;
    case SpamCount::NotAllowed:
        text = tr("Today's count needs the mail log, which your account may only read after authenticating: the "
                  "Logs page asks for it.");
        break;
    case SpamCount::Failed:
        text = tr("Today's count is not available: %1").arg(m_spamError);
        break;
    case SpamCount::Counting: {
        const Mailroom::SpamTotals t = m_spamCounter.totals();
        const QLocale locale;
        if (t.spam == 0 && t.scanned == 0) {
            text = tr("No spam yet today.");
        } else if (t.spam == 0) {
            text = tr("No spam yet today; %n message(s) checked.", nullptr, int(t.scanned));
        } else {
            //: %1 spam messages today, of them %2 rejected and %3 tagged; %4 messages checked in all
            text = tr("Today: %1 spam (%2 rejected, %3 tagged) of %4 checked.")
                       .arg(locale.toString(t.spam), locale.toString(t.rejected), locale.toString(t.tagged),
                            locale.toString(t.scanned));
        }
        break;
    }
    }
    m_spamToday->setText(text);
    m_spamToday->show();
}

void DashboardPage::checkCertificate()
{
    m_certificateChecked.start();
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->GetTlsCertificate(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::TlsCertificateState> reply = *watcher;
        QString notice;
        if (!reply.isError()) {
            const Mailroom::TlsCertificateState tls = reply.value();
            const auto c = Mailroom::CertificateSummary::fromPem(tls.chainPem.toLatin1(), tls.hostName);
            if (c.isNull) {
                notice = tr("Postfix offers no TLS certificate: mail from other servers arrives unencrypted. Make one "
                            "in Configuration → Certificates.");
            } else {
                const auto expiry
                    = Mailroom::CertificateExpiry::at(c.notBefore, c.notAfter, QDateTime::currentDateTimeUtc());
                if (expiry.needsAttention()) {
                    notice = expiry.message(tls.hostName, tls.source);
                }
            }
        }
        m_certificate->setText(notice);
        m_certificate->setVisible(!notice.isEmpty());
        m_certificateButton->setVisible(!notice.isEmpty());
    });
}

void DashboardPage::onError(const Mailroom::HelperError &error)
{
    m_pending = false;
    m_refresh->setEnabled(true);
    m_error->setText(error.userMessage());
    m_error->show();
    m_headline->setText(tr("The mail system's state is unknown."));
    m_nextStep->hide();
    m_setupButton->hide();
    m_postfix->setUnknown();
    m_sendmail->setUnknown();
    m_updated->setText(tr("Last attempt at %1").arg(clockTime()));
    // Do not keep asking polkit when the answer was no; Refresh tries again.
    if (error.kind == Mailroom::HelperError::Kind::AccessDenied) {
        m_timer->stop();
    }
}
