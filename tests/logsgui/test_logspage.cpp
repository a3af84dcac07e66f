// SPDX-License-Identifier: GPL-2.0-or-later
// The Logs section on the sample maillog: journeys, filters, raw lines with highlighting,
// diagnosis and fix, the summary charts and their clicks, unparsed lines, live follow.
#include "logs/diagnosis.h"
#include "logs/journeymodel.h"
#include "logs/logindex.h"
#include "logs/logsummary.h"
#include "logs/logsummaryview.h"
#include "logs/problemmodel.h"
#include "logspage.h"
#include "translations.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using Mailroom::JourneyModel;
using Mailroom::JourneyStatus;

class TestLogsPage : public QObject
{
    Q_OBJECT
private:
    template<typename T> static T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QLatin1String(name));
        if (!c) {
            qWarning("no child %s", name);
        }
        return c;
    }
    static bool load(LogsPage &page, const QString &path)
    {
        QSignalSpy done(&page, &LogsPage::loadingFinished);
        page.openFile(path);
        return done.wait(20000);
    }
    static QStringList column(QTableView *table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            out.append(table->model()->index(r, c).data().toString());
        }
        return out;
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        const bool chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        QVERIFY(w->grab().save(QDir(dir).filePath(
            QStringLiteral("logs-%1-%2.png").arg(name, chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }

private Q_SLOTS:
    void initTestCase() { Mailroom::installTranslations(qApp); }

    void journeysFilterSelectDiagnose()
    {
        LogsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(load(page, QFINDTESTDATA("../data/logs/basic/maillog")));

        auto *table = child<QTableView>(&page, "journeys");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 18); // the journeys of expected.json
        QVERIFY(column(table, JourneyModel::FromColumn).contains(QStringLiteral("carol@mydomain.example")));

        auto *status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findData(int(JourneyStatus::Bounced)));
        QCOMPARE(table->model()->rowCount(), 2);
        const QStringList to = column(table, JourneyModel::ToColumn);
        QVERIFY2(to.contains(QStringLiteral("nosuchuser@partner.example")), qPrintable(to.join(u',')));
        const int row = int(to.indexOf(QStringLiteral("nosuchuser@partner.example")));
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, JourneyModel::ToColumn)).center());

        auto *raw = child<QPlainTextEdit>(&page, "rawLines");
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(QLatin1String("status=bounced")));
        QVERIFY(raw->toPlainText().contains(QLatin1String("6E1FAB2C33: removed")));
        // KSyntaxHighlighting coloured the lines.
        QTRY_VERIFY(!raw->document()->firstBlock().layout()->formats().isEmpty());

        // The recipient's server does not know the address: explained, nothing here to fix; the
        // server's own words are in the lines.
        auto *diagnosis = child<QLabel>(&page, "diagnosisText");
        const auto unknown = Mailroom::Diagnosis::diagnoseJourney(
            *page.index(), table->currentIndex().data(JourneyModel::JourneyRowRole).value<Mailroom::JourneyRow>().head);
        QCOMPARE(unknown.problem, Mailroom::Diagnosis::Problem::UnknownRemoteUser);
        QCOMPARE(diagnosis->text(), unknown.explanation);
        QVERIFY(raw->toPlainText().contains(QLatin1String("User unknown in virtual mailbox table")));
        auto *fix = child<QPushButton>(&page, "fixButton");
        QVERIFY(!fix->isVisible());

        // A loop back to this server: Diagnosis's explanation and the mydestination fix.
        const int loopRow = int(to.indexOf(QStringLiteral("info@newdomain.example")));
        QVERIFY(loopRow >= 0);
        table->setCurrentIndex(table->model()->index(loopRow, 0));
        const quint32 head
            = table->currentIndex().data(JourneyModel::JourneyRowRole).value<Mailroom::JourneyRow>().head;
        const auto finding = Mailroom::Diagnosis::diagnoseJourney(*page.index(), head);
        QVERIFY(finding.isValid());
        QCOMPARE(finding.target, Mailroom::Diagnosis::FixTarget::MyDestination);
        QCOMPARE(diagnosis->text(), finding.explanation);
        QCOMPARE(child<QLabel>(&page, "suggestionText")->text(), finding.suggestion);
        QVERIFY(fix->isVisible());
        QVERIFY(raw->toPlainText().contains(QLatin1String("loops back to myself")));
        screenshot(&page, QStringLiteral("journeys"));
        QSignalSpy fixSpy(&page, &LogsPage::fixRequested);
        fix->click();
        QCOMPARE(fixSpy.count(), 1);
        QCOMPARE(fixSpy.at(0).at(0).value<Mailroom::Diagnosis::FixTarget>(),
                 Mailroom::Diagnosis::FixTarget::MyDestination);

        // The relay-access reject names mynetworks.
        status->setCurrentIndex(status->findData(int(JourneyStatus::Rejected)));
        const int relayRow
            = int(column(table, JourneyModel::ToColumn).indexOf(QStringLiteral("victim@elsewhere.example")));
        QVERIFY(relayRow >= 0);
        table->setCurrentIndex(table->model()->index(relayRow, 0));
        QVERIFY(fix->isVisible());
        fix->click();
        QCOMPARE(fixSpy.count(), 2);
        QCOMPARE(fixSpy.at(1).at(0).value<Mailroom::Diagnosis::FixTarget>(),
                 Mailroom::Diagnosis::FixTarget::MyNetworks);

        // Address and free-text filters.
        status->setCurrentIndex(0);
        auto *address = child<QLineEdit>(&page, "addressFilter");
        address->setText(QStringLiteral("@partner.example"));
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QVERIFY(table->model()
                        ->index(r, JourneyModel::ToColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("partner.example")));
        }
        address->clear();
        child<QLineEdit>(&page, "textFilter")->setText(QStringLiteral("4Kc9Dq0Sx5z9rxH"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void problemsAndUnparsed()
    {
        LogsPage page;
        page.show();
        QVERIFY(load(page, QFINDTESTDATA("../data/logs/basic/maillog")));
        QCOMPARE(page.unparsedCount(), 1);
        auto *button = child<QPushButton>(&page, "unparsedButton");
        QVERIFY(button->isVisible());
        button->click();
        auto *tabs = child<QTabWidget>(&page, "logTabs");
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("unparsedLines"));
        QVERIFY(child<QPlainTextEdit>(&page, "unparsedLines")
                    ->toPlainText()
                    .contains(QLatin1String("maillog:3: --- this line is not a syslog line at all ---")));

        auto *problems = child<QTreeView>(&page, "problems");
        const QAbstractItemModel *problemRows = problems->model();
        QVERIFY(problemRows->rowCount() > 0);
        // Every message that did not get through is listed, also one Mailroom has no explanation
        // for: then with the other server's answer.
        bool unknownUser = false; // explained
        bool contentReject = false; // not explained: Postfix's words
        auto text = [problemRows](int row, int column) {
            return problemRows->index(row, column).data().toString();
        };
        for (int i = 0; i < problemRows->rowCount(); ++i) {
            unknownUser = unknownUser
                || (text(i, 2) == QLatin1String("nosuchuser@partner.example")
                    && text(i, 4)
                        == QCoreApplication::translate(
                            "Diagnosis", "The recipient's mail server says this address does not exist there."));
            contentReject = contentReject
                || (text(i, 1) == QLatin1String("winner@lottery.example")
                    && text(i, 4).contains(QLatin1String("5.7.1 Message content rejected")));
        }
        QVERIFY(unknownUser);
        QVERIFY(contentReject);
        int failed = 0;
        const auto *journeys = child<QTableView>(&page, "journeys")->model();
        for (int r = 0; r < journeys->rowCount(); ++r) {
            const auto status = JourneyStatus(journeys->index(r, 0).data(JourneyModel::StatusRole).toInt());
            failed += status != JourneyStatus::Sent && status != JourneyStatus::InProgress ? 1 : 0;
        }
        // After the failed messages, the refused logins (they have no journey): the sample log has
        // one SASL failure.
        int logins = 0;
        for (int i = 0; i < problemRows->rowCount(); ++i) {
            logins += problemRows->index(i, 0).data(Mailroom::ProblemModel::HeadRole).isNull() ? 1 : 0;
        }
        QCOMPARE(logins, 1);
        QCOMPARE(problemRows->rowCount(), failed + logins);
        QCOMPARE(tabs->tabText(1),
                 QCoreApplication::translate("LogsPage", "Problems (%1)").arg(QLocale().toString(failed + logins)));
        page.resize(1400, 900);
        tabs->setCurrentWidget(problems);
        screenshot(&page, QStringLiteral("problems"));
        const QModelIndex first = problemRows->index(0, 0);
        Q_EMIT problems->activated(first);
        QCOMPARE(tabs->currentIndex(), 0);
        auto *table = child<QTableView>(&page, "journeys");
        QCOMPARE(table->currentIndex().data(JourneyModel::JourneyRowRole).value<Mailroom::JourneyRow>().head,
                 first.data(Mailroom::ProblemModel::HeadRole).toUInt());
        QVERIFY(!child<QLabel>(&page, "diagnosisText")->text().isEmpty());
    }

    void summaryChartsMatchAndFilter()
    {
        LogsPage page;
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(load(page, QFINDTESTDATA("../data/logs/basic/maillog")));
        const auto summary = page.summary();
        QVERIFY(summary);

        auto *view = child<QChartView>(&page, "hourlyChart");
        QVERIFY(view);
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 4);
        const double expected[] = {summary->delivered(), summary->deferrals(), summary->bounced(),
                                   summary->rejected() + summary->rejectWarnings()};
        for (int s = 0; s < 4; ++s) {
            QVERIFY2(sets[s]->sum() == expected[s], qPrintable(sets[s]->label()));
        }
        QVERIFY(summary->rejected() > 0);

        auto *tabs = child<QTabWidget>(&page, "logTabs");
        tabs->setCurrentWidget(child<QWidget>(&page, "summaryView"));
        QTest::qWait(50);
        screenshot(&page, QStringLiteral("summary"));

        // Clicking the rejects bar at 09:00 shows the journeys behind it.
        QBarSet *rejected = sets[3];
        QCOMPARE(rejected->at(9), 2.0);
        Q_EMIT rejected->clicked(9);
        QCOMPARE(tabs->currentIndex(), 0);
        auto *table = child<QTableView>(&page, "journeys");
        QCOMPARE(table->model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            QCOMPARE(i.data(JourneyModel::TimeRole).toDateTime().time().hour(), 9);
            QCOMPARE(table->model()->index(r, JourneyModel::StatusColumn).data().toString(),
                     JourneyModel::statusName(JourneyStatus::Rejected));
        }

        // A top sender leads to that sender's messages.
        tabs->setCurrentWidget(child<QWidget>(&page, "summaryView"));
        auto *senders = child<QTableWidget>(&page, "topSenders");
        QVERIFY(senders->rowCount() > 0);
        const QString sender = senders->item(0, 0)->text();
        Q_EMIT senders->cellClicked(0, 0);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString from = table->model()->index(r, JourneyModel::FromColumn).data().toString();
            const QString to = table->model()->index(r, JourneyModel::ToColumn).data().toString();
            QVERIFY2(from.contains(sender, Qt::CaseInsensitive) || to.contains(sender, Qt::CaseInsensitive),
                     qPrintable(sender));
        }
        // No note above the table (and no empty line where it would be) until a filter needs one.
        auto *note = child<QLabel>(&page, "filterNote");
        QVERIFY(!note->isVisible());

        // The delay chart's "≤ 5 s" bar: delivered messages that took more than 1 s and up to 5 s,
        // with a note saying so.
        tabs->setCurrentWidget(child<QWidget>(&page, "summaryView"));
        auto *delays = child<QChartView>(&page, "delayChart");
        auto *delaySeries = qobject_cast<QBarSeries *>(delays->chart()->series().value(0));
        QVERIFY(delaySeries);
        QBarSet *delivered = delaySeries->barSets().value(0);
        QVERIFY(delivered);
        Q_EMIT delivered->clicked(1);
        QCOMPARE(tabs->currentIndex(), 0);
        // The bar counts deliveries (pflogsumm's way); the table shows the messages behind them:
        // 4Kc9Dq0Sx5z9rxH (two recipients, 1.4 s and 1.9 s) and 5E6F7A8B9C (1.2 s).
        QCOMPARE(delivered->at(1), 3.0);
        QCOMPARE(table->model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(table->model()->index(r, JourneyModel::StatusColumn).data().toString(),
                     JourneyModel::statusName(JourneyStatus::Sent));
        }
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
        child<QPushButton>(&page, "clearFilters")->click();
        QVERIFY(!note->isVisible());
    }

    void followShowsNewLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maillog"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/logs/basic/maillog"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        LogsPage page;
        page.show();
        QVERIFY(load(page, path));
        auto *table = child<QTableView>(&page, "journeys");
        const int before = table->model()->rowCount();
        page.setFollow(true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("Mar 25 19:00:00 mail postfix/pickup[820]: F00BA12345: uid=0 from=<root>\n"
                   "Mar 25 19:00:00 mail postfix/qmgr[815]: F00BA12345: from=<root@mail.mydomain.example>, size=300, "
                   "nrcpt=1 (queue active)\n");
        file.close();
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 5000);
        qInfo("new line shown after %lld ms", timer.elapsed());
        QVERIFY(column(table, JourneyModel::FromColumn).contains(QStringLiteral("root@mail.mydomain.example")));
    }
};

QTEST_MAIN(TestLogsPage)
#include "test_logspage.moc"
