// SPDX-License-Identifier: GPL-2.0-or-later
// The saved hosts (Connect to Host…'s list, mailroomctl hosts, the overview): most recent first,
// each once, normalised, and nothing from the file that Connect would refuse.
#include "hosts/savedhosts.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using Mailroom::HostAddress;
namespace SavedHosts = Mailroom::SavedHosts;

namespace {
QStringList texts(const QList<HostAddress> &hosts)
{
    QStringList out;
    for (const HostAddress &h : hosts) {
        out << h.toString();
    }
    return out;
}
HostAddress host(const char *text)
{
    return HostAddress::parse(QString::fromLatin1(text));
}
} // namespace

class TestSavedHosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to ~/.qttest, never the user's own ~/.config/mailroom/hosts.ini.
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { SavedHosts::save({}); }

    void mostRecentFirstEachOnce()
    {
        QVERIFY(SavedHosts::load().isEmpty());
        SavedHosts::remember(host("a.example.org"));
        SavedHosts::remember(host("alice@b.example.org:2222"));
        SavedHosts::remember(host("c.example.org"));
        SavedHosts::remember(host(" alice@b.example.org:2222 ")); // the same host, spelled with spaces
        QCOMPARE(texts(SavedHosts::load()),
                 (QStringList {QStringLiteral("alice@b.example.org:2222"), QStringLiteral("c.example.org"),
                               QStringLiteral("a.example.org")}));
        QVERIFY(SavedHosts::forget(host("c.example.org")));
        QVERIFY(!SavedHosts::forget(host("c.example.org")));
        QCOMPARE(texts(SavedHosts::load()),
                 (QStringList {QStringLiteral("alice@b.example.org:2222"), QStringLiteral("a.example.org")}));
    }

    void atMostMaxHosts()
    {
        for (int i = 0; i < SavedHosts::MaxHosts + 5; ++i) {
            SavedHosts::remember(HostAddress::parse(QStringLiteral("mx%1.example.org").arg(i)));
        }
        const QList<HostAddress> hosts = SavedHosts::load();
        QCOMPARE(hosts.size(), SavedHosts::MaxHosts);
        QCOMPARE(hosts.first().host, QStringLiteral("mx%1.example.org").arg(SavedHosts::MaxHosts + 4));
    }

    // A hand-edited file: what Connect would refuse is left out, repeats once.
    void onlyValidAddressesAreRead()
    {
        {
            QSettings s(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("mailroom"),
                        QStringLiteral("hosts"));
            s.setValue(QStringLiteral("hosts"),
                       QStringList {QStringLiteral("mx1.example.org"), QStringLiteral("-oProxyCommand=x"),
                                    QStringLiteral("host;reboot"), QStringLiteral("mx1.example.org"),
                                    QStringLiteral("bob@[2001:db8::1]:22")});
        }
        QCOMPARE(texts(SavedHosts::load()),
                 (QStringList {QStringLiteral("mx1.example.org"), QStringLiteral("bob@[2001:db8::1]:22")}));
    }
};

QTEST_GUILESS_MAIN(TestSavedHosts)
#include "test_savedhosts.moc"
