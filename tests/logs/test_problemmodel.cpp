// SPDX-License-Identifier: GPL-2.0-or-later
// The Problems tab's model: every failed message of the sample log, explained where Diagnosis
// knows the pattern, else with Postfix's words.
#include "logs/diagnosis.h"
#include "logs/journeybuilder.h"
#include "logs/journeymodel.h"
#include "logs/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Mailroom;

namespace {
std::shared_ptr<const LogIndex> basicIndex()
{
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(QFINDTESTDATA("../data/logs/basic/maillog"), &error)) {
        qWarning() << error;
        return {};
    }
    JourneyBuilder builder(sources);
    builder.setReferenceDate(QDate(2024, 3, 26));
    builder.processAll();
    return builder.finish();
}

int rowWith(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, column).data().toString() == text) {
            return r;
        }
    }
    return -1;
}
} // namespace

class TestProblemModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryFailedMessage()
    {
        const auto index = basicIndex();
        QVERIFY(index);
        JourneyModel journeys;
        journeys.setIndex(index);
        ProblemModel problems;
        QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(problems.rowCount(), 0);
        problems.setJourneys(journeys, index);
        QCOMPARE(problems.columnCount(), int(ProblemModel::ColumnCount));

        // One row per journey that neither got through nor is still queued, in the journeys' order.
        QList<quint32> failedHeads;
        for (int r = 0; r < journeys.rowCount(); ++r) {
            const JourneyStatus status = journeys.row(r).status;
            if (status != JourneyStatus::Sent && status != JourneyStatus::InProgress) {
                failedHeads.append(journeys.row(r).head);
            }
        }
        QVERIFY(!failedHeads.isEmpty());
        // After them, the refused logins: one wrong password on submission (line 100).
        QCOMPARE(problems.rowCount(), int(failedHeads.size()) + 1);
        for (int r = 0; r < failedHeads.size(); ++r) {
            QCOMPARE(problems.index(r, 0).data(ProblemModel::HeadRole).toUInt(), failedHeads.at(r));
            QCOMPARE(problems.head(r), failedHeads.at(r));
            QVERIFY(!problems.isLogin(r));
        }
        const int login = int(failedHeads.size());
        QVERIFY(problems.isLogin(login));
        QVERIFY(!problems.index(login, 0).data(ProblemModel::HeadRole).isValid());
        QCOMPARE(problems.index(login, ProblemModel::FromColumn).data().toString(), QStringLiteral("203.0.113.66"));
        QCOMPARE(problems.index(login, ProblemModel::StatusColumn).data().toString(),
                 QStringLiteral("Wrong password (submission (587))"));

        // The same texts as the journeys table for the first four columns.
        const int journeyRow = [&] {
            for (int r = 0; r < journeys.rowCount(); ++r) {
                if (journeys.row(r).head == failedHeads.first()) {
                    return r;
                }
            }
            return -1;
        }();
        for (int c :
             {ProblemModel::TimeColumn, ProblemModel::FromColumn, ProblemModel::ToColumn, ProblemModel::StatusColumn}) {
            QCOMPARE(problems.index(0, c).data().toString(), journeys.index(journeyRow, c).data().toString());
        }

        // Explained: the diagnosis, its suggestion as tool tip.
        const int unknown = rowWith(problems, ProblemModel::ToColumn, QStringLiteral("nosuchuser@partner.example"));
        QVERIFY(unknown >= 0);
        const Diagnosis::Finding finding = Diagnosis::diagnoseJourney(*index, problems.head(unknown));
        QVERIFY(finding.isValid());
        QCOMPARE(problems.index(unknown, ProblemModel::ProblemColumn).data().toString(), finding.explanation);
        QCOMPARE(problems.index(unknown, ProblemModel::ProblemColumn).data(Qt::ToolTipRole).toString(),
                 finding.suggestion);
        QVERIFY(!problems.index(unknown, ProblemModel::TimeColumn).data(Qt::ToolTipRole).isValid());

        // Not explained: what the other side said.
        const int content = rowWith(problems, ProblemModel::FromColumn, QStringLiteral("winner@lottery.example"));
        QVERIFY(content >= 0);
        QVERIFY(problems.index(content, ProblemModel::ProblemColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("5.7.1 Message content rejected")));
        QVERIFY(!problems.index(content, ProblemModel::ProblemColumn).data(Qt::ToolTipRole).toString().isEmpty());

        QCOMPARE(problems.headerData(ProblemModel::ProblemColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Problem"));
        problems.clear();
        QCOMPARE(problems.rowCount(), 0);
    }

    void emptyWithoutAnIndex()
    {
        const auto index = basicIndex();
        JourneyModel journeys;
        journeys.setIndex(index);
        ProblemModel problems;
        QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems.setJourneys(journeys, nullptr); // still reading
        QCOMPARE(problems.rowCount(), 0);
        problems.setJourneys(journeys, index);
        QVERIFY(problems.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestProblemModel)
#include "test_problemmodel.moc"
