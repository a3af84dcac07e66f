// SPDX-License-Identifier: GPL-2.0-or-later
// "Connect to Host…"'s recent hosts: most recent first, each once, normalised, at most ten, and
// nothing from the settings file that Connect would refuse.
#include "hosts/recenthosts.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace RecentHosts = Mailroom::RecentHosts;
using namespace Qt::StringLiterals;

class TestRecentHosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remember_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("first") << QStringList {} << u"alice@mx1.example.org"_s
                               << QStringList {u"alice@mx1.example.org"_s};
        QTest::newRow("most recent first") << QStringList {u"mx1.example.org"_s} << u"relay.example.org"_s
                                           << QStringList {u"relay.example.org"_s, u"mx1.example.org"_s};
        QTest::newRow("a repeat moves up")
            << QStringList {u"a.example.org"_s, u"b.example.org"_s, u"c.example.org"_s} << u"c.example.org"_s
            << QStringList {u"c.example.org"_s, u"a.example.org"_s, u"b.example.org"_s};
        QTest::newRow("normalised, so spelled twice is once")
            << QStringList {u"alice@mx1.example.org:2222"_s} << u"  alice@mx1.example.org:2222 "_s
            << QStringList {u"alice@mx1.example.org:2222"_s};
        QStringList ten;
        for (int i = 0; i < 10; ++i) {
            ten << QStringLiteral("h%1.example.org").arg(i);
        }
        QTest::newRow("at most ten") << ten << u"new.example.org"_s
                                     << (QStringList {u"new.example.org"_s} + ten.mid(0, 9));
        QTest::newRow("an invalid host is not remembered")
            << QStringList {u"mx1.example.org"_s} << u"-oProxyCommand=x"_s << QStringList {u"mx1.example.org"_s};
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
            RecentHosts::save(settings,
                              RecentHosts::remember(RecentHosts::load(settings), QStringLiteral("a.example.org")));
            RecentHosts::save(settings,
                              RecentHosts::remember(RecentHosts::load(settings), QStringLiteral("bob@b.example.org")));
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(RecentHosts::load(settings), (QStringList {u"bob@b.example.org"_s, u"a.example.org"_s}));
        // A hand-edited file: what Connect would refuse, and repeats, are not offered.
        settings.setValue(QStringLiteral("hosts/recent"),
                          QStringList {u"a.example.org"_s, u"bad host"_s, u"-oProxyCommand=x"_s, u"a.example.org"_s,
                                       u"c.example.org"_s});
        QCOMPARE(RecentHosts::load(settings), (QStringList {u"a.example.org"_s, u"c.example.org"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRecentHosts)
#include "test_recenthosts.moc"
