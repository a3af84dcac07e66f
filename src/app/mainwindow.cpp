// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "askpassdialog.h"
#include "bannerstyle.h"
#include "config/queuetab.h"
#include "configpage.h"
#include "connectdialog.h"
#include "dashboardpage.h"
#include "hosts/hostconnector.h"
#include "hosts/hostspage.h"
#include "logspage.h"
#include "mailpage.h"
#include "setuppage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSysInfo>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Mailroom::HelperConnection(), parent)
{ }

MainWindow::MainWindow(const Mailroom::HelperConnection &connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_lostBanner(new QFrame(this))
    , m_lostText(new QLabel(m_lostBanner))
    , m_reconnect(new QPushButton(tr("Reconnect"), m_lostBanner))
    , m_hostLabel(new QLabel(this))
    , m_connectionTimer(new QTimer(this))
    , m_reconnector(new Mailroom::HostConnector(this))
{
    setWindowTitle(tr("Mailroom — %1").arg(hostName()));
    setObjectName(QStringLiteral("MainWindow"));

    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    // A lost connection: the sentence from ssh and Reconnect, above every page.
    m_lostBanner->setObjectName(QStringLiteral("connectionLost"));
    auto *lostLayout = new QHBoxLayout(m_lostBanner);
    m_lostText->setObjectName(QStringLiteral("connectionLostText"));
    m_lostText->setWordWrap(true);
    m_lostText->setStyleSheet(BannerStyle::Error);
    m_lostText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lostLayout->addWidget(m_lostText, 1);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    lostLayout->addWidget(m_reconnect);
    m_lostBanner->hide();
    outerLayout->addWidget(m_lostBanner);

    auto *central = new QWidget(outer);
    outerLayout->addWidget(central, 1);
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
    if (!m_connection.isRemote()) {
        auto *item = new QListWidgetItem(
            QIcon::fromTheme(QStringLiteral("network-server"), st->standardIcon(QStyle::SP_DriveNetIcon)), tr("Hosts"),
            m_nav);
        item->setSizeHint(QSize(0, 40));
    }

    auto *dashboard = new DashboardPage(m_connection, this);
    m_stack->addWidget(dashboard);
    auto *setup = new SetupPage(m_connection, this);
    m_stack->addWidget(setup);
    auto *mail = new MailPage(m_connection, this);
    m_stack->addWidget(mail);
    auto *logs = new LogsPage(m_connection, this);
    m_stack->addWidget(logs);
    auto *config = new ConfigPage(m_connection, this);
    m_stack->addWidget(config);
    if (!m_connection.isRemote()) {
        auto *hosts = new HostsPage(this);
        m_stack->addWidget(hosts);
        connect(hosts, &HostsPage::openHostRequested, this, &MainWindow::connectToHost);
    }

    layout->addWidget(m_nav);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(outer);

    m_hostLabel->setObjectName(QStringLiteral("hostLabel"));
    m_hostLabel->setText(m_connection.isRemote() ? tr("%1 over SSH").arg(hostName())
                                                 : tr("%1 (this computer)").arg(hostName()));
    statusBar()->addPermanentWidget(m_hostLabel);
    if (m_connection.isRemote()) {
        // Qt tells of a closed bus connection only through isConnected(): ask once a second.
        m_connectionTimer->setInterval(1000);
        connect(m_connectionTimer, &QTimer::timeout, this, &MainWindow::checkConnection);
        m_connectionTimer->start();
    }
    connect(m_reconnect, &QPushButton::clicked, this, &MainWindow::reconnect);
    connect(m_reconnector, &Mailroom::HostConnector::finished, this,
            [this](const Mailroom::HelperConnection &fresh, const QString &error) {
                m_reconnect->setEnabled(true);
                m_reconnect->setText(tr("Reconnect"));
                if (!error.isEmpty() || !fresh.isConnected()) {
                    m_lostText->setText(tr("Reconnecting failed: %1").arg(error.isEmpty() ? fresh.failure() : error));
                    return;
                }
                MainWindow *replacement = openHostWindow(fresh);
                replacement->setGeometry(geometry());
                replacement->showSection(Section(m_nav->currentRow()));
                close();
            });

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
    QAction *connectAction = fileMenu->addAction(
        tr("&Connect to Host…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this, &MainWindow::showConnectDialog);
    connectAction->setObjectName(QStringLiteral("connectToHostAction"));
    fileMenu->addSeparator();
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

MainWindow::~MainWindow()
{
    // Each window opened its own connection; ssh ends once the pages' references are gone too.
    m_connection.close();
}

QString MainWindow::hostName() const
{
    return m_connection.isRemote() ? m_connection.host().toString() : QSysInfo::machineHostName();
}

ConnectDialog *MainWindow::newConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this,
            [this](const Mailroom::HelperConnection &connection) { openHostWindow(connection); });
    return dialog;
}

void MainWindow::showConnectDialog()
{
    newConnectDialog()->open();
}

void MainWindow::connectToHost(const Mailroom::HostAddress &host)
{
    ConnectDialog *dialog = newConnectDialog();
    dialog->setHostText(host.toString());
    dialog->open();
    dialog->connectToHost();
}

MainWindow *MainWindow::openHostWindow(const Mailroom::HelperConnection &connection)
{
    auto *window = new MainWindow(connection);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    Q_EMIT hostWindowOpened(window);
    return window;
}

void MainWindow::checkConnection()
{
    if (m_connection.isConnected() || m_lostBanner->isVisible()) {
        return;
    }
    m_connectionTimer->stop();
    m_lostText->setText(m_connection.failure());
    m_lostBanner->show();
    statusBar()->showMessage(tr("Not connected to %1.").arg(hostName()));
}

void MainWindow::reconnect()
{
    if (!m_connection.isRemote() || m_reconnector->isRunning()) {
        return;
    }
    m_reconnect->setEnabled(false);
    m_reconnect->setText(tr("Reconnecting…"));
    Mailroom::HelperConnection::Options options;
    options.askPass = AskPassDialog::program();
    m_reconnector->start(m_connection.host(), options);
}

void MainWindow::showSection(Section section)
{
    if (section >= m_nav->count()) {
        return; // Hosts, in a remote host's window
    }
    m_nav->setCurrentRow(section);
}
