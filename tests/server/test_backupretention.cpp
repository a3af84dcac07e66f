// SPDX-License-Identifier: GPL-2.0-or-later
// Backups of main.cf and master.cf are kept to a number per file; sasl_passwd backups (they hold
// the relay password) are removed when the relay change is over.
#include "postfixconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestBackupRetention : public QObject
{
    Q_OBJECT
private:
    static void touch(const QString &dir, const QString &name)
    {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name.toUtf8());
    }
    static QStringList names(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

private Q_SLOTS:
    void keepsTheNewestOfEachFile()
    {
        QTemporaryDir dir;
        // Written out of order: the time in the name decides, not the order on disk.
        for (int i : {3, 0, 4, 1, 2}) {
            touch(dir.path(), QStringLiteral("main.cf-2026120%1-101500-000").arg(i + 1));
        }
        touch(dir.path(), QStringLiteral("master.cf-20261201-101500-000"));
        touch(dir.path(), QStringLiteral("master.cf-20261202-101500-000"));
        touch(dir.path(), QStringLiteral("sasl_passwd-20261201-101500-000"));
        touch(dir.path(), QStringLiteral("notes.txt")); // not a backup: never touched
        touch(dir.path(), QStringLiteral("main.cf-20261201-101500-000.tmp"));

        QCOMPARE(PostfixConfig::pruneBackups(dir.path(), 2), 3);
        QCOMPARE(names(dir.path()),
                 QStringList(
                     {QStringLiteral("main.cf-20261201-101500-000.tmp"), QStringLiteral("main.cf-20261204-101500-000"),
                      QStringLiteral("main.cf-20261205-101500-000"), QStringLiteral("master.cf-20261201-101500-000"),
                      QStringLiteral("master.cf-20261202-101500-000"), QStringLiteral("notes.txt"),
                      QStringLiteral("sasl_passwd-20261201-101500-000")}));
        QCOMPARE(PostfixConfig::pruneBackups(dir.path(), 2), 0);
    }

    void passwordBackupsGo()
    {
        QTemporaryDir dir;
        touch(dir.path(), QStringLiteral("sasl_passwd-20261201-101500-000"));
        touch(dir.path(), QStringLiteral("sasl_passwd-20261202-101500-000"));
        touch(dir.path(), QStringLiteral("main.cf-20261201-101500-000"));
        QCOMPARE(PostfixConfig::removePasswordBackups(dir.path()), 2);
        QCOMPARE(names(dir.path()), QStringList({QStringLiteral("main.cf-20261201-101500-000")}));
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "test_backupretention.moc"
