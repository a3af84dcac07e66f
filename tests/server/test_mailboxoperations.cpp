// SPDX-License-Identifier: GPL-2.0-or-later
// OpenMailbox hands out only a regular file with one link that the user owns: a hard link
// to another file (local(8) refuses those too), a symlink, a FIFO or a directory in the
// spool is refused and left as it was.
#include "helperapi.h"
#include "mailboxoperations.h"

#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

class TestMailboxOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("regular file, one link") << QStringLiteral("regular") << true;
        QTest::newRow("hard link to another file") << QStringLiteral("hardlink") << false;
        QTest::newRow("symlink") << QStringLiteral("symlink") << false;
        QTest::newRow("fifo") << QStringLiteral("fifo") << false;
        QTest::newRow("directory") << QStringLiteral("directory") << false;
    }

    void open()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        const passwd *pw = getpwuid(getuid());
        QVERIFY(pw);
        const QString user = QString::fromLatin1(pw->pw_name);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString spool = dir.path() + QStringLiteral("/spool/");
        QVERIFY(QDir().mkpath(spool));
        // Stands for a file the user must not read through the helper (e.g. /etc/shadow).
        const QString secret = dir.filePath(QStringLiteral("secret"));
        const QByteArray secretText = "root:$y$secret:20000:0:99999:7:::\n";
        {
            QFile f(secret);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(secretText), secretText.size());
        }
        const QByteArray mailbox = QFile::encodeName(spool + user);
        if (kind == QLatin1String("regular")) {
            QVERIFY(QFile::copy(secret, spool + user));
        } else if (kind == QLatin1String("hardlink")) {
            QCOMPARE(::link(QFile::encodeName(secret).constData(), mailbox.constData()), 0);
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(secret, spool + user));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(mailbox.constData(), 0600), 0);
        } else {
            QVERIFY(QDir().mkdir(spool + user));
        }

        const OperationResult result = MailboxOperations({spool}).open(user);
        QCOMPARE(result.ok(), accepted);
        if (accepted) {
            QCOMPARE(result.values.size(), 1);
            const auto handle = result.values.first().value<QDBusUnixFileDescriptor>();
            QVERIFY(handle.isValid());
            QFile f;
            QVERIFY(f.open(handle.fileDescriptor(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle));
            QCOMPARE(f.readAll(), secretText);
        } else {
            QCOMPARE(result.errorName, QString(Mailroom::Api::Error::Failed));
            // (A symlink is not even opened: O_NOFOLLOW, "has no mailbox".)
            if (kind == QLatin1String("hardlink")) {
                QVERIFY2(
                    result.message.contains(QString::fromLocal8Bit(mailbox) + QLatin1String(" has too many links")),
                    qPrintable(result.message));
            }
        }
        // Nothing was changed: the file and the spool entry are as they were.
        QFile f(secret);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), secretText);
        struct stat st {};
        QCOMPARE(::lstat(mailbox.constData(), &st), 0);
        if (kind == QLatin1String("hardlink")) {
            QCOMPARE(st.st_nlink, nlink_t(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestMailboxOperations)
#include "test_mailboxoperations.moc"
