// SPDX-License-Identifier: GPL-2.0-or-later
// What ssh asks through SSH_ASKPASS: a password is typed hidden and becomes the answer; a new
// host key is a question whose only answer is "yes", never the default button.
#include "askpassdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestAskPassDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void password()
    {
        AskPassDialog dialog(QStringLiteral("carol@127.0.0.4's password: "));
        QVERIFY(!dialog.isConfirmation());
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("askPassSecret"));
        QVERIFY(secret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("askPassPrompt"))->text(),
                 QStringLiteral("carol@127.0.0.4's password:"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        secret->setFocus();
        QTest::keyClicks(secret, QStringLiteral("pa ss-1"));
        QTest::keyClick(secret, Qt::Key_Return); // Log In is the default button
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.answer(), QStringLiteral("pa ss-1"));
    }

    void unknownHostKey()
    {
        const QString prompt
            = QStringLiteral("The authenticity of host '127.0.0.4 (127.0.0.4)' can't be established.\n"
                             "ED25519 key fingerprint is SHA256:4Fx0dXhHkTiYGY0iVb3Ur4rP1ohcXWBTi7C7Gm7L1Rc.\n"
                             "This key is not known by any other names.\n"
                             "Are you sure you want to continue connecting (yes/no/[fingerprint])? ");
        AskPassDialog dialog(prompt);
        QVERIFY(dialog.isConfirmation());
        QCOMPARE(dialog.findChild<QLineEdit *>(), nullptr);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("askPassPrompt"))->text().contains(QLatin1String("SHA256:")));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("askPassOk"));
        QVERIFY(ok);
        QVERIFY(!ok->isDefault());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Return does not trust a key.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.answer(), QStringLiteral("yes"));
    }

    // Without a program set (tests, mailroomctl) nothing is ever asked.
    void noProgramByDefault() { QVERIFY(AskPassDialog::program().isEmpty()); }
};

QTEST_MAIN(TestAskPassDialog)
#include "test_askpassdialog.moc"
