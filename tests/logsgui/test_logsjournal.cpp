// SPDX-License-Identifier: GPL-2.0-or-later
// The Logs section reading the journal through the real helper, as alice in the seed scenario
// (sendmail logs with facility mail), then following it live: a line logged now appears.
#include "logs/journalfeed.h"
#include "logs/journeymodel.h"
#include "logspage.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestLogsJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsSyslogLines()
    {
        Mailroom::LogEntry e;
        e.timeUsec = quint64(QDateTime(QDate(2024, 3, 5), QTime(8, 1, 2)).toMSecsSinceEpoch()) * 1000;
        e.identifier = QStringLiteral("postfix/smtpd");
        e.pid = 42;
        e.message = QStringLiteral("connect from x[192.0.2.1]");
        QCOMPARE(JournalFeed::formatEntry(e, "mail"), QByteArray("Mar  5 08:01:02 mail postfix/smtpd[42]: connect from x[192.0.2.1]\n"));
    }

    void readsAndFollowsTheJournal()
    {
        LogsPage page;
        page.show();
        QSignalSpy done(&page, &LogsPage::loadingFinished);
        QSignalSpy failed(&page, &LogsPage::loadingFailed);
        page.loadJournal();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY2(page.lineCount() > 0, "the seed scenario's journal has sendmail's lines");

        page.setFollow(true);
        QTest::qWait(500); // the long poll is on its way
        const QString id = QStringLiteral("F%1").arg(QDateTime::currentSecsSinceEpoch() % 100000000, 8, 10, QLatin1Char('0'));
        const qint64 before = page.lineCount();
        QProcess logger;
        logger.start(QStringLiteral("logger"), {QStringLiteral("-p"), QStringLiteral("mail.info"), QStringLiteral("-t"), QStringLiteral("postfix/qmgr"),
                                               QStringLiteral("%1: from=<alice@example.org>, size=321, nrcpt=1 (queue active)").arg(id)});
        QVERIFY(logger.waitForFinished(10000));
        QCOMPARE(logger.exitCode(), 0);
        auto *table = page.findChild<QTableView *>(QStringLiteral("journeys"));
        QVERIFY(table);
        auto shown = [&] {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                if (table->model()->index(r, 0).data(Mailroom::JourneyModel::QueueIdsRole).toStringList().contains(id)) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown(), qPrintable(id), 15000);
        QVERIFY(page.lineCount() > before);
    }
};

QTEST_MAIN(TestLogsJournal)
#include "test_logsjournal.moc"
