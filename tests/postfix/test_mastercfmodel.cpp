// SPDX-License-Identifier: GPL-2.0-or-later
// The rows beside the master.cf text: one per service, commented ones shown but not enabled,
// checked with QAbstractItemModelTester while the text changes as when someone types.
#include "config/mastercfmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Mailroom::Config::MasterCfModel;

class TestMasterCfModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows()
    {
        MasterCfModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setText("smtp inet n - y - - smtpd\n"
                      "#submission inet n - y - - smtpd\n"
                      "#  -o syslog_name=postfix/submission\n"
                      "pickup unix n - y 60 1 pickup -v\n");
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MasterCfModel::ColumnCount));
        QCOMPARE(model.index(0, MasterCfModel::Service).data().toString(), QStringLiteral("smtp"));
        QCOMPARE(model.index(1, MasterCfModel::Service).data().toString(), QStringLiteral("# submission"));
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEnabled));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled);
        QCOMPARE(model.index(1, MasterCfModel::Overrides).data().toString(),
                 QStringLiteral("syslog_name=postfix/submission"));
        QCOMPARE(model.index(2, MasterCfModel::Command).data().toString(), QStringLiteral("pickup -v"));
        QCOMPARE(model.index(2, 0).data(MasterCfModel::LineRole).toInt(), 4);

        // Uncommenting the submission service: the row becomes enabled.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setText("smtp inet n - y - - smtpd\n"
                      "submission inet n - y - - smtpd\n"
                      "  -o syslog_name=postfix/submission\n"
                      "pickup unix n - y 60 1 pickup -v\n");
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(1, MasterCfModel::Service).data().toString(), QStringLiteral("submission"));
        QVERIFY(model.index(1, 0).data(MasterCfModel::EnabledRole).toBool());

        // A comment typed elsewhere changes no row: no reset.
        model.setText("# hello\nsmtp inet n - y - - smtpd\n");
        QCOMPARE(reset.size(), 2);
        model.setText("# hello, world\nsmtp inet n - y - - smtpd\n");
        QCOMPARE(reset.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMasterCfModel)
#include "test_mastercfmodel.moc"
