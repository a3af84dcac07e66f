// SPDX-License-Identifier: GPL-2.0-or-later
// Where a user's mail is delivered (from Postfix's settings, as local(8) decides), and the state
// of the spool directory itself.
#include "mail/mailspool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Mailroom;

class TestMailSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locate_data()
    {
        QTest::addColumn<QString>("spoolDirectory");
        QTest::addColumn<QString>("homeMailbox");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("maildir");
        QTest::newRow("mail_spool_directory")
            << QStringLiteral("/var/spool/mail") << QString() << QStringLiteral("/var/spool/mail/alice") << false;
        QTest::newRow("spool Maildir") << QStringLiteral("/var/mail/") << QString() << QStringLiteral("/var/mail/alice")
                                       << true;
        QTest::newRow("home_mailbox mbox") << QStringLiteral("/var/mail") << QStringLiteral("Mailbox")
                                           << QStringLiteral("/home/alice/Mailbox") << false;
        QTest::newRow("home_mailbox Maildir") << QStringLiteral("/var/mail") << QStringLiteral("Maildir/")
                                              << QStringLiteral("/home/alice/Maildir") << true;
    }
    void locate()
    {
        QFETCH(QString, spoolDirectory);
        QFETCH(QString, homeMailbox);
        QFETCH(QString, path);
        QFETCH(bool, maildir);
        const MailSpoolLocation loc
            = MailSpool::locate(QStringLiteral("alice"), QStringLiteral("/home/alice"), spoolDirectory, homeMailbox);
        QCOMPARE(loc.path, path);
        QCOMPARE(loc.maildir, maildir);
    }

    void noPathForStrangeUserNames()
    {
        for (const QString &user :
             {QString(), QStringLiteral("../root"), QStringLiteral(".hidden"), QStringLiteral("a/b")}) {
            QVERIFY2(MailSpool::locate(user, QStringLiteral("/home/x"), QStringLiteral("/var/mail")).path.isEmpty(),
                     qPrintable(user));
        }
    }

    // A spool writable by every user (as Debian's sendmail leaves /var/mail, 3777) is reported;
    // 2775 is not; a symbolic link is followed; no directory, no state.
    void spoolDirectoryMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString spool = dir.filePath(QStringLiteral("mail"));
        QVERIFY(QDir().mkdir(spool));
        QCOMPARE(::chmod(QFile::encodeName(spool).constData(), 01777), 0);
        auto state = MailSpool::spoolDirectory(spool);
        QCOMPARE(state.path, QFileInfo(spool).canonicalFilePath());
        QCOMPARE(state.mode, 01777u);
        QVERIFY(state.worldWritable());

        QCOMPARE(::chmod(QFile::encodeName(spool).constData(), 0775), 0);
        const QString link = dir.filePath(QStringLiteral("spool-link"));
        QVERIFY(QFile::link(spool, link));
        state = MailSpool::spoolDirectory(link);
        QCOMPARE(state.path, QFileInfo(spool).canonicalFilePath());
        QCOMPARE(state.mode, 0775u);
        QVERIFY(!state.worldWritable());

        QVERIFY(MailSpool::spoolDirectory(dir.filePath(QStringLiteral("missing"))).path.isEmpty());
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(MailSpool::spoolDirectory(file.fileName()).path.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailSpool)
#include "test_mailspool.moc"
