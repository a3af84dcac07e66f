// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicestate.h"

#include <QTest>

using Mailroom::ServiceState;

class TestServiceState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enabled_data()
    {
        QTest::addColumn<QString>("unitFileState");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("enabled") << QStringLiteral("enabled") << true;
        QTest::newRow("enabled-runtime") << QStringLiteral("enabled-runtime") << true;
        QTest::newRow("alias") << QStringLiteral("alias") << true;
        QTest::newRow("disabled") << QStringLiteral("disabled") << false;
        QTest::newRow("static") << QStringLiteral("static") << false;
        QTest::newRow("masked") << QStringLiteral("masked") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void enabled()
    {
        QFETCH(QString, unitFileState);
        QFETCH(bool, enabled);
        ServiceState s;
        s.installed = true;
        s.unitFileState = unitFileState;
        QCOMPARE(s.isEnabled(), enabled);
    }

    void summary_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("fileState");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not installed") << false << QStringLiteral("inactive") << QString()
                                       << QStringLiteral("Not installed");
        QTest::newRow("running enabled") << true << QStringLiteral("active") << QStringLiteral("enabled")
                                         << QStringLiteral("Running, starts at boot");
        QTest::newRow("stopped disabled") << true << QStringLiteral("inactive") << QStringLiteral("disabled")
                                          << QStringLiteral("Stopped, does not start at boot");
        QTest::newRow("failed") << true << QStringLiteral("failed") << QStringLiteral("enabled")
                                << QStringLiteral("Failed, starts at boot");
        QTest::newRow("masked") << true << QStringLiteral("inactive") << QStringLiteral("masked")
                                << QStringLiteral("Stopped, masked (cannot be started)");
    }
    void summary()
    {
        QFETCH(bool, installed);
        QFETCH(QString, active);
        QFETCH(QString, fileState);
        QFETCH(QString, expected);
        ServiceState s {QStringLiteral("sendmail.service"), installed, active, QStringLiteral("dead"), fileState};
        QCOMPARE(s.summary(), expected);
    }

    void displayName()
    {
        QCOMPARE((ServiceState {QStringLiteral("postfix.service"), true, {}, {}, {}}).displayName(),
                 QStringLiteral("postfix"));
        QCOMPARE((ServiceState {QStringLiteral("postfix@-.service"), true, {}, {}, {}}).displayName(),
                 QStringLiteral("postfix@-"));
    }
};

QTEST_GUILESS_MAIN(TestServiceState)
#include "test_servicestate.moc"
