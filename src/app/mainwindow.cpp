// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "config/queuetab.h"
#include "configpage.h"
#include "dashboardpage.h"
#include "logspage.h"
#include "mailpage.h"
#include "setuppage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStyle>
#include <QSysInfo>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Mailroom — %1").arg(QSysInfo::machineHostName()));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(190);
    m_nav->setAccessibleName(tr("Sections"));

    const QStyle *st = style();
    const struct
    {
        QString name;
        QIcon icon;
    } sections[] = {
        {tr("Dashboard"),
         QIcon::fromTheme(QStringLiteral("view-dashboard"), st->standardIcon(QStyle::SP_ComputerIcon))},
        {tr("Setup"), QIcon::fromTheme(QStringLiteral("tools-wizard"), st->standardIcon(QStyle::SP_ArrowForward))},
        {tr("Mail"),
         QIcon::fromTheme(QStringLiteral("mail-message"), st->standardIcon(QStyle::SP_FileDialogDetailedView))},
        {tr("Logs"),
         QIcon::fromTheme(QStringLiteral("text-x-log"), st->standardIcon(QStyle::SP_FileDialogContentsView))},
        {tr("Configuration"),
         QIcon::fromTheme(QStringLiteral("configure"), st->standardIcon(QStyle::SP_FileDialogInfoView))},
    };
    for (const auto &s : sections) {
        auto *item = new QListWidgetItem(s.icon, s.name, m_nav);
        item->setSizeHint(QSize(0, 40));
    }

    auto *dashboard = new DashboardPage(this);
    m_stack->addWidget(dashboard);
    auto *setup = new SetupPage(this);
    m_stack->addWidget(setup);
    auto *mail = new MailPage(this);
    m_stack->addWidget(mail);
    auto *logs = new LogsPage(this);
    m_stack->addWidget(logs);
    auto *config = new ConfigPage(this);
    m_stack->addWidget(config);

    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(dashboard, &DashboardPage::setupRequested, this, [this] { showSection(Setup); });
    connect(dashboard, &DashboardPage::certificatesRequested, this, [this, config] {
        showSection(Configuration);
        config->showCertificates();
    });
    connect(dashboard, &DashboardPage::spamFilterRequested, this, [this, config] {
        showSection(Configuration);
        config->showSpamFilter();
    });
    connect(setup, &SetupPage::openMailRequested, this, [this, mail](const QString &user, const QString &subject) {
        showSection(Mail);
        mail->selectNewestWithSubject(subject);
        mail->openUsersMailbox(user);
    });
    connect(logs, &LogsPage::fixRequested, this, [this, setup](Mailroom::Diagnosis::FixTarget target) {
        if (setup->showFix(target)) {
            showSection(Setup);
        }
    });

    connect(config->queueTab(), &QueueTab::showInLogsRequested, this, [this, logs](const QString &queueId) {
        showSection(Logs);
        logs->showQueueId(queueId);
    });
    // The badge: messages that have waited longer than an hour.
    connect(config->queueTab(), &QueueTab::longWaitingChanged, this, [this](int count) {
        QListWidgetItem *item = m_nav->item(Configuration);
        item->setText(count > 0 ? tr("Configuration (%1)").arg(count) : tr("Configuration"));
        item->setToolTip(count > 0
                             ? tr("%n message(s) have waited in the mail queue for more than an hour.", nullptr, count)
                             : QString());
    });
    config->queueTab()->startWatching();

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, dashboard, &DashboardPage::refresh);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mailroom"), this, [this] {
        QMessageBox::about(this, tr("About Mailroom"),
                           tr("<h3>Mailroom %1</h3><p>Set up and run a Postfix mail server from the desktop, read "
                              "local mailboxes and follow the mail log.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_nav->setCurrentRow(Dashboard);
    resize(1120, 720);
}

void MainWindow::showSection(Section section)
{
    m_nav->setCurrentRow(section);
}
