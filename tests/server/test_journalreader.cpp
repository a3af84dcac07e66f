// SPDX-License-Identifier: GPL-2.0-or-later
// Which journal entries the helper hands to the Logs page: written by a mail system (its user or
// root, its program or its unit), never by whoever chose the tag. The fields are those journald
// recorded in the sandbox for Postfix, spamd (a Perl script, as root) and spamass-milter.
#include "journalreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailWriter_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("exe");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("postfix cleanup") << u"104"_s << u"/usr/lib/postfix/sbin/cleanup"_s << u"postfix@-.service"_s
                                         << true;
        QTest::newRow("spamd as root in its unit") << u"0"_s << u"/usr/bin/perl"_s << u"spamd.service"_s << true;
        QTest::newRow("spamass-milter as its user")
            << u"103"_s << u"/usr/sbin/spamass-milter"_s << u"spamass-milter.service"_s << true;
        QTest::newRow("spamass-milter's init script") << u"0"_s << QString() << u"spamass-milter.service"_s << true;
        QTest::newRow("perl as root elsewhere") << u"0"_s << u"/usr/bin/perl"_s << u"cron.service"_s << false;
        QTest::newRow("alice's logger -t spamd") << u"1000"_s << u"/usr/bin/logger"_s << u"session-2.scope"_s << false;
        QTest::newRow("alice in a unit named like spamd")
            << u"1000"_s << u"/usr/bin/perl"_s << u"spamd.service"_s << false;
    }
    void mailWriter()
    {
        QFETCH(QString, uid);
        QFETCH(QString, exe);
        QFETCH(QString, unit);
        QFETCH(bool, accepted);
        const QStringList mailUids {u"104"_s, u"103"_s};
        QCOMPARE(JournalReader::isMailWriter(uid, exe, unit, mailUids), accepted);
    }
};

QTEST_GUILESS_MAIN(TestJournalReader)
#include "test_journalreader.moc"
