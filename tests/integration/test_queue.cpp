// SPDX-License-Identifier: GPL-2.0-or-later
// The mail queue as alice manages it, against the real helper and a real Postfix whose relay
// is unreachable: five messages wait deferred with their reason; the queue tab holds two,
// releases one, retries one and deletes one, and after each step the real queue
// (`postqueue -j`, which every user may run) says the same; "Show in Logs" lands on the
// journey of the selected id; at the end alice clears the stuck queue. mailroomctl's twins
// (queue list --json, queue retry) and the refusal of ids that are not queue ids too.
// Run as alice, once per UI language; it installs Postfix, so on a fresh boot of its own.
#include "config/queuetab.h"
#include "configpage.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "logs/journeymodel.h"
#include "logspage.h"
#include "mainwindow.h"
#include "queue/queueaction.h"
#include "queue/queuefilterproxymodel.h"
#include "queue/queuemodel.h"
#include "translations.h"

#include <QApplication>
#include <QDBusPendingReply>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using Mailroom::QueueAction;
using Mailroom::QueueModel;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // the CLI's words are checked in English
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run ctl(const QStringList &args)
{
    return run(QStringLiteral(MAILROOMCTL), args);
}

// The real queue: id → queue name, straight from Postfix.
QMap<QString, QString> postqueue()
{
    QMap<QString, QString> queue;
    const Run r = run(QStringLiteral("/usr/sbin/postqueue"), {QStringLiteral("-j")});
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty()) {
            queue.insert(o.value(QStringLiteral("queue_id")).toString(),
                         o.value(QStringLiteral("queue_name")).toString());
        }
    }
    return queue;
}

// "active" is where a deferred message is while Postfix tries it again: the same for a person.
QString waiting(const QString &queueName)
{
    return queueName == QLatin1String("active") ? QStringLiteral("deferred") : queueName;
}

QMap<QString, QString> normalized(const QMap<QString, QString> &queue)
{
    QMap<QString, QString> n;
    for (auto it = queue.cbegin(); it != queue.cend(); ++it) {
        n.insert(it.key(), waiting(it.value()));
    }
    return n;
}

QMap<QString, QString> shown(const QueueModel *model)
{
    QMap<QString, QString> queue;
    for (const auto &e : model->entries()) {
        queue.insert(e.queueId, e.queueName);
    }
    return normalized(queue);
}

bool bothSay(const QMap<QString, QString> &real, const QMap<QString, QString> &expected)
{
    return normalized(real) == expected;
}

QString language()
{
    return qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                            : QStringLiteral("en");
}

// Under tools/sandbox test --clock, libfaketime shifts the queue file time that postqueue -i /
// postsuper set explicitly a second time when qmgr reads it back: a retried message looks due
// only in the future and waits in "incoming" (Postfix at the real clock retries it at once).
// The retry steps run at the real clock only; the rest of the test runs at every clock.
bool clockShifted()
{
    return QFile::exists(QStringLiteral("/etc/faketimerc"));
}
constexpr const char *kShiftedClock
    = "the clock is shifted by libfaketime, which moves a retried queue file's time into the future";

// How many "status=deferred" delivery attempts the journal has for a queue id.
int deferredAttempts(Mailroom::HelperClient *client, const QString &queueId)
{
    QDBusPendingReply<Mailroom::LogEntryList, QString> reply = client->proxy()->GetMailLog(QString(), 0, 5000);
    reply.waitForFinished();
    int n = 0;
    for (const auto &e : reply.argumentAt<0>()) {
        n += e.message.startsWith(queueId + QLatin1Char(':')) && e.message.contains(QLatin1String("status=deferred"))
            ? 1
            : 0;
    }
    return n;
}
} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Mailroom::installTranslations(qApp);
        // Postfix in place of sendmail, its relay a port where nothing listens.
        const QList<QStringList> steps {
            {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
            {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
            {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("myhostname=demo-server.mydomain.com"),
             QStringLiteral("mydomain=mydomain.com"),
             QStringLiteral("mydestination=$myhostname, localhost.$mydomain, localhost"),
             QStringLiteral("relayhost=[127.0.0.1]:2587")},
            {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")},
        };
        for (const QStringList &step : steps) {
            const Run r = ctl(step);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(step.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.err)));
        }
        QVERIFY(postqueue().isEmpty());

        m_client = new Mailroom::HelperClient(QDBusConnection::systemBus(), this);
        for (int i = 1; i <= 5; ++i) {
            QDBusPendingReply<QString> r = m_client->proxy()->SendTestMail(
                QStringLiteral("alice"), QStringLiteral("friend%1@example.org").arg(i),
                QStringLiteral("queue %1").arg(i));
            r.waitForFinished();
            QVERIFY2(!r.isError(), qPrintable(r.error().message()));
            m_ids.append(r.value());
        }
        // The relay refuses the connection: all five are deferred, each with that reason.
        QTRY_VERIFY_WITH_TIMEOUT(bothSay(postqueue(), expected({})), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(postqueue().value(m_ids.last()) == QLatin1String("deferred"), 60000);
    }

    void cliListsTheDeferredWithReasons()
    {
        const Run r = ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 5);
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QVERIFY(m_ids.contains(o.value(QStringLiteral("id")).toString()));
            QVERIFY(o.value(QStringLiteral("age_seconds")).toInteger(-1) >= 0);
            QVERIFY(o.value(QStringLiteral("size")).toInteger() > 0);
            QCOMPARE(o.value(QStringLiteral("sender")).toString().section(QLatin1Char('@'), 0, 0),
                     QStringLiteral("alice"));
            const QJsonObject recipient = o.value(QStringLiteral("recipients")).toArray().first().toObject();
            QVERIFY(recipient.value(QStringLiteral("address")).toString().startsWith(QLatin1String("friend")));
            if (o.value(QStringLiteral("queue")).toString() == QLatin1String("deferred")) {
                QVERIFY2(
                    recipient.value(QStringLiteral("delay_reason")).toString().contains(QLatin1String("127.0.0.1")),
                    r.out.constData());
            }
        }
    }

    void cliRefusesWhatIsNotAQueueId_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("option after --") << QStringList {QStringLiteral("retry"), QStringLiteral("--"),
                                                         QStringLiteral("-f")};
        QTest::newRow("mailq's hold marker") << QStringList {QStringLiteral("hold"), m_ids.value(0) + QLatin1Char('!')};
        QTest::newRow("ALL") << QStringList {QStringLiteral("delete"), QStringLiteral("ALL")};
        QTest::newRow("one bad among good")
            << QStringList {QStringLiteral("delete"), m_ids.value(0), QStringLiteral("../x")};
    }
    void cliRefusesWhatIsNotAQueueId()
    {
        QFETCH(QStringList, args);
        const auto before = postqueue();
        const Run r = ctl(QStringList {QStringLiteral("queue")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a queue id"), r.err.constData());
        QCOMPARE(postqueue().keys(), before.keys());
    }

    void cliRetry()
    {
        const int before = deferredAttempts(m_client, m_ids.at(4));
        const Run r = ctl({QStringLiteral("queue"), QStringLiteral("retry"), m_ids.at(4)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("1 message retried now\n"));
        if (clockShifted()) {
            QSKIP(kShiftedClock);
        }
        // Postfix tried again (and the relay is still down).
        QTRY_VERIFY_WITH_TIMEOUT(deferredAttempts(m_client, m_ids.at(4)) > before, 30000);
        QVERIFY(postqueue().contains(m_ids.at(4)));
    }

    void queueTab()
    {
        if (clockShifted()) {
            QSKIP(kShiftedClock); // it retries messages too
        }
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSection(MainWindow::Configuration);
        auto *config = w.findChild<ConfigPage *>();
        QVERIFY(config);
        QueueTab *tab = config->queueTab();
        config->findChild<QTabWidget *>()->setCurrentWidget(tab);
        auto *view = tab->view();
        const QueueModel *model = tab->model();

        // Reads the queue in the tab until it says what Postfix says, which must be `expected`.
        const auto matches = [&](const QMap<QString, QString> &expectedQueue) {
            for (int attempt = 0; attempt < 60; ++attempt) {
                QSignalSpy read(tab, &QueueTab::queueRead);
                tab->refresh();
                if (!read.wait(10000)) {
                    continue;
                }
                const auto real = postqueue();
                if (shown(model) == normalized(real) && normalized(real) == expectedQueue) {
                    return true;
                }
                QTest::qWait(500);
            }
            qWarning() << "shown" << shown(model) << "postqueue" << postqueue() << "expected" << expectedQueue;
            return false;
        };
        const auto actOn = [&](const QStringList &ids, QueueAction action) {
            tab->selectIds(ids);
            QCOMPARE(tab->selectedIds().size(), ids.size());
            tab->act(action, true);
            QTRY_VERIFY_WITH_TIMEOUT(tab->resultText() == Mailroom::QueueActions::doneText(action, int(ids.size())),
                                     15000);
        };

        QVERIFY(matches(expected({})));
        // Every deferred message has its reason, in its column and in the detail pane.
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(model->index(r, QueueModel::ReasonColumn).data().toString().contains(QLatin1String("127.0.0.1")));
        }
        tab->selectIds({m_ids.at(0)});
        auto *details = tab->findChild<QPlainTextEdit *>(QStringLiteral("queueDetails"));
        QVERIFY(details->toPlainText().contains(QLatin1String("friend1@example.org")));
        QVERIFY(details->toPlainText().contains(QLatin1String("127.0.0.1")));

        // Hold two.
        actOn({m_ids.at(0), m_ids.at(1)}, QueueAction::Hold);
        QVERIFY(matches(expected({{0, "hold"}, {1, "hold"}})));
        // Release one of them.
        actOn({m_ids.at(0)}, QueueAction::Release);
        QVERIFY(matches(expected({{1, "hold"}})));
        // Retry one: Postfix tries it again at once, and the relay is still down.
        const int attempts = deferredAttempts(m_client, m_ids.at(2));
        actOn({m_ids.at(2)}, QueueAction::Retry);
        QTRY_VERIFY_WITH_TIMEOUT(deferredAttempts(m_client, m_ids.at(2)) > attempts, 30000);
        QVERIFY(matches(expected({{1, "hold"}})));
        // Delete one.
        actOn({m_ids.at(3)}, QueueAction::Delete);
        QVERIFY(matches(expected({{1, "hold"}, {3, nullptr}})));

        // Filters: by queue, then by recipient.
        auto *filter = tab->filterModel();
        filter->setQueueName(QStringLiteral("hold"));
        QCOMPARE(view->model()->rowCount(), 1);
        filter->setQueueName(QString());
        filter->setRecipientFilter(QStringLiteral("friend3"));
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clearFilters();
        QCOMPARE(view->model()->rowCount(), 4);

        tab->selectIds({m_ids.at(2)});
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QTest::qWait(100);
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("queue-%1.png").arg(language()))));
        }

        // "Show in Logs" opens the Logs section on the journey of the selected message.
        tab->selectIds({m_ids.at(4)});
        auto *showInLogs = tab->findChild<QPushButton *>(QStringLiteral("showInLogs"));
        QVERIFY(showInLogs && showInLogs->isEnabled());
        QTest::mouseClick(showInLogs, Qt::LeftButton);
        auto *logs = w.findChild<LogsPage *>();
        QTRY_VERIFY(logs->isVisible());
        auto *journeys = logs->findChild<QTableView *>(QStringLiteral("journeys"));
        QTRY_VERIFY_WITH_TIMEOUT(
            journeys->currentIndex().data(Mailroom::JourneyModel::QueueIdsRole).toStringList().contains(m_ids.at(4)),
            60000);
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("queue-journey-%1.png").arg(language()))));
        }

        // Done: alice clears the stuck queue (the held message too).
        w.showSection(MainWindow::Configuration);
        QVERIFY(matches(expected({{1, "hold"}, {3, nullptr}})));
        view->selectAll();
        tab->act(QueueAction::Delete, true);
        QTRY_VERIFY_WITH_TIMEOUT(tab->resultText() == Mailroom::QueueActions::doneText(QueueAction::Delete, 4), 15000);
        QVERIFY(matches({}));
        QVERIFY(postqueue().isEmpty());
        QCOMPARE(model->rowCount(), 0);
    }

private:
    // The five messages as they should be: deferred unless changed here (nullptr: gone).
    QMap<QString, QString> expected(const QList<std::pair<int, const char *>> &changes) const
    {
        QMap<QString, QString> e;
        for (const QString &id : m_ids) {
            e.insert(id, QStringLiteral("deferred"));
        }
        for (const auto &[i, queue] : changes) {
            if (queue) {
                e.insert(m_ids.at(i), QLatin1String(queue));
            } else {
                e.remove(m_ids.at(i));
            }
        }
        return e;
    }

    Mailroom::HelperClient *m_client = nullptr;
    QStringList m_ids;
};

QTEST_MAIN(TestQueue)
#include "test_queue.moc"
