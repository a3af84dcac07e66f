// SPDX-License-Identifier: GPL-2.0-or-later
// GetParameterCatalog's work: postconf -d through the ProgramRunner seam (faked here) and the
// descriptions from a postconf(5) page; NotInstalled and a failing postconf are errors.
#include "catalogoperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "programrunner.h"

#include <QFile>
#include <QTest>

namespace {
class FakeRunner : public ProgramRunner
{
public:
    bool installed = true;
    Result result;
    mutable QList<QStringList> calls;
    bool exists(Program program) const override { return installed && program == Program::Postconf; }
    Result run(Program program, const QStringList &args, const QByteArray & = {}, int = 30000) const override
    {
        calls.append(QStringList {path(program)} + args);
        return result;
    }
};
} // namespace

class TestCatalogOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalog()
    {
        QFile defaults(QFINDTESTDATA("../data/config/postconf-d.txt"));
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        FakeRunner runner;
        runner.result = {true, 0, defaults.readAll(), {}};
        const CatalogOperations ops(&runner, QFINDTESTDATA("../data/config/postconf.5.excerpt.gz"));
        const OperationResult r = ops.catalog();
        QVERIFY(r.ok());
        QCOMPARE(runner.calls, (QList<QStringList> {{QStringLiteral("/usr/sbin/postconf"), QStringLiteral("-d")}}));
        const auto list = r.values.value(0).value<Mailroom::Config::ParameterInfoList>();
        QCOMPARE(list.size(), 967);
        QCOMPARE(list.at(0).name, QStringLiteral("2bounce_notice_recipient"));
        QCOMPARE(list.at(0).defaultValue, QStringLiteral("postmaster"));
        QCOMPARE(list.at(0).description,
                 QStringLiteral("The recipient of undeliverable mail that cannot be returned to the sender."));
    }

    void notInstalled()
    {
        FakeRunner runner;
        runner.installed = false;
        const OperationResult r = CatalogOperations(&runner).catalog();
        QCOMPARE(r.errorName, QString(Mailroom::Api::Error::NotInstalled));
        QVERIFY(runner.calls.isEmpty());
    }

    void postconfFails()
    {
        FakeRunner runner;
        runner.result = {true, 1, {}, "postconf: fatal: open /etc/postfix/main.cf: Permission denied\n"};
        const OperationResult r = CatalogOperations(&runner).catalog();
        QCOMPARE(r.errorName, QString(Mailroom::Api::Error::Failed));
        QVERIFY(r.message.contains(QLatin1String("Permission denied")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogOperations)
#include "test_catalogoperations.moc"
