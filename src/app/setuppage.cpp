// SPDX-License-Identifier: GPL-2.0-or-later
#include "setuppage.h"

#include "helperclient.h"
#include "hosts/helperconnection.h"
#include "setup/basicsstep.h"
#include "setup/dnsstep.h"
#include "setup/filterstep.h"
#include "setup/firewallstep.h"
#include "setup/installstep.h"
#include "setup/mailaccessstep.h"
#include "setup/othermtastep.h"
#include "setup/overviewstep.h"
#include "setup/relaystep.h"
#include "setup/startstep.h"
#include "setup/summarystep.h"
#include "setup/teststep.h"
#include "setup/tlsstep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

SetupPage::SetupPage(QWidget *parent)
    : SetupPage(Mailroom::HelperConnection(), parent)
{ }

SetupPage::SetupPage(const Mailroom::HelperConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_client(new Mailroom::HelperClient(connection.bus(), this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_progress(new QLabel(this))
{
    m_steps << new OverviewStep(m_client, this) << new OtherMtaStep(m_client, this) << new FirewallStep(m_client, this)
            << new InstallStep(m_client, this) << new BasicsStep(m_client, this) << new StartStep(m_client, this)
            << new FilterStep(m_client, this) << new TlsStep(m_client, this) << new MailAccessStep(m_client, this)
            << new TestStep(m_client, this) << new DnsStep(m_client, this) << new RelayStep(m_client, this)
            << new SummaryStep(m_client, this);
    for (SetupStep *step : std::as_const(m_steps)) {
        if (auto *test = qobject_cast<TestStep *>(step)) {
            connect(test, &TestStep::openMailRequested, this, &SetupPage::openMailRequested);
        }
    }
    const QStringList names {QStringLiteral("overview"), QStringLiteral("othermta"), QStringLiteral("firewall"),
                             QStringLiteral("install"),  QStringLiteral("basics"),   QStringLiteral("start"),
                             QStringLiteral("filter"),   QStringLiteral("tls"),      QStringLiteral("clients"),
                             QStringLiteral("test"),     QStringLiteral("dns"),      QStringLiteral("relay"),
                             QStringLiteral("summary")};

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto *left = new QVBoxLayout;
    auto *title = new QLabel(tr("Setup"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    left->addWidget(title);
    m_list->setObjectName(QStringLiteral("steps"));
    m_list->setMinimumWidth(200);
    m_list->setMaximumWidth(260);
    m_list->setIconSize(QSize(16, 16));
    m_list->setSpacing(3);
    left->addWidget(m_list, 1);
    m_progress->setObjectName(QStringLiteral("stepsDone"));
    m_progress->setWordWrap(true);
    left->addWidget(m_progress);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    for (int i = 0; i < m_steps.size(); ++i) {
        SetupStep *step = m_steps.at(i);
        step->setObjectName(QStringLiteral("step-") + names.value(i));
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(step);
        m_stack->addWidget(scroll);
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(step->title()), m_list);
        item->setData(Qt::UserRole, false);
        connect(step, &SetupStep::doneChanged, this, [this, i] { updateMark(i); });
        connect(step, &SetupStep::systemChanged, this, &SetupPage::refreshAll);
        updateMark(i);
    }
    right->addWidget(m_stack, 1);
    auto *nav = new QHBoxLayout;
    m_back->setObjectName(QStringLiteral("back"));
    m_next->setObjectName(QStringLiteral("next"));
    nav->addStretch(1);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    right->addLayout(nav);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_stack->setCurrentIndex(row);
            m_back->setEnabled(row > 0);
            m_next->setEnabled(row + 1 < m_steps.size());
        }
    });
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(currentStep() + 1); });
    m_list->setCurrentRow(0);
    refreshAll();
}

void SetupPage::showStep(int index)
{
    if (index >= 0 && index < m_steps.size()) {
        m_list->setCurrentRow(index);
    }
}

bool SetupPage::showStepNamed(const QString &name)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i)->objectName() == QStringLiteral("step-") + name) {
            showStep(i);
            return true;
        }
    }
    return false;
}

bool SetupPage::showFix(Mailroom::Diagnosis::FixTarget target)
{
    using T = Mailroom::Diagnosis::FixTarget;
    switch (target) {
    case T::RelaySettings: // e.g. the provider blocks outgoing port 25
    case T::Credentials: // the relay refused our login
    case T::Tls:
        return showStepNamed(QStringLiteral("relay"));
    case T::MyNetworks:
    case T::MyDestination:
        return showStepNamed(QStringLiteral("basics"));
    case T::Dns:
        return showStepNamed(QStringLiteral("dns"));
    case T::Firewall:
        return showStepNamed(QStringLiteral("firewall"));
    case T::None:
        break;
    }
    return false;
}

int SetupPage::currentStep() const
{
    return m_list->currentRow();
}

void SetupPage::refreshAll()
{
    for (SetupStep *step : std::as_const(m_steps)) {
        step->refresh();
    }
}

void SetupPage::updateMark(int index)
{
    QListWidgetItem *item = m_list->item(index);
    const bool done = m_steps.at(index)->isDone();
    item->setData(Qt::UserRole, done);
    // An empty icon of the same size keeps the titles aligned while a step is to do.
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    item->setIcon(done ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon(blank));
    item->setToolTip(done ? tr("Done") : tr("To do"));
    int count = 0;
    for (SetupStep *step : std::as_const(m_steps)) {
        count += step->isDone() ? 1 : 0;
    }
    m_progress->setText(tr("%1 of %2 steps done").arg(count).arg(m_steps.size()));
}
