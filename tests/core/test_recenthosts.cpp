// SPDX-License-Identifier: GPL-2.0-or-later
// "Connect to Host…"'s recent hosts: most recent first, each once, normalised, at most ten, and
// nothing from the settings file that Connect would refuse.
#include "hosts/recenthosts.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace RecentHosts = Mailroom::RecentHosts;

class TestRecentHosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remember_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("first") << QStringList {} << "alice@mx1.example.org" << QStringList {"alice@mx1.example.org"};
        QTest::newRow("most recent first")
            << QStringList {"mx1.example.org"} << "relay.example.org"
            << QStringList {"relay.example.org", "mx1.example.org"};
        QTest::newRow("a repeat moves up")
            << QStringList {"a.example.org", "b.example.org", "c.example.org"} << "c.example.org"
            << QStringList {"c.example.org", "a.example.org", "b.example.org"};
        QTest::newRow("normalised, so spelled twice is once")
            << QStringList {"alice@mx1.example.org:2222"} << "  alice@mx1.example.org:2222 "
            << QStringList {"alice@mx1.example.org:2222"};
        QStringList ten;
        for (int i = 0; i < 10; ++i) {
            ten << QStringLiteral("h%1.example.org").arg(i);
        }
        QTest::newRow("at most ten") << ten << "new.example.org"
                                     << (QStringList {"new.example.org"} + ten.mid(0, 9));
        QTest::newRow("an invalid host is not remembered")
            << QStringList {"mx1.example.org"} << "-oProxyCommand=x" << QStringList {"mx1.example.org"};
    }
    void remember()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, host);
        QFETCH(QStringList, after);
        QCOMPARE(RecentHosts::remember(before, host), after);
    }

    void savedAndLoaded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("mailroom.conf"));
        {
            QSettings settings(file, QSettings::IniFormat);
            QVERIFY(RecentHosts::load(settings).isEmpty());
            RecentHosts::save(settings, RecentHosts::remember(RecentHosts::load(settings), QStringLiteral("a.example.org")));
            RecentHosts::save(settings, RecentHosts::remember(RecentHosts::load(settings), QStringLiteral("bob@b.example.org")));
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(RecentHosts::load(settings), (QStringList {"bob@b.example.org", "a.example.org"}));
        // A hand-edited file: what Connect would refuse, and repeats, are not offered.
        settings.setValue(QStringLiteral("hosts/recent"),
                          QStringList {"a.example.org", "bad host", "-oProxyCommand=x", "a.example.org", "c.example.org"});
        QCOMPARE(RecentHosts::load(settings), (QStringList {"a.example.org", "c.example.org"}));
    }
};

QTEST_GUILESS_MAIN(TestRecentHosts)
#include "test_recenthosts.moc"
