// SPDX-License-Identifier: GPL-2.0-or-later
// Mail → Delivery rules, offscreen on a temporary home: rules made with the editors (a folder
// starting with "|" refused inline, Save disabled), the recipes shown, the tester's verdict, a
// discard rule saved only after confirmation, an unreadable block shown read-only with its reason,
// and the mailbox chooser listing ~/mail's folders. Run once per UI language (LANGUAGE=en /
// zh_CN); saves screenshots.
#include "mail/mailboxmenu.h"
#include "mail/rulesdialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

namespace {
const QByteArray handWritten = "# my own\n:0:\n* ^From:.*boss\nboss\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestRulesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    bool chinese() const { return qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh")); }
    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(name, chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }
    QString rcPath() const { return m_home.filePath(QStringLiteral(".procmailrc")); }
    static void choose(QComboBox *box, int data) { box->setCurrentIndex(box->findData(data)); }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        Mailroom::installTranslations(qApp);
        QFile f(rcPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(handWritten);
    }

    void editTestSave()
    {
        RulesDialog d(nullptr, rcPath());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *list = d.findChild<QListWidget *>(QStringLiteral("rulesList"));
        auto *field = d.findChild<QComboBox *>(QStringLiteral("ruleField"));
        auto *action = d.findChild<QComboBox *>(QStringLiteral("ruleAction"));
        auto *text = d.findChild<QLineEdit *>(QStringLiteral("ruleText"));
        auto *target = d.findChild<QLineEdit *>(QStringLiteral("ruleTarget"));
        auto *error = d.findChild<QLabel *>(QStringLiteral("ruleError"));
        auto *save = d.findChild<QPushButton *>(QStringLiteral("rulesSave"));
        auto *recipes = d.findChild<QPlainTextEdit *>(QStringLiteral("rulesRecipes"));
        auto *add = d.findChild<QPushButton *>(QStringLiteral("rulesAdd"));
        QVERIFY(list && field && action && text && target && error && save && recipes && add);
        QCOMPARE(list->count(), 0);
        QVERIFY(!save->isEnabled());

        // Rule 1: the spam flag → a folder; "|sh" is refused as you type.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        choose(field, int(DeliveryRule::Field::SpamFlag));
        choose(action, int(DeliveryRule::Action::Folder));
        type(target, QStringLiteral("|sh"));
        QCOMPARE(error->text(), DeliveryRule::folderError(QStringLiteral("|sh")));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!save->isEnabled());
        type(target, QStringLiteral("Spam"));
        QCOMPARE(error->text(), QString());
        QVERIFY(save->isEnabled());

        // Rule 2: Subject contains "[qt-devel]" → Lists.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->currentRow(), 1);
        choose(field, int(DeliveryRule::Field::Subject));
        type(text, QStringLiteral("[qt-devel]"));
        type(target, QStringLiteral("Lists"));
        QCOMPARE(error->text(), QString());
        QCOMPARE(d.rules().size(), 2);
        QVERIFY(recipes->toPlainText().contains(QStringLiteral(":0:\n* ^X-Spam-Flag: *YES\n$HOME/mail/Spam\n")));
        QVERIFY(recipes->toPlainText().contains(QStringLiteral("* ^Subject:.*\\[qt-devel\\]\n$HOME/mail/Lists")));

        // The tester on the rules as shown: the first rule that matches, said in words.
        const QString verdict = d.testMessage("Subject: Re: [QT-DEVEL] x\nX-Spam-Flag: YES\n\n");
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("rulesVerdict"))->text(), verdict);
        QVERIFY2(verdict.contains(m_home.filePath(QStringLiteral("mail/Spam"))), qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("~/.procmailrc")), qPrintable(verdict)); // hand-written recipes
        d.testMessage("Subject: Re: [QT-DEVEL] x\n\n");
        QTest::qWait(100); // the verdict's wrapped height laid out
        screenshot(&d, QStringLiteral("rules"));

        QVERIFY(d.save());
        const QByteArray written = readAll(rcPath());
        QVERIFY(written.startsWith(handWritten));
        QCOMPARE(ProcmailRc::parse(written).rules(), d.rules());
        QCOMPARE(readAll(rcPath() + QStringLiteral(".mailroom-bak")), handWritten);
    }

    void discardNeedsConfirmation()
    {
        RulesDialog d(nullptr, rcPath());
        QCOMPARE(d.rules().size(), 2);
        auto *field = d.findChild<QComboBox *>(QStringLiteral("ruleField"));
        auto *action = d.findChild<QComboBox *>(QStringLiteral("ruleAction"));
        auto *text = d.findChild<QLineEdit *>(QStringLiteral("ruleText"));
        d.findChild<QPushButton *>(QStringLiteral("rulesAdd"))->click();
        choose(field, int(DeliveryRule::Field::From));
        type(text, QStringLiteral("nuisance@example.org"));
        choose(action, int(DeliveryRule::Action::Discard));
        QCOMPARE(d.rules().size(), 3);
        const QByteArray before = readAll(rcPath());
        QString asked;
        d.setConfirm([&asked](const QString &q) {
            asked = q;
            return false;
        });
        QVERIFY(!d.save());
        QVERIFY(asked.contains(QStringLiteral("nuisance@example.org")));
        QCOMPARE(readAll(rcPath()), before);
        d.setConfirm([](const QString &) { return true; });
        QVERIFY(d.save());
        QCOMPARE(ProcmailRc::parse(readAll(rcPath())).rules().size(), 3);
        QVERIFY(readAll(rcPath()).contains("* ^From:.*nuisance@example\\.org\n/dev/null\n"));
    }

    void unreadableBlockIsReadOnly()
    {
        const QString path = m_home.filePath(QStringLiteral("twoblocks"));
        const QByteArray block = ProcmailRc::renderBlock({});
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(block + handWritten + block);
        }
        RulesDialog d(nullptr, path);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *banner = d.findChild<QLabel *>(QStringLiteral("rulesBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), ProcmailRc::parse(block + handWritten + block).problem());
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("rulesSave"))->isEnabled());
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("rulesAdd"))->isEnabled()); // Add
        QVERIFY(!d.findChild<QComboBox *>(QStringLiteral("ruleField"))->isEnabled());
        QCOMPARE(d.findChild<QPlainTextEdit *>(QStringLiteral("rulesRecipes"))->toPlainText(),
                 QString::fromUtf8(block + handWritten + block));
    }

    void chooserListsTheFolders()
    {
        // procmail creates the folders on first delivery; the menu lists them when it opens.
        for (const char *name : {"mail/Spam", "mail/Lists"}) {
            QFile f(m_home.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        MailboxMenu menu;
        QMetaObject::invokeMethod(&menu, "aboutToShow");
        auto *spam = menu.findChild<QAction *>(QStringLiteral("openFolder:Spam"));
        QVERIFY(spam);
        QVERIFY(menu.actions().contains(spam));
        QVERIFY(menu.findChild<QAction *>(QStringLiteral("openFolder:Lists")));
        QVERIFY2(spam->text().contains(QLatin1String("~/mail/Spam")), qPrintable(spam->text()));
        QString opened;
        connect(&menu, &MailboxMenu::openRequested, this, [&opened](const QString &path, bool) { opened = path; });
        spam->trigger();
        QCOMPARE(opened, m_home.filePath(QStringLiteral("mail/Spam")));
    }
};

QTEST_MAIN(TestRulesDialog)
#include "test_rulesdialog.moc"
