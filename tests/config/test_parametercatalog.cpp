// SPDX-License-Identifier: GPL-2.0-or-later
// The parameter catalog: `postconf -d` output and the descriptions from postconf(5).
#include "config/parametercatalog.h"

#include <QFile>
#include <QTest>

using namespace Mailroom::Config;
using namespace Qt::StringLiterals;

class TestParameterCatalog : public QObject
{
    Q_OBJECT

    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = QFINDTESTDATA("../data/config");
        QVERIFY(!m_data.isEmpty());
    }

    void postconfDefaults_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("defaults");
        QTest::newRow("plain") << QByteArray("biff = yes\nmyhostname = host.example\n")
                               << QStringList {u"biff"_s, u"myhostname"_s} << QStringList {u"yes"_s, u"host.example"_s};
        QTest::newRow("empty value") << QByteArray("relayhost =\n") << QStringList {u"relayhost"_s}
                                     << QStringList {u""_s};
        QTest::newRow("value with =") << QByteArray("smtpd_banner = $myhostname = x\n")
                                      << QStringList {u"smtpd_banner"_s} << QStringList {u"$myhostname = x"_s};
        QTest::newRow("warnings and junk skipped")
            << QByteArray("postconf: warning: something\n  indented = no\n\nbad name = 1\nok = 1")
            << QStringList {u"ok"_s} << QStringList {u"1"_s};
    }
    void postconfDefaults()
    {
        QFETCH(QByteArray, output);
        QFETCH(QStringList, names);
        QFETCH(QStringList, defaults);
        const QList<ParameterInfo> parsed = ParameterCatalog::parsePostconfDefaults(output);
        QStringList gotNames;
        QStringList gotDefaults;
        for (const ParameterInfo &p : parsed) {
            gotNames << p.name;
            gotDefaults << p.defaultValue;
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotDefaults, defaults);
    }

    void realPostconf()
    {
        QFile f(m_data + QStringLiteral("/postconf-d.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ParameterCatalog catalog(ParameterCatalog::parsePostconfDefaults(f.readAll()));
        QCOMPARE(catalog.parameters().size(), 967); // Postfix 3.10.13: one line per parameter
        QCOMPARE(catalog.defaultValue(QStringLiteral("biff")), QStringLiteral("yes"));
        QCOMPARE(catalog.defaultValue(QStringLiteral("maximal_queue_lifetime")), QStringLiteral("5d"));
        QVERIFY(catalog.contains(QStringLiteral("relayhost")));
        QVERIFY(!catalog.contains(QStringLiteral("virtual_maps")));
    }

    void manPage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::newRow("one line") << u"2bounce_notice_recipient"_s
                                  << u"The recipient of undeliverable mail that cannot be returned to the sender."_s;
        QTest::newRow("font escapes") << u"access_map_defer_code"_s
                                      << u"The numerical Postfix SMTP server response code for an access(5) map "
                                         u"\"defer\" action, including \"defer_if_permit\" or \"defer_if_reject\"."_s;
        QTest::newRow("first sentence only")
            << u"address_verify_cache_cleanup_interval"_s
            << u"The amount of time between verify(8) address verification database cleanup runs."_s;
    }
    void manPage()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        // The same text plain and gzipped, as Debian installs it.
        for (const char *file : {"/postconf.5.excerpt", "/postconf.5.excerpt.gz"}) {
            const QByteArray troff = ParameterCatalog::readManPage(m_data + QLatin1String(file));
            QVERIFY(!troff.isEmpty());
            const QHash<QString, QString> descriptions = ParameterCatalog::parseManPage(troff);
            QCOMPARE(descriptions.value(name), description);
            QVERIFY(!descriptions.contains(QStringLiteral("NAME")));
            QVERIFY(!descriptions.contains(QStringLiteral("DESCRIPTION")));
        }
    }

    void withDescriptions()
    {
        const QList<ParameterInfo> merged = ParameterCatalog::withDescriptions(
            {{u"biff"_s, u"yes"_s, {}}, {u"nothing_known"_s, u""_s, {}}}, {{u"biff"_s, u"Whether to use biff."_s}});
        QCOMPARE(merged.at(0).description, QStringLiteral("Whether to use biff."));
        QVERIFY(merged.at(1).description.isEmpty());
    }

    void missingManPage()
    {
        QVERIFY(ParameterCatalog::readManPage(m_data + QStringLiteral("/no-such.5.gz")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParameterCatalog)
#include "test_parametercatalog.moc"
