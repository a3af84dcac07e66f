// SPDX-License-Identifier: GPL-2.0-or-later
// The shipped polkit defaults (security review finding 11): every action of the contract is in
// the policy file, none other; nobody outside an active local session, an administrator's
// password for everything, and reading another user's mailbox asks for it every time.
#include "helperapi.h"

#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Defaults
{
    QString any;
    QString inactive;
    QString active;
};

QHash<QString, Defaults> readPolicy(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QHash<QString, Defaults> actions;
    QXmlStreamReader xml(&f);
    QString action;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("action")) {
            action = xml.attributes().value(QLatin1String("id")).toString();
            actions.insert(action, {});
        } else if (name == QLatin1String("allow_any")) {
            actions[action].any = xml.readElementText();
        } else if (name == QLatin1String("allow_inactive")) {
            actions[action].inactive = xml.readElementText();
        } else if (name == QLatin1String("allow_active")) {
            actions[action].active = xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return actions;
}
} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private:
    QHash<QString, Defaults> m_actions;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_actions = readPolicy(QStringLiteral(MAILROOM_POLICY_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_actions.size(), 8);
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("active");
        using namespace Mailroom::Api::Action;
        QTest::newRow("read-status") << QString(ReadStatus) << "auth_admin_keep";
        QTest::newRow("read-logs") << QString(ReadLogs) << "auth_admin_keep";
        QTest::newRow("manage-services") << QString(ManageServices) << "auth_admin_keep";
        QTest::newRow("manage-packages") << QString(ManagePackages) << "auth_admin_keep";
        QTest::newRow("manage-firewall") << QString(ManageFirewall) << "auth_admin_keep";
        QTest::newRow("configure") << QString(Configure) << "auth_admin_keep";
        QTest::newRow("manage-queue") << QString(ManageQueue) << "auth_admin_keep";
        // Each mailbox is another person's mail: the password every time, never remembered.
        QTest::newRow("read-mailboxes") << QString(ReadMailboxes) << "auth_admin";
    }
    void defaults()
    {
        QFETCH(QString, action);
        QFETCH(QString, active);
        QVERIFY2(m_actions.contains(action), qPrintable(action));
        const Defaults d = m_actions.value(action);
        QCOMPARE(d.any, QStringLiteral("no"));
        QCOMPARE(d.inactive, QStringLiteral("no"));
        QCOMPARE(d.active, active);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "test_policy.moc"
