// SPDX-License-Identifier: GPL-2.0-or-later
// Following the mail log "from now" in one step, as alice through the installed helper:
// GetMailLog with a start time in the future returns no entries but a cursor (where the
// journal ends), and a mail program's line logged afterwards comes back from WaitForMailLog
// with that cursor within 2 s, whether it was logged before the long poll started or
// during it; nothing logged before GetMailLog comes back.
//
// Lines with Postfix's tag and the mail facility from processes that are not Postfix (root's,
// nobody's and alice's logger) never come back. The test runs as root (it starts a postfix-*
// unit for the real line) and re-runs itself as alice ("--follow TOKEN") for the D-Bus calls.
#include "helperapi.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "servicestate.h"

#include <QDBusConnection>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace {
quint64 nowUsec()
{
    return quint64(QDateTime::currentMSecsSinceEpoch()) * 1000;
}

bool logAsRoot(const QString &priority, const QString &tag, const QString &text)
{
    QProcess logger;
    logger.start(QStringLiteral("logger"), {QStringLiteral("-p"), priority, QStringLiteral("-t"), tag, text});
    return logger.waitForFinished(10000) && logger.exitStatus() == QProcess::NormalExit && logger.exitCode() == 0;
}

// A line as Postfix's own processes log it: from a root process in a postfix*.service unit.
bool logAsPostfixUnit(const QString &tag, const QString &text)
{
    // Not --wait: under tools/sandbox test --clock its event loop fails (libfaketime), so the
    // line is waited for in the journal instead.
    QProcess run;
    run.start(QStringLiteral("systemd-run"),
              {QStringLiteral("--quiet"), QStringLiteral("--collect"),
               QStringLiteral("--unit=postfix-mailroom-test-%1.service")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
               QStringLiteral("-p"), QStringLiteral("SyslogIdentifier=") + tag, QStringLiteral("-p"),
               QStringLiteral("SyslogFacility=mail"), QStringLiteral("-p"), QStringLiteral("StandardOutput=journal"),
               QStringLiteral("/bin/echo"), text});
    if (!run.waitForFinished(20000) || run.exitStatus() != QProcess::NormalExit || run.exitCode() != 0) {
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QProcess journal;
        journal.start(QStringLiteral("journalctl"),
                      {QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("cat"), QStringLiteral("-t"), tag});
        if (journal.waitForFinished(10000) && journal.readAllStandardOutput().contains(text.toUtf8())) {
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

// The same tag and facility from processes that are not Postfix: root's logger, and postlog (set-gid,
// anyone may run it) or logger as a user that is not postfix.
bool forgeLines(const QString &tag, const QString &text)
{
    const QList<QStringList> commands {
        {QStringLiteral("logger"), QStringLiteral("-p"), QStringLiteral("mail.info"), QStringLiteral("-t"), tag, text},
        {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
         QStringLiteral("logger"), QStringLiteral("-p"), QStringLiteral("mail.info"), QStringLiteral("-t"), tag, text},
        {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("--"),
         QStringLiteral("logger"), QStringLiteral("-p"), QStringLiteral("mail.info"), QStringLiteral("-t"), tag, text},
    };
    for (const QStringList &c : commands) {
        QProcess p;
        p.start(c.first(), c.mid(1));
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            return false;
        }
    }
    return true;
}

// Child mode, as alice: prints "cursor C" after GetMailLog, waits for a line on standard
// input, then long-polls until a line containing token arrives (or 10 s pass), printing
// "entry TIME_USEC IDENTIFIER MESSAGE" for each entry and "done" at the end.
int follow(const QString &token)
{
    Mailroom::registerDBusTypes();
    HelperProxy proxy(Mailroom::Api::ServiceName, Mailroom::Api::ObjectPath, QDBusConnection::systemBus());
    const auto fail = [](const QDBusError &e) {
        std::printf("error %s %s\n", qPrintable(e.name()), qPrintable(e.message()));
        return 1;
    };
    const quint64 future = nowUsec() + 3600ULL * 1000 * 1000;
    QDBusPendingReply<Mailroom::LogEntryList, QString> start = proxy.GetMailLog(QString(), future, 100);
    start.waitForFinished();
    if (start.isError()) {
        return fail(start.error());
    }
    QString cursor = start.argumentAt<1>();
    std::printf("entries %d\ncursor %s\n", int(start.argumentAt<0>().size()), qPrintable(cursor));
    std::fflush(stdout);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().isEmpty() || cursor.isEmpty()) {
        return 1;
    }
    QElapsedTimer t;
    t.start();
    bool found = false;
    while (!found && t.elapsed() < 10000) {
        QDBusPendingReply<Mailroom::LogEntryList, QString> more = proxy.WaitForMailLog(cursor, 5000);
        more.waitForFinished();
        if (more.isError()) {
            return fail(more.error());
        }
        for (const auto &e : more.argumentAt<0>()) {
            std::printf("entry %llu %s %s\n", static_cast<unsigned long long>(e.timeUsec), qPrintable(e.identifier),
                        qPrintable(e.message));
            found = found || e.message.contains(token);
        }
        std::fflush(stdout);
        cursor = more.argumentAt<1>();
    }
    std::printf("done\n");
    return 0;
}

struct Child
{
    QProcess process;
    QByteArray out;

    void start(const QString &token)
    {
        process.start(QStringLiteral("setpriv"),
                      {QStringLiteral("--reuid=alice"), QStringLiteral("--regid=alice"),
                       QStringLiteral("--init-groups"), QStringLiteral("--reset-env"),
                       QCoreApplication::applicationFilePath(), QStringLiteral("--follow"), token});
    }
    // Reads until out has a whole line starting with prefix and containing text (or the
    // child ends); returns it.
    QByteArray waitForLine(const QByteArray &prefix, int timeoutMs, const QByteArray &text = {})
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            const qsizetype complete = out.lastIndexOf('\n');
            for (const QByteArray &line : out.left(complete + 1).split('\n')) {
                if (line.startsWith(prefix) && line.contains(text)) {
                    return line;
                }
            }
            if (t.elapsed() > timeoutMs || process.state() == QProcess::NotRunning) {
                out += process.readAll();
                return {};
            }
            process.waitForReadyRead(50);
            out += process.readAll();
        }
    }
    QString log() { return QString::fromUtf8(out + process.readAllStandardError()); }
};
} // namespace

class TestMailLogFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followFromNow_data()
    {
        QTest::addColumn<bool>("duringThePoll");
        QTest::newRow("logged before the long poll") << false;
        QTest::newRow("logged during the long poll") << true;
    }
    void followFromNow()
    {
        QFETCH(bool, duringThePoll);
        // A line in the journal that is not mail: the journal's end is no mail entry.
        QVERIFY(logAsRoot(QStringLiteral("user.info"), QStringLiteral("mailroom-test"), QStringLiteral("not mail")));
        const quint64 before = nowUsec();
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);

        Child child;
        child.start(token);
        QVERIFY(child.process.waitForStarted(10000));
        QCOMPARE(child.waitForLine("entries ", 30000), QByteArray("entries 0"));
        const QByteArray cursorLine = child.waitForLine("cursor ", 5000);
        QVERIFY2(cursorLine.size() > 10, qPrintable(child.log())); // "cursor " and a journal cursor

        if (duringThePoll) {
            child.process.write("go\n");
            QTest::qWait(500); // WaitForMailLog is on its way
        }
        // Forged lines first: if they were read, they would come back before the real one.
        const QString forged = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(forgeLines(QStringLiteral("postfix/test"), QStringLiteral("forged ") + forged));
        QVERIFY(logAsPostfixUnit(QStringLiteral("postfix/test"), QStringLiteral("follow ") + token));
        QElapsedTimer sinceLogged;
        sinceLogged.start();
        if (!duringThePoll) {
            child.process.write("go\n");
        }
        const QByteArray entry = child.waitForLine("entry ", 10000, token.toUtf8());
        const qint64 latency = sinceLogged.elapsed();
        QVERIFY2(entry.endsWith(" postfix/test follow " + token.toUtf8()), qPrintable(child.log()));
        QVERIFY2(latency < 2000, qPrintable(QStringLiteral("%1 ms").arg(latency)));
        qInfo("logged line returned by WaitForMailLog after %lld ms", latency);

        QVERIFY(child.process.waitForFinished(15000));
        child.out += child.process.readAll();
        QCOMPARE(child.process.exitCode(), 0);
        // From the end of the journal: nothing from before GetMailLog.
        for (const QByteArray &line : child.out.split('\n')) {
            if (line.startsWith("entry ")) {
                QVERIFY2(line.split(' ').value(1).toULongLong() >= before, line.constData());
                QVERIFY2(!line.contains(forged.toUtf8()), line.constData());
            }
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--follow")); i > 0 && i + 1 < args.size()) {
        return follow(args.at(i + 1));
    }
    TestMailLogFollow t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_maillog_follow.moc"
