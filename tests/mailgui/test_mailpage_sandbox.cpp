// SPDX-License-Identifier: GPL-2.0-or-later
// The Mail section as alice sees it in the seed scenario: her own spool with the Chinese
// maintenance notice selected — writable although /var/mail is root:mail 2775, because the dotlock
// is made by liblockfile's setgid dotlockfile helper — a delete + expunge written back in place,
// then bob's mailbox through the helper (read-only). Run once per UI language (LANGUAGE=en /
// zh_CN); saves screenshots.
#include "mail/messagefilterproxymodel.h"
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"
#include "mail/safetextbrowser.h"
#include "mailpage.h"
#include "mainwindow.h"
#include "stalerecovery.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

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
        QVERIFY(w->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(name, chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }
    // The main window on its Mail section, shown; its Mail page, or null.
    static MailPage *showMail(MainWindow &w, int height)
    {
        w.resize(1280, height);
        w.showSection(MainWindow::Mail);
        w.show();
        return QTest::qWaitForWindowExposed(&w) ? w.findChild<MailPage *>() : nullptr;
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
        auto *page = showMail(w, 820);
        QVERIFY(page);
        auto *spool = page->findChild<QAction *>(QStringLiteral("openSpool"));
        QVERIFY(spool);
        QVERIFY(spool->text().contains(QStringLiteral("/var/mail/alice")));
        QVERIFY(page->findChild<QAction *>(QStringLiteral("openOtherUser"))); // alice is a mail admin
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        spool->trigger();
        QVERIFY(loaded.wait(20000));
        QVERIFY(page->proxy()->rowCount() >= 3);
        // "3 messages" in English (the plural catalog), "3 封邮件" in Chinese: no "(s)".
        const QString count = page->findChild<QLabel *>(QStringLiteral("mailCount"))->text();
        const bool chineseUi = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        QCOMPARE(count,
                 chineseUi ? QStringLiteral("%1 封邮件").arg(page->proxy()->rowCount())
                           : QStringLiteral("%1 messages").arg(page->proxy()->rowCount()));
        const QModelIndex chinese = findSubject(page, QStringLiteral("服务器维护通知"));
        QVERIFY(chinese.isValid());
        page->messageList()->selectionModel()->setCurrentIndex(
            chinese, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->messageView()->subjectText().startsWith(QStringLiteral("服务器维护通知")));
        QVERIFY(page->messageView()->bodyView()->toPlainText().contains(QStringLiteral("停机维护")));
        // /var/mail is not writable for alice, but dotlockfile makes her lock: writable, no banner.
        auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY2(!page->isReadOnly(), qPrintable(banner->text()));
        QVERIFY(!banner->isVisible());
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("mail-alice"));
    }

    // Delete + expunge in alice's own spool: written back in place under Postfix's locks.
    void alicesSpoolExpunge()
    {
        const QString spoolPath = QStringLiteral("/var/mail/alice");
        const QString scratch = QStringLiteral("scratch message ") + qEnvironmentVariable("LANGUAGE");
        {
            QFile f(spoolPath);
            QVERIFY(f.open(QIODevice::Append));
            f.write(
                "From root@demo-server.mydomain.com  Mon Apr  1 10:00:00 2024\nFrom: root@demo-server.mydomain.com\n"
                "Subject: "
                + scratch.toUtf8() + "\nDate: Mon, 01 Apr 2024 10:00:00 +0000\n\nto be expunged\n\n");
        }
        struct stat before {};
        QCOMPARE(::stat("/var/mail/alice", &before), 0);
        MailPage page;
        page.show();
        QSignalSpy loaded(&page, &MailPage::mailboxLoaded);
        page.findChild<QAction *>(QStringLiteral("openSpool"))->trigger();
        QVERIFY(loaded.wait(20000));
        const int rows = page.proxy()->rowCount();
        const QModelIndex victim = findSubject(&page, scratch);
        QVERIFY(victim.isValid());
        page.messageList()->selectionModel()->setCurrentIndex(
            victim, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
        QSignalSpy written(&page, &MailPage::changesWritten);
        page.findChild<QAction *>(QStringLiteral("expungeAction"))->trigger();
        QVERIFY(written.wait(20000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page.proxy()->rowCount(), rows - 1, 20000);
        QVERIFY(!findSubject(&page, scratch).isValid());
        QVERIFY(findSubject(&page, QStringLiteral("服务器维护通知")).isValid());
        // Still alice:mail 0660, and no lock or temporary file left. Where alice may not write
        // /var/mail (Debian's root:mail 2775) the file was rewritten in place; sendmail, in the
        // seed scenario, leaves it 3777, so there the new file replaced the old one.
        struct stat after {};
        QCOMPARE(::stat("/var/mail/alice", &after), 0);
        if (::access("/var/mail", W_OK) != 0) {
            QCOMPARE(after.st_ino, before.st_ino);
        }
        const QStringList leftovers
            = QDir(QStringLiteral("/var/mail")).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(leftovers.filter(QStringLiteral("alice")), QStringList {QStringLiteral("alice")});
        QCOMPARE(after.st_uid, before.st_uid);
        QCOMPARE(after.st_gid, before.st_gid);
        QCOMPARE(after.st_mode & 07777, before.st_mode & 07777);
        QVERIFY(!QFile::exists(QStringLiteral("/var/mail/alice.lock")));
        QFile f(spoolPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(scratch.toUtf8()));
    }

    void bobsMailboxThroughHelper()
    {
        MainWindow w;
        auto *page = showMail(w, 820);
        QVERIFY(page);
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        page->openOtherUsersMailbox(QStringLiteral("bob"));
        auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY2(loaded.wait(20000), qPrintable(banner->text()));
        QVERIFY(page->proxy()->rowCount() >= 1);
        QVERIFY(page->isReadOnly());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("bob")));
        QVERIFY2(!banner->text().contains(QStringLiteral("。 ")),
                 qPrintable(banner->text())); // Chinese sentences join without a space
        QVERIFY(!page->mailboxPath().startsWith(QStringLiteral("/var/mail"))); // a private copy
        page->messageList()->selectionModel()->setCurrentIndex(
            page->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->messageView()->hasMessage());
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("mail-bob-readonly"));
    }

    // SpamAssassin's verdicts in the list (the two messages spamass-milter delivered to bob in
    // the sandbox: clean at 2.6, GTUBE at 1003.6), sorted by score; "Mark as spam" on a machine
    // without SpamAssassin says so in words.
    void spamColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spam"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/mail/spam.mbox"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        auto *page = showMail(w, 620);
        QVERIFY(page);
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        page->openMailbox(path, false);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->proxy()->rowCount(), 2);
        QTreeView *list = page->messageList();
        QVERIFY(!list->isColumnHidden(MessageListModel::SpamColumn));
        const bool chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        QCOMPARE(page->proxy()->headerData(MessageListModel::SpamColumn, Qt::Horizontal).toString(),
                 chinese ? QStringLiteral("垃圾邮件") : QStringLiteral("Spam"));
        list->sortByColumn(MessageListModel::SpamColumn, Qt::DescendingOrder);
        const QModelIndex top = page->proxy()->index(0, MessageListModel::SpamColumn);
        QCOMPARE(top.data().toString(), QStringLiteral("1003.6")); // no group separator in a score
        QCOMPARE(page->proxy()->index(0, MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("gtube tagged"));
        list->selectionModel()->setCurrentIndex(top, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->messageView()->hasMessage());
        auto *markSpam = page->findChild<QAction *>(QStringLiteral("markSpamAction"));
        QVERIFY(markSpam);
        QVERIFY(markSpam->isEnabled());
        QVERIFY(list->actions().contains(markSpam)); // in the context menu too
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("spam-column"));
        if (!QFile::exists(QStringLiteral("/usr/bin/sa-learn"))) {
            markSpam->trigger();
            auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
            QTRY_VERIFY(banner->isVisible());
            QCOMPARE(banner->text(),
                     chinese ? QStringLiteral("未安装 SpamAssassin（找不到 sa-learn）。")
                             : QStringLiteral("SpamAssassin is not installed (sa-learn was not found)."));
        }
    }

    void unknownUserIsReported()
    {
        MailPage page;
        page.show();
        QSignalSpy loaded(&page, &MailPage::mailboxLoaded);
        // Open in Mail's wish to select a message (a child object) ends with the failed open.
        const auto children = [&page] {
            return page.findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).size();
        };
        const qsizetype before = children();
        page.selectNewestWithSubject(QStringLiteral("anything"));
        page.openOtherUsersMailbox(QStringLiteral("nosuchuser"));
        auto *banner = page.findChild<QLabel *>(QStringLiteral("mailBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("nosuchuser"))
                                     && !banner->text().contains(QStringLiteral("…")),
                                 20000);
        QCOMPARE(page.proxy()->rowCount(), 0);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toBool(), false);
        QTRY_COMPARE(children(), before + 1); // what is left is the helper client it made
    }

    // An interrupted rewrite left a recovery copy that cannot be proven safe to finish (the
    // program writing it is gone): the banner says what happened and what to do, in the UI's
    // language, naming the copy; the mailbox stays as it is. Screenshot of the banner.
    void interruptedRewriteBanner()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray state = QFile::encodeName(dir.filePath(QStringLiteral("state")));
        const QByteArray oldState = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", state);
        const auto restore = qScopeGuard([&] {
            if (oldState.isEmpty()) {
                qunsetenv("XDG_STATE_HOME");
            } else {
                qputenv("XDG_STATE_HOME", oldState);
            }
        });
        const QString path = dir.filePath(QStringLiteral("inbox"));
        const QByteArray second = "From dave@example.org  Mon Mar 25 14:00:00 2024\nFrom: Dave <dave@example.org>\n"
                                  "Subject: Quarterly figures\n\nattached\n\n";
        const QByteArray before = "From carol@example.org  Mon Mar 25 13:36:02 2024\nFrom: Carol <carol@example.org>\n"
                                  "Subject: Lunch on Friday?\n\nhello\n\n"
            + second;
        {
            QFile box(path);
            QVERIFY(box.open(QIODevice::WriteOnly));
            box.write(before);
        }
        QString error;
        const MboxRecovery::Record r = MailroomTest::writeStaleRecovery(
            path, QFile::decodeName(state) + QStringLiteral("/mailroom/recovery"), second, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MainWindow w;
        auto *page = showMail(w, 820);
        QVERIFY(page);
        QSignalSpy loaded(page, &MailPage::mailboxLoaded);
        page->openMailbox(path, false);
        QVERIFY(loaded.wait(20000));
        auto *banner = page->findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(r.copyPath) && text.contains(r.descriptionPath()), qPrintable(text));
        if (qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"))) {
            QVERIFY2(std::any_of(text.begin(), text.end(),
                                 [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }),
                     qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("was interrupted")), qPrintable(text));
        }
        QCOMPARE(page->proxy()->rowCount(), 2);
        QFile box(path);
        QVERIFY(box.open(QIODevice::ReadOnly));
        QCOMPARE(box.readAll(), before);
        QVERIFY(QFile::exists(r.copyPath));
        QTest::qWait(200);
        screenshot(&w, QStringLiteral("mail-recovery-banner"));
    }
};

QTEST_MAIN(TestMailPageSandbox)
#include "test_mailpage_sandbox.moc"
