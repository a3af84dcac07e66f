// SPDX-License-Identifier: GPL-2.0-or-later
// The installed helper under load (issue 16, "Load"), with Postfix installed as alice.
//
// 50 clients, each on a system-bus connection of its own (its own caller), call status and queue
// methods for a minute while root applies main.cf changes as alice one after the other; followers
// start WaitForMailLog long polls and leave the bus in the middle of them. Every call is answered,
// every change is applied or refused cleanly and Postfix stays up; the helper is the same process
// afterwards, its open file descriptors are back at the count before the load and its resident
// memory has not grown beyond a small bound; followers that left are no longer waited for
// (systemctl's status line of the helper says it is idle well before their waits would end).
//
// Oversized inputs (a 100 MB and a 30 MB string, 10^6-element arrays and a 10^6-entry a{ss}) are
// refused with a clear error, change nothing and leave the helper's memory where it was.
//
// The test runs as root (it measures the helper in /proc and applies changes through mailroomctl as
// alice) and re-runs itself as alice for the D-Bus clients ("--load SECONDS", "--oversized KIND").
// Timings and figures are printed; the assertions are on counts and answers. Destructive: it
// installs Postfix (a fresh boot of its own).
#include "../sanitizer.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "sandboxuser.h"
#include "servicestate.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

using namespace Mailroom;

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);
const QString MainCf = QStringLiteral("/etc/postfix/main.cf");
constexpr int Clients = 50;
constexpr int LoadSeconds = 60;
// Long enough that a slow answer under load still counts as answered; a call without an answer
// by then is reported as unanswered.
constexpr int CallTimeoutMs = 60000;
// Followers at the end: their waits would last this long if nobody noticed they left.
constexpr int FinalFollowers = 10;
constexpr uint FollowerWaitMs = 30000;
const QString Idle = QStringLiteral("Waiting for calls");

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QDBusMessage helperCall(const QString &method, const QVariantList &args = {})
{
    QDBusMessage m = QDBusMessage::createMethodCall(Api::ServiceName, Api::ObjectPath, Api::Interface, method);
    m.setArguments(args);
    return m;
}

bool unanswered(const QString &errorName)
{
    return errorName == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || errorName == QLatin1String("org.freedesktop.DBus.Error.Timeout")
        || errorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected");
}

// --- as alice: the load -----------------------------------------------------------------

// The status and queue methods the clients cycle through.
QList<std::pair<QString, QVariantList>> loadCalls()
{
    return {
        {QStringLiteral("GetServiceStates"), {}},
        {QStringLiteral("GetSystemInfo"), {}},
        {QStringLiteral("GetPorts"), {}},
        {QStringLiteral("GetFirewallServices"), {}},
        {QStringLiteral("GetConfig"),
         {QVariant::fromValue(QStringList {QStringLiteral("myorigin"), QStringLiteral("myhostname")})}},
        {QStringLiteral("GetQueue"), {}},
        {QStringLiteral("GetMailLog"), {QString(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(20))}},
    };
}

} // namespace

// The 50 clients and the followers, all on this thread's event loop.
class Load : public QObject
{
    Q_OBJECT
public:
    explicit Load(int seconds)
        : m_seconds(seconds)
        , m_calls(loadCalls())
    { }

    bool start()
    {
        for (int i = 0; i < Clients; ++i) {
            const QString name = QStringLiteral("load-%1").arg(i);
            QDBusConnection c = QDBusConnection::connectToBus(QDBusConnection::SystemBus, name);
            if (!c.isConnected()) {
                print(QStringLiteral("fail client %1 cannot connect: %2").arg(i).arg(c.lastError().message()));
                return false;
            }
            m_clients.append(name);
            next(i, i % m_calls.size());
        }
        m_clock.start();
        auto *followers = new QTimer(this);
        connect(followers, &QTimer::timeout, this, [this] { startFollower(false); });
        followers->start(500);
        QTimer::singleShot(m_seconds * 1000, this, [this, followers] {
            followers->stop();
            m_stopping = true;
            finishIfDone();
        });
        QTimer::singleShot(10000, this, [] { print(QStringLiteral("warm")); });
        return true;
    }

    // After the load: FinalFollowers follow the log, the test checks they are waiting ("go"
    // on standard input), then they leave and the summary is printed.
    void followAndLeave()
    {
        for (int i = 0; i < FinalFollowers; ++i) {
            startFollower(true);
        }
    }

    qint64 firstFinalWaitMs() const { return m_firstFinalWaitMs; }

    void leaveFinal()
    {
        for (const QString &name : std::as_const(m_finalWaiting)) {
            QDBusConnection::disconnectFromBus(name);
            ++m_followersLeft;
        }
    }

    void summary() const
    {
        print(QStringLiteral("calls %1 answered %2 unanswered %3 seconds %4")
                  .arg(m_sent)
                  .arg(m_answered)
                  .arg(m_unanswered)
                  .arg(double(m_clock.elapsed()) / 1000, 0, 'f', 1));
        for (auto it = m_perMethod.cbegin(); it != m_perMethod.cend(); ++it) {
            print(QStringLiteral("method %1 %2 ok %3").arg(it.key()).arg(it->sent).arg(it->ok));
        }
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
            print(QStringLiteral("error %1 %2").arg(it.key()).arg(it.value()));
        }
        for (const QString &s : m_errorSamples) {
            print(QStringLiteral("sample %1").arg(s));
        }
        print(QStringLiteral("followers %1 left %2 errors %3")
                  .arg(m_followers)
                  .arg(m_followersLeft)
                  .arg(m_followerErrors));
    }

Q_SIGNALS:
    void loadDone();
    void finalFollowersWaiting();

private:
    void next(int client, int index)
    {
        if (m_stopping) {
            finishIfDone();
            return;
        }
        const QString method = m_calls.at(index % m_calls.size()).first;
        const QVariantList args = m_calls.at(index % m_calls.size()).second;
        QDBusConnection c(m_clients.at(client));
        ++m_sent;
        ++m_outstanding;
        ++m_perMethod[method].sent;
        auto *w = new QDBusPendingCallWatcher(c.asyncCall(helperCall(method, args), CallTimeoutMs), this);
        connect(w, &QDBusPendingCallWatcher::finished, this, [this, w, client, index, method] {
            w->deleteLater();
            --m_outstanding;
            if (w->isError()) {
                const QString error = w->error().name();
                ++m_errors[error];
                if (unanswered(error)) {
                    ++m_unanswered;
                } else {
                    ++m_answered;
                }
                if (m_errorSamples.size() < 5) {
                    m_errorSamples.append(method + QLatin1Char(' ') + error + QLatin1Char(' ') + w->error().message());
                }
            } else {
                ++m_answered;
                ++m_perMethod[method].ok;
            }
            next(client, index + 1);
        });
    }

    // Long-polls from cursor; a wait that ends with lines (Postfix's reload after a change) is
    // followed by the next one, as the Logs page does, until the connection is closed.
    void follow(const QString &name, const QString &cursor)
    {
        QDBusConnection c(name);
        if (!c.isConnected()) {
            return;
        }
        auto *w
            = new QDBusPendingCallWatcher(c.asyncCall(helperCall(QStringLiteral("WaitForMailLog"),
                                                                 {cursor, QVariant::fromValue(uint(FollowerWaitMs))}),
                                                      CallTimeoutMs),
                                          this);
        connect(w, &QDBusPendingCallWatcher::finished, this, [this, w, name] {
            w->deleteLater();
            const QDBusPendingReply<LogEntryList, QString> reply = *w;
            if (!reply.isError()) {
                follow(name, reply.argumentAt<1>());
            }
        });
    }

    // A new connection (a caller of its own) that asks where the log ends, long-polls from there
    // and leaves the bus in the middle of the wait.
    void startFollower(bool final)
    {
        const QString name = QStringLiteral("follower-%1").arg(m_followers++);
        QDBusConnection c = QDBusConnection::connectToBus(QDBusConnection::SystemBus, name);
        if (!c.isConnected()) {
            ++m_followerErrors;
            return;
        }
        const quint64 future = quint64(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000) * 1000;
        auto *start = new QDBusPendingCallWatcher(
            c.asyncCall(helperCall(QStringLiteral("GetMailLog"),
                                   {QString(), QVariant::fromValue(qulonglong(future)), QVariant::fromValue(uint(1))}),
                        CallTimeoutMs),
            this);
        connect(start, &QDBusPendingCallWatcher::finished, this, [this, start, name, final] {
            start->deleteLater();
            const QDBusPendingReply<LogEntryList, QString> reply = *start;
            if (reply.isError() || reply.argumentAt<1>().isEmpty()) {
                ++m_followerErrors;
                print(QStringLiteral("follower error %1").arg(reply.error().name()));
                QDBusConnection::disconnectFromBus(name);
                return;
            }
            follow(name, reply.argumentAt<1>());
            if (final) {
                if (m_finalWaiting.isEmpty()) {
                    QElapsedTimer now;
                    now.start();
                    m_firstFinalWaitMs = now.msecsSinceReference();
                }
                m_finalWaiting.append(name);
                if (m_finalWaiting.size() == FinalFollowers) {
                    Q_EMIT finalFollowersWaiting();
                }
                return;
            }
            // Long enough that the wait has reached the helper (and mostly polkit's answer).
            QTimer::singleShot(1000, this, [this, name] {
                QDBusConnection::disconnectFromBus(name);
                ++m_followersLeft;
            });
        });
    }

private:
    void finishIfDone()
    {
        if (m_stopping && m_outstanding == 0 && !m_done) {
            m_done = true;
            for (const QString &name : std::as_const(m_clients)) {
                QDBusConnection::disconnectFromBus(name);
            }
            Q_EMIT loadDone();
        }
    }

    struct Counts
    {
        int sent = 0;
        int ok = 0;
    };
    const int m_seconds;
    const QList<std::pair<QString, QVariantList>> m_calls;
    QStringList m_clients;
    QElapsedTimer m_clock;
    bool m_stopping = false;
    bool m_done = false;
    int m_sent = 0;
    int m_outstanding = 0;
    int m_answered = 0;
    int m_unanswered = 0;
    QMap<QString, Counts> m_perMethod;
    QMap<QString, int> m_errors;
    QStringList m_errorSamples;
    int m_followers = 0;
    int m_followersLeft = 0;
    int m_followerErrors = 0;
    QStringList m_finalWaiting;
    qint64 m_firstFinalWaitMs = 0; // CLOCK_MONOTONIC
};

namespace {
int runLoad(int seconds)
{
    registerDBusTypes();
    Load load(seconds);
    // "go" on standard input, read without blocking the event loop (the waits must go out).
    QSocketNotifier in(0, QSocketNotifier::Read);
    in.setEnabled(false);
    QObject::connect(&in, &QSocketNotifier::activated, &load, [&load, &in] {
        in.setEnabled(false);
        load.leaveFinal();
        print(QStringLiteral("followers-left"));
        load.summary();
        print(QStringLiteral("done"));
        // Nothing left to save; Qt's teardown of connections with calls still pending can take
        // as long as their timeouts.
        ::_exit(0);
    });
    QObject::connect(&load, &Load::loadDone, &load, [&load] {
        print(QStringLiteral("load-done"));
        load.followAndLeave();
    });
    QObject::connect(&load, &Load::finalFollowersWaiting, &load, [&load, &in] {
        // When the first of their waits was sent (CLOCK_MONOTONIC, shared with the test).
        print(QStringLiteral("followers-waiting %1").arg(load.firstFinalWaitMs()));
        in.setEnabled(true); // the test says "go" once it has seen them in the helper's status
    });
    if (!load.start()) {
        return 1;
    }
    return QCoreApplication::exec();
}

// --- as alice: one oversized call ------------------------------------------------------------

QVariantList oversizedArgs(const QString &kind, QString *method)
{
    constexpr int Million = 1000000;
    const QString revision(64, QLatin1Char('0'));
    if (kind == QLatin1String("string-100MB")) {
        *method = QStringLiteral("PreviewConfigFile");
        return {QStringLiteral("main.cf"), QString(100 * 1000 * 1000, QLatin1Char('#'))};
    }
    if (kind == QLatin1String("string-30MB")) {
        *method = QStringLiteral("ApplyConfigFile");
        return {QStringLiteral("main.cf"), QString(30 * 1000 * 1000, QLatin1Char('#')), revision};
    }
    if (kind == QLatin1String("keys")) {
        *method = QStringLiteral("GetConfig");
        return {QVariant::fromValue(QStringList(Million, QStringLiteral("myhostname")))};
    }
    if (kind == QLatin1String("map")) {
        *method = QStringLiteral("PreviewConfigChange");
        StringMap set;
        for (int i = 0; i < Million; ++i) {
            set.insert(QString::number(i, 36), QString());
        }
        return {QVariant::fromValue(set), QVariant::fromValue(QStringList())};
    }
    if (kind == QLatin1String("removals")) {
        *method = QStringLiteral("ApplyConfigChange");
        return {QVariant::fromValue(StringMap()),
                QVariant::fromValue(QStringList(Million, QStringLiteral("relayhost")))};
    }
    if (kind == QLatin1String("queue-ids")) {
        *method = QStringLiteral("DeleteQueued");
        return {QVariant::fromValue(QStringList(Million, QStringLiteral("4BTd0x5Yz1z9sMk")))};
    }
    return {};
}

// Prints "ok" or "error NAME MESSAGE" (the message's first 200 characters).
int runOversized(const QString &kind)
{
    registerDBusTypes();
    QString method;
    const QVariantList args = oversizedArgs(kind, &method);
    if (method.isEmpty()) {
        return 2;
    }
    QDBusConnection bus = QDBusConnection::systemBus();
    QElapsedTimer t;
    t.start();
    const QDBusMessage reply = bus.call(helperCall(method, args), QDBus::Block, CallTimeoutMs);
    print(QStringLiteral("elapsed %1 ms").arg(t.elapsed()));
    if (reply.type() == QDBusMessage::ErrorMessage) {
        print(QStringLiteral("error %1 %2").arg(reply.errorName(), reply.errorMessage().left(200)));
    } else {
        print(QStringLiteral("ok"));
    }
    return 0;
}

// --- as root: measuring the helper -----------------------------------------------------------

RunResult ctl(const QStringList &args, int timeoutMs = 600000)
{
    return runAs(QStringLiteral("alice"), QStringLiteral("env"),
                 QStringList {QStringLiteral("LANG=C.UTF-8"), Ctl} + args, timeoutMs);
}

qint64 helperPid()
{
    return runAsRoot(QStringLiteral("systemctl"),
                     {QStringLiteral("show"), QStringLiteral("-P"), QStringLiteral("MainPID"),
                      QStringLiteral("mailroomd.service")})
        .out.trimmed()
        .toLongLong();
}

QString helperStatus()
{
    return QString::fromUtf8(runAsRoot(QStringLiteral("systemctl"),
                                       {QStringLiteral("show"), QStringLiteral("-P"), QStringLiteral("StatusText"),
                                        QStringLiteral("mailroomd.service")})
                                 .out.trimmed());
}

// Polls the helper's status line until it matches (at most timeoutMs); the last one seen.
QString waitForStatus(const QRegularExpression &re, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QString s;
    do {
        s = helperStatus();
        if (re.match(s).hasMatch()) {
            break;
        }
        QThread::msleep(100);
    } while (t.elapsed() < timeoutMs);
    return s;
}

struct Figures
{
    qint64 pid = 0;
    qint64 rssKiB = -1;
    int fds = -1;
    QString describe() const { return QStringLiteral("RSS %1 KiB, %2 fds").arg(rssKiB).arg(fds); }
};

Figures measure(qint64 pid)
{
    Figures f;
    f.pid = pid;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                f.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
    }
    const QDir fd(QStringLiteral("/proc/%1/fd").arg(pid));
    if (fd.exists()) {
        f.fds = int(fd.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
    }
    return f;
}

// The helper's open descriptors, for a failure message.
QString fdTargets(qint64 pid)
{
    return QString::fromUtf8(
        rootShell(QStringLiteral("ls -l /proc/%1/fd | sed 's/.* -> //' | sort | uniq -c").arg(pid)).out);
}

struct Child
{
    QProcess process;
    QByteArray out;

    void start(const QStringList &args)
    {
        process.start(QStringLiteral("setpriv"),
                      QStringList {QStringLiteral("--reuid=alice"), QStringLiteral("--regid=alice"),
                                   QStringLiteral("--init-groups"), QStringLiteral("--reset-env"),
                                   QCoreApplication::applicationFilePath()}
                          + args);
    }
    void read()
    {
        process.waitForReadyRead(0);
        out += process.readAllStandardOutput();
    }
    // A whole line that is line, or starts with line and a space.
    bool has(const QByteArray &line)
    {
        read();
        for (const QByteArray &l : out.split('\n')) {
            if (l == line || l.startsWith(line + ' ')) {
                return true;
            }
        }
        return false;
    }
    bool waitFor(const QByteArray &line, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!has(line)) {
            if (t.elapsed() > timeoutMs || process.state() == QProcess::NotRunning) {
                return has(line);
            }
            process.waitForReadyRead(100);
        }
        return true;
    }
    // The value after "prefix " on the first line starting with it.
    QByteArray field(const QByteArray &prefix)
    {
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith(prefix + ' ')) {
                return line.mid(prefix.size() + 1);
            }
        }
        return {};
    }
    QString log()
    {
        read();
        return QString::fromUtf8(out + process.readAllStandardError());
    }
};

// "calls 3 answered 3 unanswered 0 seconds 60.0" → {"calls": 3, "answered": 3, …}
QMap<QByteArray, double> pairs(const QByteArray &line)
{
    QMap<QByteArray, double> m;
    const QList<QByteArray> words = line.split(' ');
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        m.insert(words.at(i), words.at(i + 1).toDouble());
    }
    return m;
}
} // namespace

class TestHelperLoad : public QObject
{
    Q_OBJECT

private:
    QByteArray m_mainBefore;
    qint64 m_rssBeforeOversized = 0; // KiB

    // A call as alice that starts the helper if it is not running; its process id once it is the
    // one that answers (after a package operation the previous instance hands over and leaves).
    qint64 settledHelper()
    {
        qint64 pid = 0;
        for (int i = 0; i < 60; ++i) {
            const RunResult r = ctl({QStringLiteral("status")});
            if (r.exitCode != 0) {
                qWarning("%s", qPrintable(describe(r)));
            }
            const qint64 now = helperPid();
            if (now > 0 && now == pid) {
                return pid;
            }
            pid = now;
            QThread::msleep(1000);
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QStringList &args : postfixInsteadOfSendmail()) {
            const RunResult r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        QVERIFY(settledHelper() > 0);
        m_mainBefore = rootRead(MainCf);
        QVERIFY(!m_mainBefore.isEmpty());
    }

    void fiftyClientsWhileConfigChanges()
    {
        // Warm: one change and one round of the methods, so first-use allocations are not counted.
        const RunResult warmChange
            = ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("myorigin=$myhostname")});
        QVERIFY2(warmChange.exitCode == 0, qPrintable(describe(warmChange)));
        const qint64 pid = settledHelper();
        QVERIFY(pid > 0);
        QCOMPARE(waitForStatus(QRegularExpression(QRegularExpression::escape(Idle)), 20000), Idle);
        const Figures before = measure(pid);
        qInfo("before the load: pid %lld, %s", pid, qPrintable(before.describe()));
        QVERIFY(before.rssKiB > 0 && before.fds > 0);

        Child child;
        child.start({QStringLiteral("--load"), QString::number(LoadSeconds)});
        QVERIFY(child.process.waitForStarted(10000));

        // Changes as alice, one after the other, for as long as the load runs: each applied or
        // refused with a message, Postfix up after each.
        const QStringList values {QStringLiteral("$mydomain"), QStringLiteral("$myhostname")};
        int applied = 0;
        int refused = 0;
        QString last;
        Figures warm;
        QElapsedTimer clock;
        clock.start();
        while (!child.has("load-done") && child.process.state() == QProcess::Running
               && clock.elapsed() < (LoadSeconds + 90) * 1000) {
            const QString value = values.at((applied + refused) % 2);
            const RunResult r
                = ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("myorigin=") + value},
                      CallTimeoutMs * 2);
            if (r.exitCode == 0) {
                ++applied;
                last = value;
            } else {
                ++refused;
                QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(describe(r)));
                qInfo("change refused: %s", r.err.trimmed().constData());
            }
            const RunResult active = runAsRoot(QStringLiteral("systemctl"),
                                               {QStringLiteral("is-active"), QStringLiteral("postfix.service")});
            QVERIFY2(active.out.trimmed() == "active", qPrintable(describe(active)));
            if (warm.pid == 0 && child.has("warm")) {
                warm = measure(pid);
                qInfo("after 10 s of load: %s", qPrintable(warm.describe()));
            }
        }
        qInfo("config changes during the load: %d applied, %d refused", applied, refused);
        QVERIFY2(child.waitFor("load-done", CallTimeoutMs + 10000), qPrintable(child.log()));
        QVERIFY(applied > 0);
        QVERIFY(warm.pid != 0);
        const QByteArray postconf
            = runAsRoot(QStringLiteral("postconf"), {QStringLiteral("-h"), QStringLiteral("myorigin")}).out.trimmed();
        QCOMPARE(QString::fromUtf8(postconf), last);

        // The last followers are in the helper's wait, then leave: the helper notices at once,
        // not when their 30 s waits would end.
        QVERIFY2(child.waitFor("followers-waiting", MailroomTest::waitMs(30000)), qPrintable(child.log()));
        const QString waiting
            = waitForStatus(QRegularExpression(QStringLiteral("%1 of them following the mail log").arg(FinalFollowers)),
                            MailroomTest::waitMs(20000));
        QVERIFY2(waiting.contains(QStringLiteral("%1 of them following").arg(FinalFollowers)), qPrintable(waiting));
        const qint64 firstWait = child.field("followers-waiting").toLongLong();
        QVERIFY(firstWait > 0);
        child.process.write("go\n");
        QVERIFY2(child.waitFor("followers-left", 10000), qPrintable(child.log()));
        QElapsedTimer clockNow;
        clockNow.start();
        const qint64 left = clockNow.msecsSinceReference();
        const QString idle = waitForStatus(QRegularExpression(QRegularExpression::escape(Idle)), 20000);
        clockNow.start();
        const qint64 idleAt = clockNow.msecsSinceReference();
        QCOMPARE(idle, Idle);
        // Without the cleanup the helper stays busy until the waits' timeout: it could not be idle
        // before the first of them was sent + FollowerWaitMs.
        QVERIFY2(idleAt < firstWait + FollowerWaitMs,
                 qPrintable(QStringLiteral("idle %1 ms after the first wait was sent").arg(idleAt - firstWait)));
        qInfo("helper idle %lld ms after %d followers left in the middle of their %u ms waits (sent %lld ms before)",
              idleAt - left, FinalFollowers, FollowerWaitMs, left - firstWait);

        QVERIFY2(child.waitFor("done", 10000), qPrintable(child.log()));
        // (It may have ended already: then waitForFinished() says false.)
        QVERIFY(child.process.state() == QProcess::NotRunning || child.process.waitForFinished(10000));
        const QString log = child.log();
        qInfo("%s", qPrintable(log));
        QCOMPARE(child.process.exitCode(), 0);

        const auto calls = pairs("calls " + child.field("calls"));
        QVERIFY2(calls.value("calls") > 0, qPrintable(log));
        QCOMPARE(calls.value("unanswered"), 0.0);
        QCOMPARE(calls.value("answered"), calls.value("calls"));
        for (const QByteArray &line : child.out.split('\n')) {
            if (line.startsWith("method ")) {
                // "method GetQueue 812 ok 812": every method was called, and answered with values.
                const QList<QByteArray> w = line.split(' ');
                QVERIFY2(w.value(2).toInt() > 0 && w.value(4) == w.value(2), line.constData());
            }
            QVERIFY2(!line.startsWith("error "), qPrintable(log));
        }
        const auto followers = pairs("followers " + child.field("followers"));
        QVERIFY2(followers.value("followers") >= 20, qPrintable(log));
        QCOMPARE(followers.value("errors"), 0.0);

        // The same process, its descriptors back where they were, its memory flat.
        QCOMPARE(helperPid(), pid);
        const Figures after = measure(pid);
        qInfo("after the load: %s (before: %s; after 10 s: %s)", qPrintable(after.describe()),
              qPrintable(before.describe()), qPrintable(warm.describe()));
        QVERIFY2(after.fds <= before.fds, qPrintable(fdTargets(pid)));
        // Growth allowed after warm-up: 8 MiB, about 170 bytes per call answered since (a leak of
        // one small allocation per call would pass, one of a reply or a QTimer would not: see
        // the printed figures for how close it is).
        if (!MailroomTest::UnderAddressSanitizer) { // its quarantine keeps freed blocks
            QVERIFY2(after.rssKiB - warm.rssKiB < 8 * 1024,
                     qPrintable(QStringLiteral("%1 → %2").arg(warm.describe(), after.describe())));
        }
    }

    void oversizedInputsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("message");
        // Larger than the system bus's message limit (32 MiB): the bus refuses it, the helper
        // never sees it (an error from the bus, printed, or no answer at all).
        QTest::newRow("100 MB string (PreviewConfigFile)") << "string-100MB" << QString() << QString();
        QTest::newRow("30 MB string (ApplyConfigFile)")
            << "string-30MB" << QString(Api::Error::InvalidArgs) << QStringLiteral("The file is more than");
        QTest::newRow("10^6 keys (GetConfig)")
            << "keys" << QString(Api::Error::InvalidArgs) << QStringLiteral("ask for 1 to 64 parameters");
        QTest::newRow("10^6-entry a{ss} (PreviewConfigChange)")
            << "map" << QString(Api::Error::InvalidArgs) << QStringLiteral("change at most 64 parameters at once");
        QTest::newRow("10^6 removals (ApplyConfigChange)")
            << "removals" << QString(Api::Error::InvalidArgs) << QStringLiteral("change at most 64 parameters at once");
        QTest::newRow("10^6 queue ids (DeleteQueued)")
            << "queue-ids" << QString(Api::Error::InvalidArgs) << QStringLiteral("give 1 to 1000 queue ids");
    }
    void oversizedInputsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, errorName);
        QFETCH(QString, message);
        const qint64 pid = settledHelper();
        QVERIFY(pid > 0);
        const QByteArray mainBefore = rootRead(MainCf);
        const Figures before = measure(pid);
        if (m_rssBeforeOversized == 0) {
            m_rssBeforeOversized = before.rssKiB;
        }

        // Over the bus's limit the bus stops reading from the sender: the client never finishes
        // sending and gets no answer (it is stopped after 30 s); the helper never sees the call.
        const bool overBusLimit = errorName.isEmpty();
        const RunResult r = runAs(QStringLiteral("alice"), QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--oversized"), kind}, overBusLimit ? 30000 : CallTimeoutMs * 2);
        if (overBusLimit && r.exitCode == -1 && r.err == "timed out") {
            qInfo("%s: no answer from the bus within 30 s (the client was stopped)", qPrintable(kind));
        } else {
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        qInfo("%s: %s", qPrintable(kind), r.out.trimmed().replace('\n', "; ").constData());
        const QByteArray error = [&r] {
            for (const QByteArray &line : r.out.split('\n')) {
                if (line.startsWith("error ") || line == "ok") {
                    return line;
                }
            }
            return QByteArray();
        }();
        QVERIFY2(error.startsWith("error ") || (overBusLimit && error.isEmpty()), qPrintable(describe(r)));
        if (!overBusLimit) {
            QCOMPARE(QString::fromUtf8(error.split(' ').value(1)), errorName);
            QVERIFY2(error.contains(message.toUtf8()), error.constData());
        }

        // Nothing changed, the same helper. Its memory: right after the refusal it holds what
        // Qt demarshalled (up to ~150 MB for the a{ss}); the helper then gives freed memory back
        // (malloc_trim), but libdbus and the allocator keep some tens of MB (issue 16 closing
        // note: figures printed here). Bound: no accumulation from one oversized call to the
        // next beyond 64 MiB over the helper's size before the first one.
        QCOMPARE(rootRead(MainCf), mainBefore);
        QCOMPARE(helperPid(), pid);
        const Figures right = measure(pid);
        QCOMPARE(settledHelper(), pid);
        const Figures after = measure(pid);
        qInfo("%s: helper %s → right after %s → settled %s", qPrintable(kind), qPrintable(before.describe()),
              qPrintable(right.describe()), qPrintable(after.describe()));
        if (!MailroomTest::UnderAddressSanitizer) { // its quarantine keeps freed blocks
            QVERIFY2(after.rssKiB - m_rssBeforeOversized < 64 * 1024,
                     qPrintable(QStringLiteral("%1 KiB → %2").arg(m_rssBeforeOversized).arg(after.describe())));
        }
        QVERIFY(after.fds <= before.fds);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--load")); i > 0 && i + 1 < args.size()) {
        return runLoad(args.at(i + 1).toInt());
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--oversized")); i > 0 && i + 1 < args.size()) {
        return runOversized(args.at(i + 1));
    }
    TestHelperLoad t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_helper_load.moc"
