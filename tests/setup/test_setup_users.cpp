// SPDX-License-Identifier: GPL-2.0-or-later
// The Test step offers people, not system accounts, as sender and recipient.
#include "setup/teststep.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSetupUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localUsers_data()
    {
        QTest::addColumn<QByteArray>("passwd");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("people only") << QByteArray("root:x:0:0:root:/root:/bin/bash\n"
                                                   "postfix:x:105:111::/var/spool/postfix:/usr/sbin/nologin\n"
                                                   "alice:x:1000:1000:Alice:/home/alice:/bin/bash\n"
                                                   "bob:x:1001:1001:Bob:/home/bob:/bin/sh\n")
                                     << QStringList {QStringLiteral("alice"), QStringLiteral("bob")};
        QTest::newRow("no login shell") << QByteArray("svc:x:1002:1002::/srv:/usr/sbin/nologin\n"
                                                      "lock:x:1003:1003::/srv:/bin/false\n"
                                                      "carol:x:1004:1004::/home/carol:/bin/zsh\n")
                                        << QStringList {QStringLiteral("carol")};
        QTest::newRow("nobody and broken lines") << QByteArray("nobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n"
                                                               "garbage line\n"
                                                               "dave:x:notanumber:1::/home/dave:/bin/bash\n"
                                                               "erin:x:2000:2000::/home/erin:/bin/bash")
                                                 << QStringList {QStringLiteral("erin")};
        QTest::newRow("empty shell") << QByteArray("frank:x:1005:1005::/home/frank:\n") << QStringList {};
    }
    void localUsers()
    {
        QFETCH(QByteArray, passwd);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("passwd")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(passwd);
        f.close();
        QCOMPARE(TestStep::localUsers(f.fileName()), expected);
    }

    void missingFileGivesNoUsers()
    {
        QCOMPARE(TestStep::localUsers(QStringLiteral("/nonexistent/passwd")), QStringList {});
    }
};

QTEST_MAIN(TestSetupUsers)
#include "test_setup_users.moc"
