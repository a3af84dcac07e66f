// SPDX-License-Identifier: GPL-2.0-or-later
// The Mail section as alice sees it in the seed scenario: her own spool with the Chinese
// maintenance notice selected, then bob's mailbox through the helper (read-only). Run once per
// UI language (LANGUAGE=en / zh_CN); saves screenshots.
#include "mail/messagefilterproxymodel.h"
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"
#include "mail/safetextbrowser.h"
#include "mailpage.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Mailroom;

class TestMailPageSandbox : public QObject
{
    Q_OBJECT
private:
    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        const bool chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        QVERIFY(w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }
    static QModelIndex findSubject(const MailPage *page, const QString &prefix)
    {
        for (int r = 0; r < page->proxy()->rowCount(); ++r) {
            const QModelIndex i = page->proxy()->index(r, MessageListModel::SubjectColumn);
            if (i.data().toString().startsWith(prefix)) {
                return i;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { Mailroom::installTranslations(qApp); }

    void alicesOwnSpool()
    {
        MainWindow w;
        w.resize(1280, 820);
        w.showSection(MainWindow::Mail);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = w.findChild<MailPage *>();
        QVERIFY(page);
        auto *spool = page->findChild<QAction *>(QStringLiteral("openSpool"));
        QVERIFY(spool);
        QVERIFY(spool->text().contains(QStringLiteral("/var/mail/alice")));
        QVERIFY(page->findChild<QAction *>(QStringLiteral("openOtherUser"))); // alice is a mail admin
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        spool->trigger();
        QVERIFY(loaded.wait(20000));
        QVERIFY(page->proxy()->rowCount() >= 3);
        const QModelIndex chinese = findSubject(page, QStringLiteral("服务器维护通知"));
        QVERIFY(chinese.isValid());
        page->messageList()->selectionModel()->setCurrentIndex(chinese, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->messageView()->subjectText().startsWith(QStringLiteral("服务器维护通知")));
        QVERIFY(page->messageView()->bodyView()->toPlainText().contains(QStringLiteral("停机维护")));
        // /var/mail is not writable for alice (Postfix needs the lock file there): read-only, and said so.
        auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QCOMPARE(banner->isVisible(), page->isReadOnly());
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("mail-alice"));
    }

    void bobsMailboxThroughHelper()
    {
        MainWindow w;
        w.resize(1280, 820);
        w.showSection(MainWindow::Mail);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = w.findChild<MailPage *>();
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        page->openOtherUsersMailbox(QStringLiteral("bob"));
        auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY2(loaded.wait(20000), qPrintable(banner->text()));
        QVERIFY(page->proxy()->rowCount() >= 1);
        QVERIFY(page->isReadOnly());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("bob")));
        QVERIFY(!page->mailboxPath().startsWith(QStringLiteral("/var/mail"))); // a private copy
        page->messageList()->selectionModel()->setCurrentIndex(page->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->messageView()->hasMessage());
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("mail-bob-readonly"));
    }

    void unknownUserIsReported()
    {
        MailPage page;
        page.show();
        page.openOtherUsersMailbox(QStringLiteral("nosuchuser"));
        auto *banner = page.findChild<QLabel *>(QStringLiteral("mailBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("nosuchuser")) && !banner->text().contains(QStringLiteral("…")), 20000);
        QCOMPARE(page.proxy()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMailPageSandbox)
#include "test_mailpage_sandbox.moc"
