// SPDX-License-Identifier: GPL-2.0-or-later
// The main.cf and master.cf tabs of the Configuration page as alice, against the real helper
// and a Postfix installed through it: two mistakes are flagged by the live lint as they are
// typed, one is fixed with its one-click fix, the other is applied (through the diff dialog),
// refused by Postfix, rolled back, and the editor lands on that line; the fixed text is applied; the
// master.cf rows show the services; the Certificates tab makes a self-signed certificate (the
// Dashboard's notice before). Screenshots of the tabs (LANGUAGE=en / zh_CN).
#include "config/certificatestab.h"
#include "config/configeditor.h"
#include "config/configfiletab.h"
#include "config/diffdialog.h"
#include "configpage.h"
#include "dashboardpage.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Clicks the accept button of the next diff dialog as soon as it is shown.
void acceptNextDiffDialog()
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        auto *dialog = qobject_cast<DiffDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        accept ? accept->click() : dialog->reject();
    });
    timer->start();
}
} // namespace

class TestConfigFilesGui : public QObject
{
    Q_OBJECT

private:
    bool m_chinese = false;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(name, m_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Mailroom::installTranslations(qApp);
        m_chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}}) {
            QProcess p;
            p.start(QStringLiteral(MAILROOMCTL), args);
            QVERIFY(p.waitForFinished(600000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }

    void mainCfRefusedThenFixed()
    {
        ConfigPage page;
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>();
        auto *tab = page.findChild<ConfigFileTab *>(QStringLiteral("mainCfTab"));
        QVERIFY(tabs && tab);
        tabs->setCurrentWidget(tab);
        auto *editor = tab->findChild<QPlainTextEdit *>(QStringLiteral("configFileEditor"));
        auto *status = tab->findChild<QLabel *>(QStringLiteral("configFileStatus"));
        auto *apply = tab->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(editor && status && apply);
        const QByteArray before = readFile(QStringLiteral("/etc/postfix/main.cf"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText().toUtf8(), before, 30000);
        QVERIFY(!apply->isEnabled());
        screenshot(&page, QStringLiteral("config-maincf"));

        // Two mistakes: the chapter's repeated key and a line without "=". The lint flags both
        // as they are typed (the catalog from the helper is there: the parameter list is filled).
        auto *lint = tab->findChild<Mailroom::ConfigEditor *>();
        QVERIFY(lint);
        const int repeatedLine = int(before.count('\n')) + 1;
        const int badLine = repeatedLine + 1;
        editor->setPlainText(QString::fromUtf8(before)
                             + QStringLiteral("mydestination = mydestination = $myhostname, localhost\n"
                                              "this line has no equals sign\n"));
        const auto flagged = [lint](const QString &rule, int line) {
            const auto findings = lint->findings();
            return std::any_of(findings.cbegin(), findings.cend(),
                               [&](const auto &f) { return f.rule == rule && f.line == line; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(flagged(QStringLiteral("repeated-key"), repeatedLine), 10000);
        QVERIFY(flagged(QStringLiteral("syntax"), badLine));
        QTRY_VERIFY_WITH_TIMEOUT(
            lint->findChild<QAbstractItemView *>(QStringLiteral("parameters"))->model()->rowCount() > 500, 30000);
        screenshot(&page, QStringLiteral("config-maincf-lint"));

        // The repeated key's one-click fix; the line without "=" is left for Postfix to refuse.
        const QString fixLabel = QCoreApplication::translate("MainCfLinter", "Remove the repeated “%1 =”")
                                     .arg(QStringLiteral("mydestination"));
        QPushButton *fix = nullptr;
        for (QPushButton *b : lint->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == fixLabel) {
                fix = b;
            }
        }
        QVERIFY(fix);
        fix->click();
        QVERIFY(editor->toPlainText().contains(QLatin1String("\nmydestination = $myhostname, localhost\n")));
        QTRY_VERIFY_WITH_TIMEOUT(!flagged(QStringLiteral("repeated-key"), repeatedLine), 10000);
        QVERIFY(editor->toPlainText().startsWith(QString::fromUtf8(before))); // nothing else was touched
        QVERIFY(flagged(QStringLiteral("syntax"), badLine));
        QVERIFY(apply->isEnabled());
        acceptNextDiffDialog();
        apply->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->styleSheet().contains(QLatin1String("#fde7e9")), 60000);
        QCOMPARE(readFile(QStringLiteral("/etc/postfix/main.cf")), before);
        QCOMPARE(editor->textCursor().blockNumber() + 1, badLine);
        QVERIFY(tab->isModified()); // the edits are still there to fix
        screenshot(&page, QStringLiteral("config-maincf-rolledback"));

        // Fixed: applied, the file is the text.
        const QString fixed = QString::fromUtf8(before) + QStringLiteral("smtpd_banner = $myhostname ESMTP Mailroom\n");
        editor->setPlainText(fixed);
        acceptNextDiffDialog();
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(QStringLiteral("/etc/postfix/main.cf")), fixed.toUtf8(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isModified(), 30000);
        QVERIFY(!status->styleSheet().contains(QLatin1String("#fde7e9")));
        screenshot(&page, QStringLiteral("config-maincf-applied"));
    }

    void masterCfRows()
    {
        ConfigPage page;
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>();
        auto *tab = page.findChild<ConfigFileTab *>(QStringLiteral("masterCfTab"));
        QVERIFY(tabs && tab);
        tabs->setCurrentWidget(tab);
        auto *rows = tab->findChild<QTableView *>(QStringLiteral("masterRows"));
        QVERIFY(rows);
        QTRY_VERIFY_WITH_TIMEOUT(rows->model()->rowCount() > 20, 30000);
        bool submission = false;
        for (int r = 0; r < rows->model()->rowCount(); ++r) {
            submission = submission || rows->model()->index(r, 0).data().toString() == QLatin1String("# submission");
        }
        QVERIFY(submission);
        screenshot(&page, QStringLiteral("config-mastercf"));
    }

    void certificatesTab()
    {
        // What the Dashboard says before there is a certificate of Mailroom's.
        DashboardPage dashboard;
        dashboard.resize(1100, 720);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *notice = dashboard.findChild<QLabel *>(QStringLiteral("certificateNotice"));
        QVERIFY(notice);
        QTest::qWait(3000);
        screenshot(&dashboard, QStringLiteral("dashboard-certificate"));

        ConfigPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showCertificates();
        auto *tab = page.findChild<CertificatesTab *>();
        QVERIFY(tab);
        auto *summary = tab->findChild<QLabel *>(QStringLiteral("certificateSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 30000);
        auto *selfSigned = tab->findChild<QPushButton *>(QStringLiteral("selfSignedButton"));
        QVERIFY(selfSigned->isEnabled());
        screenshot(&page, QStringLiteral("config-certificates-before"));
        QTest::mouseClick(selfSigned, Qt::LeftButton);
        auto *status = tab->findChild<QLabel *>(QStringLiteral("certificateStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && selfSigned->isEnabled(), 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            readFile(QStringLiteral("/etc/postfix/main.cf"))
                .contains("smtpd_tls_chain_files = /etc/mailroom/tls/key.pem, /etc/mailroom/tls/cert.pem"),
            qPrintable(status->text()), 60000);
        // The tab shows the new files (Debian's snakeoil certificate was self-signed too: same summary line).
        auto *details = tab->findChild<QWidget *>(QStringLiteral("certificateDetails"));
        const auto showsNewFiles = [details] {
            const auto labels = details->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
                return l->text().contains(QLatin1String("/etc/mailroom/tls/cert.pem"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsNewFiles(), 30000);
        QVERIFY(details->isVisible());
        screenshot(&page, QStringLiteral("config-certificates"));
    }
};

QTEST_MAIN(TestConfigFilesGui)
#include "test_configfiles_gui.moc"
