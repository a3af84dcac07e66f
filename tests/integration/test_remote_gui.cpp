// SPDX-License-Identifier: GPL-2.0-or-later
// The GUI on another host over SSH, as alice, against the sandbox itself reached as
// alice@localhost (check_remote_gui.sh starts sshd and gives alice a key): Connect to Host… with
// its validation and a refused host, the Dashboard of the remote window, a mailbox read through
// ReadMailbox that equals /var/mail/alice byte for byte, the journal through the remote helper,
// and a killed connection shown with Reconnect. Run once per UI language (LANGUAGE=en / zh_CN).
#include "askpassdialog.h"
#include "connectdialog.h"
#include "dashboardpage.h"
#include "hosts/hostsmodel.h"
#include "hosts/hostspage.h"
#include "hosts/savedhosts.h"
#include "logspage.h"
#include "mail/messagelistmodel.h"
#include "mailpage.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool chinese()
{
    return qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
}

QString language()
{
    return chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language()))));
}

QString remoteHost()
{
    return qEnvironmentVariable("MAILROOM_REMOTE_HOST", QStringLiteral("alice@localhost"));
}
} // namespace

class TestRemoteGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Mailroom::installTranslations(qApp);
        QApplication::setOrganizationDomain(QStringLiteral("mailroom.github.io"));
        QApplication::setApplicationName(QStringLiteral("mailroom-test-remote"));
        Mailroom::SavedHosts::save({});
    }

    void connectDialog()
    {
        MainWindow local;
        local.show();
        QVERIFY(QTest::qWaitForWindowExposed(&local));
        QVERIFY(local.findChild<QLabel *>(QStringLiteral("hostLabel"))->text().contains(local.hostName()));
        local.showConnectDialog();
        // A QPointer: the dialog deletes itself when it closes after connecting.
        QPointer<ConnectDialog> dialog = local.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("connectMessage"));
        QVERIFY(connectButton && message);

        // Inline validation: nothing is started for a text that is not a host.
        dialog->setHostText(QStringLiteral("alice@-oProxyCommand=x"));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());

        // A host whose key alice does not know (127.0.0.2 is not in her known_hosts): ssh's own
        // sentence, in the dialog, which stays open — within the connect timeout, never a hang.
        dialog->setHostText(QStringLiteral("alice@127.0.0.2"));
        QVERIFY(connectButton->isEnabled());
        QElapsedTimer clock;
        clock.start();
        connectButton->click();
        QVERIFY(dialog->isConnecting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isConnecting(), 30000);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(message->text().contains(QLatin1String("Host key verification failed")), qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        screenshot(dialog, QStringLiteral("remote-connect-failed"));

        // Cancel abandons an attempt at once; the dialog stays.
        // A port on this machine that accepts and never says a word: ssh waits for its banner.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        dialog->setHostText(QStringLiteral("alice@127.0.0.1:%1").arg(silent.serverPort()));
        connectButton->click();
        QVERIFY(dialog->isConnecting());
        dialog->reject();
        QVERIFY(!dialog->isConnecting());
        QVERIFY(dialog->isVisible());
        QVERIFY(connectButton->isEnabled());

        // The host: a window of its own.
        QSignalSpy opened(&local, &MainWindow::hostWindowOpened);
        dialog->setHostText(remoteHost());
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 30000);
        QPointer<MainWindow> remote = opened.at(0).at(0).value<MainWindow *>();
        QVERIFY(remote);
        QVERIFY(remote->testAttribute(Qt::WA_DeleteOnClose));
        QTRY_VERIFY(!dialog); // closed, and deleted (it was read here after its deletion once: ASan)
        QCOMPARE(Mailroom::SavedHosts::load().value(0).toString(), remoteHost());
        remote->close();
        QTRY_VERIFY(!remote);
    }

    // A host whose key is new and a user with a password, no key: ssh asks through the askpass
    // program (here a script standing in for the mailroom program's dialog, tested in
    // test_askpassdialog) for as long as it takes, and the bus connection then uses that login.
    void passwordThroughAskPass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("asked"));
        const QString script = dir.filePath(QStringLiteral("askpass"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\n"
                               "[ \"$MAILROOM_ASKPASS\" = 1 ] || exit 2\n"
                               "printf '%s\\n' \"$1\" >>'%1'\n"
                               // the password after longer than the bus waits for a connection
                               "case \"$1\" in *yes/no*) echo yes ;; *assword*) sleep 27; echo Carol-pass-1 ;; "
                               "*) exit 1 ;; esac\n")
                    .arg(log)
                    .toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // How the mailroom program asks when it is the askpass program (a look, in both languages).
        {
            AskPassDialog look(
                QStringLiteral("The authenticity of host '127.0.0.4 (127.0.0.4)' can't be established.\n"
                               "ED25519 key fingerprint is SHA256:4Fx0dXhHkTiYGY0iVb3Ur4rP1ohcXWBTi7C7Gm7L1Rc.\n"
                               "This key is not known by any other names.\n"
                               "Are you sure you want to continue connecting (yes/no/[fingerprint])? "));
            look.show();
            QVERIFY(QTest::qWaitForWindowExposed(&look));
            screenshot(&look, QStringLiteral("remote-askpass"));
        }
        AskPassDialog::setProgram(script);
        const QString carol = QStringLiteral("carol@127.0.0.4");
        // Each run (one per language) meets the key as new, and logs in afresh.
        QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-R"), QStringLiteral("127.0.0.4")});
        const QString control = Mailroom::HelperConnection::masterControlPath();
        QVERIFY(!control.isEmpty());
        MainWindow local;
        QSignalSpy opened(&local, &MainWindow::hostWindowOpened);
        local.connectToHost(Mailroom::HostAddress::parse(carol));
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 120000);
        AskPassDialog::setProgram({});
        QPointer<MainWindow> remote = opened.at(0).at(0).value<MainWindow *>();
        QVERIFY(remote && remote->connection().isConnected());
        QFile asked(log);
        QVERIFY(asked.open(QIODevice::ReadOnly));
        const QString questions = QString::fromUtf8(asked.readAll());
        QVERIFY2(questions.contains(QLatin1String("(yes/no")), qPrintable(questions));
        QVERIFY2(questions.contains(QLatin1String("carol@127.0.0.4's password")), qPrintable(questions));
        delete remote;
        // The login outlives the window by a minute (another window reuses it): end it now.
        QCOMPARE(QProcess::execute(
                     QStringLiteral("ssh"),
                     {QStringLiteral("-O"), QStringLiteral("exit"), QStringLiteral("-oControlPath=") + control, carol}),
                 0);
    }

    void dashboardOfTheRemoteHost()
    {
        MainWindow *w = openRemote();
        QVERIFY(w);
        QVERIFY2(w->windowTitle().contains(remoteHost()), qPrintable(w->windowTitle()));
        auto *hostLabel = w->findChild<QLabel *>(QStringLiteral("hostLabel"));
        QVERIFY(hostLabel);
        QCOMPARE(hostLabel->text(),
                 chinese() ? QStringLiteral("%1（通过 SSH）").arg(remoteHost())
                           : QStringLiteral("%1 over SSH").arg(remoteHost()));
        auto *headline = w->findChild<QLabel *>(QStringLiteral("headline"));
        auto *error = w->findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(headline && error);
        // The seed scenario, from the helper on the other end of ssh.
        const QString expected = chinese() ? QStringLiteral("sendmail 正在") : QStringLiteral("sendmail is running");
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(expected),
                                  qPrintable(headline->text() + QLatin1Char(' ') + error->text()), 30000);
        QVERIFY(!error->isVisible());
        screenshot(w, QStringLiteral("remote-dashboard"));
        delete w;
    }

    // The Hosts section of this computer's window: the sandbox under two names, each asked over
    // SSH, and a third name whose host key is unknown, which stays a sentence in its row. Open
    // manages a host from there in a window of its own.
    void hostsOverviewInOneWindow()
    {
        const QList<Mailroom::HostAddress> hosts {Mailroom::HostAddress::parse(remoteHost()),
                                                  Mailroom::HostAddress::parse(QStringLiteral("alice@127.0.0.1")),
                                                  Mailroom::HostAddress::parse(QStringLiteral("alice@127.0.0.2"))};
        Mailroom::SavedHosts::save(hosts);
        MainWindow local;
        local.show();
        QVERIFY(QTest::qWaitForWindowExposed(&local));
        local.showSection(MainWindow::Hosts);
        auto *page = local.findChild<HostsPage *>();
        QVERIFY(page && page->isVisible());
        HostsModel *model = page->model();
        QCOMPARE(model->rowCount(), 3);
        const auto rowOf = [model](const QString &host) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->hostAt(row).toString() == host) {
                    return row;
                }
            }
            return -1;
        };
        const auto answered = [model](int row) {
            return model->index(row, HostsModel::Host).data(HostsModel::StateRole).toInt()
                == int(Mailroom::HostStatus::State::Ready)
                && !model->index(row, HostsModel::Postfix).data().toString().isEmpty();
        };
        const int first = rowOf(remoteHost());
        const int second = rowOf(QStringLiteral("alice@127.0.0.1"));
        const int unknown = rowOf(QStringLiteral("alice@127.0.0.2"));
        QVERIFY(first >= 0 && second >= 0 && unknown >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(answered(first) && answered(second), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(unknown, HostsModel::Host).data(HostsModel::StateRole).toInt(),
                                  int(Mailroom::HostStatus::State::Failed), 30000);
        const QString refusal = model->index(unknown, HostsModel::Status).data().toString();
        QVERIFY2(refusal.contains(QLatin1String("Host key verification failed")), qPrintable(refusal));
        // Both names are the same machine: the same answers.
        for (int column : {int(HostsModel::Postfix), int(HostsModel::Queue), int(HostsModel::Certificate)}) {
            QCOMPARE(model->index(first, column).data().toString(), model->index(second, column).data().toString());
        }
        auto *status = page->findChild<QLabel *>(QStringLiteral("hostsUpdated"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), 10000);
        screenshot(&local, QStringLiteral("remote-hosts"));

        // A host taken off the list in the middle of a refresh takes its unanswered calls with
        // it: the refresh still ends, and the other rows are kept.
        QSignalSpy refreshed(page, &HostsPage::refreshed);
        page->refresh();
        Mailroom::SavedHosts::forget(Mailroom::HostAddress::parse(QStringLiteral("alice@127.0.0.1")));
        page->reloadHosts();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 30000);
        QVERIFY(model->hostAt(0).isValid() && model->hostAt(1).isValid());

        // Open the first host: Connect to Host… connects at once, and a window manages it.
        auto *table = page->findChild<QTableView *>(QStringLiteral("hostsTable"));
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, HostsModel::Host).data().toString() == remoteHost()) {
                table->selectRow(row);
            }
        }
        QSignalSpy opened(&local, &MainWindow::hostWindowOpened);
        page->findChild<QPushButton *>(QStringLiteral("openHostButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 30000);
        QPointer<MainWindow> remote = opened.at(0).at(0).value<MainWindow *>();
        QVERIFY(remote);
        QVERIFY2(remote->windowTitle().contains(remoteHost()), qPrintable(remote->windowTitle()));
        // A remote host's window has no Hosts section of its own.
        QCOMPARE(remote->findChild<HostsPage *>(), nullptr);
        delete remote;
        Mailroom::SavedHosts::save({});
    }

    void mailboxReadRemotely()
    {
        MainWindow *w = openRemote();
        QVERIFY(w);
        w->showSection(MainWindow::Mail);
        auto *mail = w->findChild<MailPage *>();
        QVERIFY(mail && mail->isRemote());
        QSignalSpy loaded(mail, &MailPage::mailboxLoaded);
        // alice's own mailbox too comes through the helper, never from this machine's spool.
        mail->openUsersMailbox(QStringLiteral("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY2(loaded.constFirst().constFirst().toBool(),
                 qPrintable(mail->findChild<QLabel *>(QStringLiteral("mailBanner"))->text()));
        QVERIFY(mail->mailboxPath() != QLatin1String("/var/mail/alice"));
        QVERIFY(!mail->mailboxPath().startsWith(QLatin1String("/var/")));
        QFile copy(mail->mailboxPath());
        QFile spool(QStringLiteral("/var/mail/alice"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(spool.open(QIODevice::ReadOnly));
        const QByteArray bytes = spool.readAll();
        QVERIFY(bytes.contains("a letter for the remote window"));
        QCOMPARE(copy.readAll(), bytes);
        QVERIFY(mail->model()->rowCount() > 0);
        // Writing needs the file itself: disabled, with the reason on screen.
        QVERIFY(mail->isReadOnly());
        auto *deleteAction = mail->findChild<QAction *>(QStringLiteral("deleteAction"));
        auto *expungeAction = mail->findChild<QAction *>(QStringLiteral("expungeAction"));
        auto *composeAction = mail->findChild<QAction *>(QStringLiteral("composeAction"));
        QVERIFY(deleteAction && expungeAction && composeAction);
        QVERIFY(!deleteAction->isEnabled());
        QVERIFY(!expungeAction->isEnabled());
        QVERIFY(!composeAction->isEnabled());
        auto *banner = mail->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("localhost")), qPrintable(banner->text()));
        screenshot(w, QStringLiteral("remote-mail"));
        delete w;
    }

    void journalThroughTheRemoteHelper()
    {
        MainWindow *w = openRemote();
        QVERIFY(w);
        w->showSection(MainWindow::Logs);
        auto *logs = w->findChild<LogsPage *>();
        QVERIFY(logs);
        // This computer's log files are not offered as the remote host's log.
        auto *source = logs->findChild<QComboBox *>(QStringLiteral("logSource"));
        QVERIFY(source);
        QCOMPARE(source->findData(int(LogsPage::Source::SystemLog)), -1);
        QSignalSpy done(logs, &LogsPage::loadingFinished);
        QSignalSpy failed(logs, &LogsPage::loadingFailed);
        logs->loadJournal();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(logs->lineCount() > 0);
        delete w;
    }

    void lostConnection()
    {
        QPointer<MainWindow> w = openRemote();
        QVERIFY(w);
        auto *banner = w->findChild<QWidget *>(QStringLiteral("connectionLost"));
        auto *text = w->findChild<QLabel *>(QStringLiteral("connectionLostText"));
        auto *reconnect = w->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
        QVERIFY(banner && text && reconnect);
        QVERIFY(!banner->isVisible());
        // The other end goes away, as when the host reboots or sshd is restarted.
        QCOMPARE(QProcess::execute(QStringLiteral("pkill"),
                                   {QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("-x"),
                                    QStringLiteral("systemd-stdio-b")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY2(text->text().contains(remoteHost()), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QLatin1String("SSH")), qPrintable(text->text()));
        screenshot(w, QStringLiteral("remote-lost"));

        // Reconnect: a fresh window for the same host takes this one's place.
        QSignalSpy opened(w.data(), &MainWindow::hostWindowOpened);
        reconnect->click();
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 30000);
        QPointer<MainWindow> fresh = opened.at(0).at(0).value<MainWindow *>();
        QVERIFY(fresh);
        QTRY_VERIFY(!w); // closed and deleted
        QVERIFY(fresh->connection().isConnected());
        QVERIFY(!fresh->findChild<QWidget *>(QStringLiteral("connectionLost"))->isVisible());
        delete fresh;
    }

private:
    // A window for the remote host, opened the way Connect does it (the dialog is tested above).
    MainWindow *openRemote()
    {
        MainWindow local;
        local.showConnectDialog();
        QPointer<ConnectDialog> dialog = local.findChild<ConnectDialog *>(); // deletes itself once connected
        if (!dialog) {
            return nullptr;
        }
        QSignalSpy opened(&local, &MainWindow::hostWindowOpened);
        dialog->setHostText(remoteHost());
        dialog->connectToHost();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30000)) {
            if (dialog) {
                qWarning() << dialog->findChild<QLabel *>(QStringLiteral("connectMessage"))->text();
            }
            return nullptr;
        }
        auto *w = opened.at(0).at(0).value<MainWindow *>();
        if (!QTest::qWaitForWindowExposed(w)) {
            return nullptr;
        }
        return w;
    }
};

QTEST_MAIN(TestRemoteGui)
#include "test_remote_gui.moc"
