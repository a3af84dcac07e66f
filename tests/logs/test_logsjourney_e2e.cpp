// SPDX-License-Identifier: GPL-2.0-or-later
// End to end, as alice on a fresh sandbox: Postfix installed and started through the helper
// (mailroomctl), the Logs page reading the journal through the helper and following it, then a
// test mail from alice to bob. Its journey (pickup → cleanup → qmgr → local status=sent →
// removed) must show up in the journeys table with the right sender, recipient and status, live
// and again when the journal is read anew. Changes the system for good: label "destructive".
#include "logs/journeymodel.h"
#include "logspage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Mailroom::JourneyModel;
using Mailroom::JourneyStatus;

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);

QByteArray ctl(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(Ctl, args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
        return "timed out: mailroomctl " + args.join(QLatin1Char(' ')).toUtf8();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

// The model row of the message with this queue id, -1 if it is not there (yet).
int rowOf(const QAbstractItemModel &model, const QString &queueId)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(JourneyModel::QueueIdsRole).toStringList().contains(queueId)) {
            return r;
        }
    }
    return -1;
}

// What is still missing from the journey of queueId for it to be complete; empty when done.
QString missing(const LogsPage &page, const QString &queueId)
{
    const QAbstractItemModel *model = page.findChild<QTableView *>(QStringLiteral("journeys"))->model();
    const int r = rowOf(*model, queueId);
    if (r < 0) {
        return QStringLiteral("no row for %1 among %2").arg(queueId).arg(model->rowCount());
    }
    const QModelIndex row = model->index(r, 0);
    const QStringList lines = row.data(JourneyModel::RawLinesRole).toStringList();
    const QString text = lines.join(QLatin1Char('\n'));
    for (const QString &step :
         {QStringLiteral("postfix/pickup"), QStringLiteral("postfix/cleanup"), QStringLiteral("postfix/qmgr"),
          QStringLiteral("postfix/local"), QStringLiteral("status=sent"), QStringLiteral(": removed")}) {
        if (!text.contains(step)) {
            return QStringLiteral("no \"%1\" yet in:\n%2").arg(step, text);
        }
    }
    if (JourneyStatus(row.data(JourneyModel::StatusRole).toInt()) != JourneyStatus::Sent) {
        return QStringLiteral("status %1").arg(row.data(JourneyModel::StatusRole).toInt());
    }
    const QString sender = row.data(JourneyModel::SenderRole).toString();
    if (!sender.startsWith(QLatin1String("alice@"))) {
        return QStringLiteral("sender %1").arg(sender);
    }
    const QStringList recipients = row.data(JourneyModel::RecipientsRole).toStringList();
    if (recipients.size() != 1 || !recipients.first().startsWith(QLatin1String("bob@"))) {
        return QStringLiteral("recipients %1").arg(recipients.join(QLatin1Char(',')));
    }
    // The order of the steps, as Postfix logs them.
    qsizetype at = 0;
    for (const QString &step :
         {QStringLiteral("postfix/pickup"), QStringLiteral("postfix/cleanup"), QStringLiteral("postfix/qmgr"),
          QStringLiteral("status=sent"), QStringLiteral(": removed")}) {
        const qsizetype next = text.indexOf(step, at);
        if (next < 0) {
            return QStringLiteral("\"%1\" out of order in:\n%2").arg(step, text);
        }
        at = next;
    }
    return {};
}
} // namespace

class TestLogsJourneyE2E : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postfixIsInstalledAndStarted()
    {
        int rc = 0;
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}}) {
            const QByteArray out = ctl(args, &rc);
            QVERIFY2(
                rc == 0,
                qPrintable(
                    QStringLiteral("mailroomctl %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(out))));
        }
    }

    void testMailJourneyAppearsFromTheJournal()
    {
        LogsPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy done(&page, &LogsPage::loadingFinished);
        QSignalSpy failed(&page, &LogsPage::loadingFailed);
        page.setFollow(true);
        page.loadJournal();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

        // alice sends bob a test mail through the helper, which answers with its queue id.
        int rc = 0;
        const QByteArray out
            = ctl({QStringLiteral("testmail"), QStringLiteral("alice"), QStringLiteral("bob@localhost"),
                   QStringLiteral("--subject"), QStringLiteral("journey end to end")},
                  &rc);
        QVERIFY2(rc == 0, out.constData());
        const qsizetype at = out.indexOf("Queued as ");
        QVERIFY2(at >= 0, out.constData());
        const QString queueId = QString::fromUtf8(out.mid(at + 10)).section(QLatin1Char('\n'), 0, 0).trimmed();
        QVERIFY2(!queueId.isEmpty(), out.constData());

        // Live: the follower reads the new journal entries and updates the table.
        QTRY_VERIFY2_WITH_TIMEOUT(missing(page, queueId).isEmpty(), qPrintable(missing(page, queueId)), 90000);

        // Read anew (GetMailLog page by page, no follow): the same journey.
        page.setFollow(false);
        done.clear();
        page.loadJournal();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY2(missing(page, queueId).isEmpty(), qPrintable(missing(page, queueId)));
    }
};

QTEST_MAIN(TestLogsJourneyE2E)
#include "test_logsjourney_e2e.moc"
