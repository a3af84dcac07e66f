// SPDX-License-Identifier: GPL-2.0-or-later
// The Mail section driven as a user would: open a mailbox, read, search, delete and expunge,
// check that HTML mail loads nothing and that replies reach sendmail.
#include "mail/composedialog.h"
#include "mail/mboxrecovery.h"
#include "mail/messagefilterproxymodel.h"
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"
#include "mail/mimepart.h"
#include "mail/outgoingmessage.h"
#include "mail/safetextbrowser.h"
#include "mailpage.h"
#include "stalerecovery.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Mailroom;

namespace {
const QString chineseSubject = QStringLiteral("服务器维护通知");

QModelIndex findSubject(const MailPage &page, const QString &subject)
{
    const auto *proxy = page.proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, MessageListModel::SubjectColumn);
        if (i.data().toString() == subject) {
            return i;
        }
    }
    return {};
}

void select(MailPage &page, const QModelIndex &index)
{
    page.messageList()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int countMessages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        n += line.startsWith("From ") ? 1 : 0;
    }
    return n;
}
} // namespace

class TestMailPage : public QObject
{
    Q_OBJECT
private:
    QString copyInbox()
    {
        const QString src = QFINDTESTDATA("../data/mailgui/inbox.mbox");
        const QString dst = m_dir.filePath(QStringLiteral("inbox-%1.mbox").arg(++m_copies));
        if (!QFile::copy(src, dst)) {
            return {};
        }
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
        return dst;
    }
    void open(MailPage &page, const QString &path)
    {
        QSignalSpy loaded(&page, &MailPage::mailboxLoaded);
        page.openMailbox(path, false);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
    }

    QTemporaryDir m_dir;
    int m_copies = 0;

private Q_SLOTS:
    void opensAndReadsChinese()
    {
        MailPage page;
        page.resize(1000, 700);
        page.show();
        const QString path = copyInbox();
        QVERIFY(!path.isEmpty());
        open(page, path);
        QCOMPARE(page.proxy()->rowCount(), 4);
        QVERIFY(!page.isReadOnly());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("mailBanner"))->isVisible());

        const QModelIndex chinese = findSubject(page, chineseSubject);
        QVERIFY(chinese.isValid());
        QCOMPARE(chinese.siblingAtColumn(MessageListModel::FromColumn).data().toString(), QStringLiteral("Bob"));
        select(page, chinese);
        MessageView *view = page.messageView();
        QCOMPARE(view->subjectText(), chineseSubject);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("messageHeaders"))->text().contains(chineseSubject));
        QVERIFY(view->bodyView()->toPlainText().contains(QStringLiteral("邮件服务器将停机维护")));
        // Reading marks it read (in memory until saved).
        QVERIFY(page.model()->hasUnsavedChanges());

        // GB2312, base64: decoded in the list (thread reply, indented) and in the view.
        const QModelIndex minutes = findSubject(page, QStringLiteral("Re: 会议纪要"));
        QVERIFY(minutes.isValid());
        QCOMPARE(minutes.data(MessageListModel::ThreadDepthRole).toInt(), 1);
        QCOMPARE(chinese.data(MessageListModel::ThreadDepthRole).toInt(), 0);
        select(page, minutes);
        QVERIFY(view->bodyView()->toPlainText().contains(QStringLiteral("新邮件服务器上线")));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("messageHeaders"))->text().contains(QStringLiteral("卡罗尔")));
    }

    void search()
    {
        MailPage page;
        open(page, copyInbox());
        auto *field = page.findChild<QLineEdit *>(QStringLiteral("mailSearch"));
        QVERIFY(field);
        field->setText(QStringLiteral("newsletter"));
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Weekly newsletter"));
        field->setText(QStringLiteral("服务器"));
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        // A word only in a body: found only with the body search on.
        field->setText(QStringLiteral("停机"));
        QTRY_COMPARE(page.proxy()->rowCount(), 0);
        page.findChild<QCheckBox *>(QStringLiteral("bodySearch"))->setChecked(true);
        QTRY_COMPARE(page.proxy()->rowCount(), 1);
        field->clear();
        QTRY_COMPARE(page.proxy()->rowCount(), 4);
    }

    void htmlLoadsNothing()
    {
        MailPage page;
        page.show();
        open(page, copyInbox());
        select(page, findSubject(page, QStringLiteral("Weekly newsletter")));
        SafeTextBrowser *body = page.messageView()->bodyView();
        QVERIFY(body->toPlainText().contains(QStringLiteral("Hello Alice")));
        const QString html = body->toHtml();
        QVERIFY(!html.contains(QStringLiteral("tracker.example/pixel")));
        QVERIFY(!html.contains(QStringLiteral("bg.png")));
        QVERIFY(!html.contains(QStringLiteral("s.css")));
        // Even HTML that slipped through could not fetch anything.
        body->setHtml(QStringLiteral("<img src=\"http://tracker.example/x.gif\"><img src=\"file:///etc/passwd\">"));
        QCOMPARE(body->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://tracker.example/y.gif"))),
                 QVariant());
        QVERIFY(body->blockedResources().contains(QUrl(QStringLiteral("http://tracker.example/y.gif"))));
        QCOMPARE(body->document()->resource(QTextDocument::ImageResource,
                                            QUrl(QStringLiteral("http://tracker.example/x.gif"))),
                 QVariant());

        // The attachment is listed and saved byte for byte.
        QListWidget *attachments = page.messageView()->attachmentList();
        QCOMPARE(attachments->count(), 1);
        QVERIFY(attachments->item(0)->text().startsWith(QStringLiteral("report.pdf")));
        const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(page.messageView()->saveAttachment(0, out, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF-1.4"));
    }

    void rawSourceHighlighted()
    {
        MailPage page;
        open(page, copyInbox());
        select(page, findSubject(page, chineseSubject));
        QPlainTextEdit *raw = page.messageView()->rawView();
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(QStringLiteral("Subject: =?UTF-8?B?")));
        auto *highlighter = page.messageView()->rawHighlighter();
        QVERIFY(highlighter);
        QVERIFY(highlighter->definition().isValid());
        QCOMPARE(highlighter->definition().name(), QStringLiteral("Email"));
        QCOMPARE(highlighter->document(), raw->document());
    }

    void deleteAndExpunge()
    {
        MailPage page;
        page.show();
        const QString path = copyInbox();
        open(page, path);
        select(page, findSubject(page, QStringLiteral("Weekly newsletter")));
        page.messageList()->selectionModel()->select(
            findSubject(page, QStringLiteral("Cron <root@demo> run-parts --report /etc/cron.daily")),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *del = page.findChild<QAction *>(QStringLiteral("deleteAction"));
        auto *expunge = page.findChild<QAction *>(QStringLiteral("expungeAction"));
        QVERIFY(del->isEnabled());
        QVERIFY(!expunge->isEnabled());
        del->trigger();
        QVERIFY(expunge->isEnabled());
        QSignalSpy written(&page, &MailPage::changesWritten);
        QSignalSpy loaded(&page, &MailPage::mailboxLoaded);
        expunge->trigger();
        QVERIFY(written.wait(10000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
        QTRY_VERIFY(!loaded.isEmpty());
        QTRY_COMPARE(page.proxy()->rowCount(), 2);
        QVERIFY(findSubject(page, chineseSubject).isValid());
        QVERIFY(findSubject(page, QStringLiteral("Re: 会议纪要")).isValid());
        QCOMPARE(countMessages(path), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("Weekly newsletter"));
        QVERIFY(content.contains("本周六晚上"));
    }

    void newMailAppears()
    {
        MailPage page;
        const QString path = copyInbox();
        open(page, path);
        QCOMPARE(page.proxy()->rowCount(), 4);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("From dave@example.org  Fri Mar 29 10:00:00 2024\nFrom: dave@example.org\nSubject: Fresh mail\n"
                "Date: Fri, 29 Mar 2024 10:00:00 +0000\n\nhello\n\n");
        f.close();
        QTRY_COMPARE_WITH_TIMEOUT(page.proxy()->rowCount(), 5, 10000);
        QVERIFY(findSubject(page, QStringLiteral("Fresh mail")).isValid());
    }

    void readOnlyMailbox()
    {
        MailPage page;
        page.show();
        QSignalSpy loaded(&page, &MailPage::mailboxLoaded);
        page.openMailbox(copyInbox(), false, MailboxAccess::ReadOnlyReason::LockedByOther);
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.isReadOnly());
        auto *banner = page.findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), MailboxAccess::reasonText(MailboxAccess::ReadOnlyReason::LockedByOther));
        select(page, findSubject(page, chineseSubject));
        QVERIFY(!page.findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
        QVERIFY(!page.findChild<QAction *>(QStringLiteral("markUnreadAction"))->isEnabled());
        // Reading does not change a read-only mailbox, but replying is still possible.
        QVERIFY(!page.model()->hasUnsavedChanges());
        QVERIFY(page.findChild<QAction *>(QStringLiteral("replyAction"))->isEnabled());
    }

    // An interrupted rewrite of the mailbox left a recovery copy that cannot be proven safe to
    // finish (its lock is gone): opening the mailbox says so in the banner, naming the copy, and
    // leaves the mailbox as it is.
    void interruptedRewriteIsShown()
    {
        const QString state = m_dir.filePath(QStringLiteral("state"));
        qputenv("XDG_STATE_HOME", QFile::encodeName(state));
        const QString path = copyInbox();
        QFile box(path);
        QVERIFY(box.open(QIODevice::ReadOnly));
        const QByteArray before = box.readAll();
        box.close();
        const QByteArray copy = "From alice@example.org  Mon Mar 25 13:36:02 2024\nSubject: kept\n\nx\n\n";
        QString error;
        const MboxRecovery::Record r
            = MailroomTest::writeStaleRecovery(path, state + QStringLiteral("/mailroom/recovery"), copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MailPage page;
        page.show();
        open(page, path);
        auto *banner = page.findChild<QLabel *>(QStringLiteral("mailBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(r.copyPath) && banner->text().contains(r.descriptionPath()),
                 qPrintable(banner->text()));
        QCOMPARE(page.proxy()->rowCount(), 4);
        QVERIFY(box.open(QIODevice::ReadOnly));
        QCOMPARE(box.readAll(), before);
        QVERIFY(QFile::exists(r.copyPath));
        qunsetenv("XDG_STATE_HOME");
    }

    void replyThroughSendmail_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("accepted") << 0 << QStringLiteral("exit status 0");
        QTest::newRow("temporary failure") << 75 << QStringLiteral("status 75");
    }
    void replyThroughSendmail()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        MailPage page;
        open(page, copyInbox());
        select(page, findSubject(page, chineseSubject));

        // A stand-in for /usr/sbin/sendmail that records its arguments and input.
        const QString script = m_dir.filePath(QStringLiteral("sendmail-%1").arg(exitCode));
        const QString out = m_dir.filePath(QStringLiteral("sent-%1.eml").arg(exitCode));
        QFile s(script);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(QStringLiteral("#!/bin/sh\necho \"$@\" > '%1.args'\ncat > '%1'\nexit %2\n")
                    .arg(out)
                    .arg(exitCode)
                    .toUtf8());
        s.close();
        s.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        ComposeDialog dialog(
            OutgoingMessage::reply(page.messageView()->message(), true, QStringLiteral("alice@demo.example")));
        dialog.setSendmailProgram(script);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("composeSubject"))->text(),
                 QStringLiteral("Re: ") + chineseSubject);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("composeCc"))->text(),
                 QStringLiteral("Carol <carol@example.org>"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("composeBody"))
            ->insertPlainText(QStringLiteral("收到，谢谢。\n.\n"));
        dialog.findChild<QPushButton *>(QStringLiteral("composeSend"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(dialog.statusText().contains(status), qPrintable(dialog.statusText()), 10000);
        QFile sent(out);
        QVERIFY(sent.open(QIODevice::ReadOnly));
        const QByteArray message = sent.readAll();
        QVERIFY(message.startsWith("To: Bob <bob@demo.example>\n"));
        QVERIFY(message.contains("\nIn-Reply-To: <maint1@demo.example>\n"));
        QVERIFY(message.contains("\nSubject: Re: =?UTF-8?B?"));
        QVERIFY(message.contains(QStringLiteral("收到，谢谢。\n.\n").toUtf8()));
        QVERIFY(message.contains(QStringLiteral("> 本周六晚上").toUtf8()));
        QFile args(out + QStringLiteral(".args"));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("-i -t"));
        QCOMPARE(dialog.result() == QDialog::Accepted, exitCode == 0);
    }
};

QTEST_MAIN(TestMailPage)
#include "test_mailpage.moc"
