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
        // In the sandbox's own time zone, as the page writes them (tests/logs/test_journalfeed
        // covers other zones).
        Mailroom::LogEntry e;
        e.timeUsec = quint64(QDateTime(QDate(2024, 3, 5), QTime(8, 1, 2)).toMSecsSinceEpoch()) * 1000;
        e.identifier = QStringLiteral("postfix/smtpd");
        e.pid = 42;
        e.message = QStringLiteral("connect from x[192.0.2.1]");
        QCOMPARE(Mailroom::JournalFeed::formatEntry(e, "mail"),
                 QByteArray("Mar  5 08:01:02 mail postfix/smtpd[42]: connect from x[192.0.2.1]\n"));
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
        const qint64 before = page.lineCount();
        // A real mail program must write the line: the helper reads the system journal
        // only, so a user's own `logger` lines (kept in the user's journal) never show,
        // which is what stops anyone from planting fake Postfix lines. alice submits a
        // message to the seed scenario's sendmail; its MTA logs it with facility mail.
        QProcess sendmail;
        sendmail.start(QStringLiteral("/usr/sbin/sendmail"), {QStringLiteral("-i"), QStringLiteral("alice")});
        QVERIFY(sendmail.waitForStarted(5000));
        sendmail.write("Subject: follow test\n\nlive follow\n");
        sendmail.closeWriteChannel();
        QVERIFY(sendmail.waitForFinished(30000));
        QTRY_VERIFY2_WITH_TIMEOUT(page.lineCount() > before, "a new mail log line appeared while following", 20000);
    }
};

QTEST_MAIN(TestLogsJournal)
#include "test_logsjournal.moc"
