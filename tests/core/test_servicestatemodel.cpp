// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicestatemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Mailroom;

namespace {
ServiceStateList seed()
{
    return {
        {QStringLiteral("postfix.service"), false, QStringLiteral("inactive"), QStringLiteral("dead"), QString()},
        {QStringLiteral("sendmail.service"), true, QStringLiteral("active"), QStringLiteral("running"),
         QStringLiteral("enabled")},
    };
}
} // namespace

class TestServiceStateModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent()
    {
        ServiceStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStates(seed());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ServiceStateModel::ColumnCount));
        model.setStates({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWhatPeopleRead()
    {
        ServiceStateModel model;
        model.setStates(seed());
        QCOMPARE(model.index(0, ServiceStateModel::ServiceColumn).data().toString(), QStringLiteral("postfix"));
        QCOMPARE(model.index(0, ServiceStateModel::InstalledColumn).data().toString(), QStringLiteral("Not installed"));
        QCOMPARE(model.index(1, ServiceStateModel::ActiveColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(1, ServiceStateModel::BootColumn).data().toString(), QStringLiteral("Enabled"));
    }

    void onlyChangedRowsAreUpdated()
    {
        ServiceStateModel model;
        model.setStates(seed());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto next = seed();
        next[1].activeState = QStringLiteral("inactive");
        next[1].subState = QStringLiteral("dead");
        model.setStates(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, ServiceStateModel::ActiveColumn).data().toString(), QStringLiteral("Stopped"));
    }

    void lookupByUnit()
    {
        ServiceStateModel model;
        model.setStates(seed());
        QVERIFY(model.state(QStringLiteral("sendmail.service")).installed);
        const ServiceState missing = model.state(QStringLiteral("exim4.service"));
        QVERIFY(!missing.installed);
        QCOMPARE(missing.unit, QStringLiteral("exim4.service"));
    }
};

QTEST_GUILESS_MAIN(TestServiceStateModel)
#include "test_servicestatemodel.moc"
