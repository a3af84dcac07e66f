// SPDX-License-Identifier: GPL-2.0-or-later
// The folders the mailbox chooser offers from ~/mail: mbox files and Maildirs, in subfolders
// too, without lock files or hidden files.
#include "rules/mailfolders.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

class TestMailFolders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list()
    {
        QTemporaryDir home;
        const QString mail = home.filePath(QStringLiteral("mail"));
        QVERIFY(MailFolders::list(mail).isEmpty());
        QDir d(home.path());
        for (const char *dir : {"mail/Lists/qt/cur", "mail/Lists/qt/new", "mail/Lists/qt/tmp", "mail/Empty"}) {
            QVERIFY(d.mkpath(QString::fromLatin1(dir)));
        }
        for (const char *file :
             {"mail/Spam", "mail/Spam.lock", "mail/.hidden", "mail/Lists/debian", "mail/Lists/x.lock"}) {
            QFile f(home.filePath(QString::fromLatin1(file)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QList<MailFolder> folders = MailFolders::list(mail);
        QStringList names;
        for (const MailFolder &f : folders) {
            names << f.name + (f.maildir ? QStringLiteral("/") : QString());
            QCOMPARE(f.path, mail + QLatin1Char('/') + f.name);
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Lists/debian"), QStringLiteral("Lists/qt/"), QStringLiteral("Spam")}));
    }
};

QTEST_GUILESS_MAIN(TestMailFolders)
#include "test_mailfolders.moc"
