// SPDX-License-Identifier: GPL-2.0-or-later
// The Hosts page: what each cell says and when a host needs the admin (statuses at a fixed
// moment), and the page itself with a private hosts list: adding checks the address, a host that
// refuses the connection ends as a sentence, removing takes it off the saved list.
#include "hosts/hostsmodel.h"
#include "hosts/hostspage.h"
#include "hosts/savedhosts.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Mailroom::HostAddress;
using Mailroom::HostStatus;

namespace {
const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);

HostStatus ready()
{
    HostStatus s;
    s.host = HostAddress::parse(QStringLiteral("alice@mx1.example.org"));
    s.state = HostStatus::State::Ready;
    s.postfixInstalled = true;
    s.postfixRunning = true;
    s.postfixState = QStringLiteral("active (running)");
    s.queued = 3;
    s.deferred = 0;
    s.certificateExpiry = Now.addDays(200);
    s.answerMs = 42;
    return s;
}
} // namespace

class TestHostsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // A hosts list of the test's own (SavedHosts keeps it under XDG_CONFIG_HOME).
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Mailroom::SavedHosts::save({});
    }

    void cells()
    {
        HostStatus s = ready();
        QCOMPARE(HostsModel::text(s, HostsModel::Host), QStringLiteral("alice@mx1.example.org"));
        QCOMPARE(HostsModel::text(s, HostsModel::Postfix), QStringLiteral("running"));
        QCOMPARE(HostsModel::text(s, HostsModel::Queue), QStringLiteral("3"));
        QCOMPARE(HostsModel::text(s, HostsModel::LastBounce), QStringLiteral("none in 24 h"));
        QCOMPARE(HostsModel::text(s, HostsModel::Status), QStringLiteral("Answered in 42 ms"));
        for (int c = 0; c < HostsModel::ColumnCount; ++c) {
            QVERIFY2(!HostsModel::needsAttention(s, c, Now), qPrintable(QString::number(c)));
        }

        s.postfixRunning = false;
        s.postfixState = QStringLiteral("failed (failed)");
        QCOMPARE(HostsModel::text(s, HostsModel::Postfix), QStringLiteral("failed"));
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Postfix, Now));
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Host, Now));
        QVERIFY(HostsModel::toolTip(s, HostsModel::Postfix, Now).contains(QLatin1String("failed (failed)")));

        s = ready();
        s.postfixInstalled = false;
        s.postfixRunning = false;
        s.postfixState.clear();
        QCOMPARE(HostsModel::text(s, HostsModel::Postfix), QStringLiteral("not installed"));
        QVERIFY(!HostsModel::needsAttention(s, HostsModel::Host, Now));

        s = ready();
        s.deferred = 2;
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Deferred, Now));
        QVERIFY(HostsModel::toolTip(s, HostsModel::Deferred, Now).contains(QLatin1String("2 message(s)")));

        // A certificate is the admin's business from 30 days before its end.
        s = ready();
        s.certificateExpiry = Now.addDays(31);
        QVERIFY(!HostsModel::needsAttention(s, HostsModel::Certificate, Now));
        s.certificateExpiry = Now.addDays(5);
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Certificate, Now));
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Host, Now));
        QVERIFY(HostsModel::toolTip(s, HostsModel::Certificate, Now).contains(QLatin1String("expires in 5 day")));
        s.certificateExpiry = QDateTime();
        QCOMPARE(HostsModel::text(s, HostsModel::Certificate), QStringLiteral("none"));
        QVERIFY(!HostsModel::needsAttention(s, HostsModel::Certificate, Now));

        // Not connected: no figures, the reason in the last column.
        s = ready();
        s.state = HostStatus::State::Failed;
        s.error = QStringLiteral("The SSH connection to alice@mx1.example.org failed: Connection refused");
        QCOMPARE(HostsModel::text(s, HostsModel::Queue), QString());
        QCOMPARE(HostsModel::text(s, HostsModel::Status), s.error);
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Host, Now));
        QVERIFY(HostsModel::needsAttention(s, HostsModel::Status, Now));

        s = ready();
        s.state = HostStatus::State::Connecting;
        s.answerMs = -1;
        QCOMPARE(HostsModel::text(s, HostsModel::Status), QStringLiteral("Connecting…"));
        QCOMPARE(HostsModel::text(s, HostsModel::Postfix), QString());
        QVERIFY(!HostsModel::needsAttention(s, HostsModel::Host, Now));
    }

    void addRefusedHostAndRemoveIt()
    {
        HostsPage page;
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("hostsTable"));
        auto *empty = page.findChild<QLabel *>(QStringLiteral("hostsEmpty"));
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("newHost"));
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addHostButton"));
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeHostButton"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("hostsMessage"));
        QVERIFY(table && empty && edit && add && remove && message);
        QVERIFY(empty->isVisible());
        QVERIFY(!table->isVisible());

        // Something ssh could read as an option is not a host.
        edit->setText(QStringLiteral("-oProxyCommand=touch /tmp/x"));
        QVERIFY(!add->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(Mailroom::SavedHosts::load().isEmpty());

        // Nothing listens on port 1: ssh is refused at once, and the row says so.
        const HostAddress refused = HostAddress::parse(QStringLiteral("alice@127.0.0.1:1"));
        edit->setText(refused.toString());
        QVERIFY(add->isEnabled());
        QVERIFY(!message->isVisible());
        QSignalSpy refreshed(&page, &HostsPage::refreshed);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(Mailroom::SavedHosts::load(), QList<HostAddress> {refused});
        QVERIFY(edit->text().isEmpty());
        QVERIFY(table->isVisible());
        QCOMPARE(page.model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->index(0, HostsModel::Host).data(HostsModel::StateRole).toInt(),
                                  int(HostStatus::State::Failed), 20000);
        const QString error = page.model()->index(0, HostsModel::Status).data().toString();
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
        QVERIFY(page.model()->index(0, HostsModel::Host).data(HostsModel::NeedsAttentionRole).toBool());

        // The same host again is refused with a sentence; the list is unchanged.
        edit->setText(QStringLiteral("alice@127.0.0.1:1"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("already")));
        QCOMPARE(page.model()->rowCount(), 1);

        table->selectRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(Mailroom::SavedHosts::load().isEmpty());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
    }
};

QTEST_MAIN(TestHostsPage)
#include "test_hostspage.moc"
