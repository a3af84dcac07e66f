// SPDX-License-Identifier: GPL-2.0-or-later
#include "dashboardpage.h"

#include "bannerstyle.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "mailsystemsummary.h"
#include "servicecard.h"
#include "servicestatemodel.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
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
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_client(new Mailroom::HelperClient(QDBusConnection::systemBus(), this))
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
{
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

    auto *tableTitle = new QLabel(tr("All mail services on this machine"), this);
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
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
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
    } else if (!m_certificateChecked.isValid() || m_certificateChecked.hasExpired(60 * 1000)) {
        // Once a minute is often enough for a date that changes by days.
        checkCertificate();
    }
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
