// SPDX-License-Identifier: GPL-2.0-or-later
// Security review finding 11: the password prompt under polkit's shipped defaults, through the
// real helper, with no rule granting the caller (bob). Each caller runs on a terminal of its own
// (a pty this test reads and types into, as a person would) with polkit's text agent, pkttyagent,
// started the way mailroomctl starts it. The administrator polkit asks for is root (the
// sandbox's sudo group is empty, and polkit falls back to uid 0), given a password for this test.
// - In an active local session (a PAM login through pam_systemd on seat0): a wrong password is
//   refused and nothing changes; the right one lets the call through; auth_admin_keep asks once
//   per action for the same process; read-mailboxes (auth_admin) asks on every call.
// - mailroomctl on such a terminal asks too (it starts the agent itself); with no agent (no
//   terminal) the call is denied at once, saying that authentication was required.
// - Outside an active local session (no session; a session without a seat, which polkit does not
//   count as local; an inactive session on seat0) the call is denied at once, and polkit never
//   asks the agent.
#include "../sanitizer.h"
#include "sandboxuser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace {
const QString Bob = QStringLiteral("bob");
// A prompt that needs no one would come back at once; one that waits for a person, after minutes.
// (Both longer under AddressSanitizer, whose helper and programs run slower: waitMs().)
constexpr int AnswerTimeoutMs = MailroomTest::waitMs(60000);
constexpr int QuickDenialMs = MailroomTest::waitMs(20000);

// A program on a pseudo-terminal of its own (its controlling terminal): what it prints is read
// into transcript, what a person would type is written with type().
class Terminal
{
public:
    Terminal() = default;
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;
    ~Terminal()
    {
        // Closing the terminal hangs up every process on it (the agent too); then the login ends.
        if (m_fd >= 0) {
            close(m_fd);
        }
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
    }

    // env: VAR=VALUE entries added to this process's environment for the program.
    bool start(const QStringList &argv, const QStringList &env = {})
    {
        // Everything the child needs is made before fork(): this process has threads.
        QList<QByteArray> args;
        for (const QString &a : argv) {
            args.append(a.toLocal8Bit());
        }
        QList<QByteArray> vars;
        for (char **e = environ; *e; ++e) {
            vars.append(QByteArray(*e));
        }
        for (const QString &e : env) {
            vars.append(e.toLocal8Bit());
        }
        std::vector<char *> cargs;
        for (QByteArray &a : args) {
            cargs.push_back(a.data());
        }
        cargs.push_back(nullptr);
        std::vector<char *> cvars;
        for (QByteArray &v : vars) {
            cvars.push_back(v.data());
        }
        cvars.push_back(nullptr);
        m_pid = forkpty(&m_fd, nullptr, nullptr, nullptr);
        if (m_pid < 0) {
            return false;
        }
        if (m_pid == 0) {
            execvpe(cargs[0], cargs.data(), cvars.data());
            _exit(127);
        }
        return true;
    }

    void type(const QString &line) { writeAll((line + QLatin1Char('\n')).toLocal8Bit()); }

    // Types a password once the agent reads it: pkttyagent prints the prompt first and then turns
    // echo off with TCSAFLUSH, which throws away whatever was typed before. The master side of a
    // pty reads the terminal's settings; false when echo is still on after timeoutMs.
    bool typePassword(const QString &password, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            termios ts {};
            if (tcgetattr(m_fd, &ts) == 0 && !(ts.c_lflag & ECHO)) {
                type(password);
                return true;
            }
            if (timer.elapsed() > timeoutMs) {
                return false;
            }
            // Nothing to wait on but the change itself: look again shortly, reading meanwhile.
            readSome(10);
        }
    }

    // Reads until what the program printed since the last match matches re (then consumed up to
    // the end of the match), the program ends, or timeoutMs passes (an invalid match).
    QRegularExpressionMatch waitFor(const QRegularExpression &re, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const QRegularExpressionMatch m = re.match(QString::fromUtf8(transcript), m_pos);
            if (m.hasMatch()) {
                m_pos = m.capturedEnd();
                return m;
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || !readSome(int(left))) {
                return {};
            }
        }
    }

    // Everything printed after position from (a transcript index).
    QString since(qsizetype from) const { return QString::fromUtf8(transcript).mid(from); }
    qsizetype position() const { return m_pos; }

    QByteArray transcript;

private:
    bool readSome(int timeoutMs)
    {
        pollfd p {m_fd, POLLIN, 0};
        if (poll(&p, 1, timeoutMs) <= 0) {
            return false;
        }
        char buf[4096];
        const ssize_t n = read(m_fd, buf, sizeof buf);
        if (n <= 0) {
            return false; // the program (and every process on the terminal) ended
        }
        transcript.append(buf, n);
        return true;
    }
    void writeAll(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0) {
                return;
            }
            done += n;
        }
    }

    pid_t m_pid = -1;
    int m_fd = -1;
    qsizetype m_pos = 0;
};

// A call made through prompt_caller: its outcome and the polkit actions the agent asked for.
struct Call
{
    bool finished = false;
    QString result; // "ok" or the D-Bus error name
    QString detail;
    QStringList asked; // one entry per "AUTHENTICATING FOR action" the agent printed
    QString text; // the terminal's output during the call, for failure messages
};

// Types the call's name, then answers each password prompt with the next of answers (a prompt
// beyond them is answered with a wrong password, and shows in asked).
Call call(Terminal &t, int n, const QString &name, QStringList answers)
{
    static const QRegularExpression askedRe(QStringLiteral("AUTHENTICATING FOR (\\S+) ===="));
    const qsizetype from = t.position();
    const QRegularExpression next(
        QStringLiteral("(Password: )|@@result %1 %2 (\\S+) ?([^\\r\\n]*)\\r?\\n").arg(n).arg(name));
    t.type(name);
    Call c;
    for (;;) {
        const QRegularExpressionMatch m = t.waitFor(next, AnswerTimeoutMs);
        if (!m.hasMatch()) {
            break;
        }
        if (!m.captured(1).isEmpty()) {
            if (!t.typePassword(answers.isEmpty() ? QStringLiteral("no-more-answers") : answers.takeFirst(),
                                AnswerTimeoutMs)) {
                break;
            }
            continue;
        }
        c.finished = true;
        c.result = m.captured(2);
        c.detail = m.captured(3);
        break;
    }
    c.text = t.since(from);
    for (const auto &m : askedRe.globalMatch(c.text)) {
        c.asked.append(m.captured(1));
    }
    return c;
}

QByteArray describeCall(const Call &c)
{
    return QStringLiteral("finished %1, result %2 %3, asked for %4; terminal:\n%5")
        .arg(c.finished ? QStringLiteral("yes") : QStringLiteral("no (no answer within a minute)"), c.result, c.detail,
             c.asked.join(QStringLiteral(", ")), c.text)
        .toUtf8();
}

// The logind session of the process tree whose cgroup prompt_caller printed ("…/session-c3.scope").
QString sessionOf(const QString &cgroup)
{
    static const QRegularExpression re(QStringLiteral("/session-([^/.]+)\\.scope$"));
    return re.match(cgroup).captured(1);
}

QMap<QString, QString> sessionProperties(const QString &id)
{
    const RunResult r = runAsRoot(QStringLiteral("loginctl"),
                                  {QStringLiteral("show-session"), id, QStringLiteral("-p"), QStringLiteral("Seat"),
                                   QStringLiteral("-p"), QStringLiteral("Active"), QStringLiteral("-p"),
                                   QStringLiteral("Remote"), QStringLiteral("-p"), QStringLiteral("User")});
    return properties(r.out);
}

bool smtpOpen(bool permanent)
{
    QStringList args;
    if (permanent) {
        args << QStringLiteral("--permanent");
    }
    args << QStringLiteral("--query-service=smtp");
    return runAsRoot(QStringLiteral("firewall-cmd"), args).exitCode == 0;
}

// The functions that follow the session's sequence start from smtp closed, also after a failure
// earlier left it open.
bool closeSmtp()
{
    if (!smtpOpen(true) && !smtpOpen(false)) {
        return true;
    }
    const RunResult r
        = rootShell(QStringLiteral("firewall-cmd -q --permanent --remove-service=smtp; firewall-cmd -q --reload"));
    return r.exitCode == 0 && !smtpOpen(true) && !smtpOpen(false);
}

// The command line that logs bob in on the terminal through PAM ("su" includes pam_systemd), as a
// console login would, and runs the command line program in that session. su -c would detach it
// from the terminal (setsid), so no agent could ask there; --session-command keeps the terminal.
QStringList loginAs(const QString &user, const QString &program)
{
    return {QStringLiteral("su"), QStringLiteral("-l"), user, QStringLiteral("--session-command"),
            QStringLiteral("exec env LANG=C.UTF-8 %1").arg(program)};
}
QStringList loginAsBob(const QString &program)
{
    return loginAs(Bob, program);
}
// The same user without logging in: no PAM, no session. command: the program and its arguments.
QStringList bobWithoutSession(const QStringList &command)
{
    return QStringList {
               QStringLiteral("setpriv"),        QStringLiteral("--reuid=bob"),  QStringLiteral("--regid=bob"),
               QStringLiteral("--init-groups"),  QStringLiteral("--reset-env"),  QStringLiteral("env"),
               QStringLiteral("HOME=/home/bob"), QStringLiteral("LANG=C.UTF-8"), QStringLiteral("PATH=/usr/bin:/bin")}
    + command;
}
// pam_systemd puts the session on the seat named by XDG_SEAT; logind makes a new session on a
// seat without VTs (as in this container) the seat's active one. A console login on a VT gets
// seat0 the same way.
const QStringList OnSeat0 {QStringLiteral("XDG_SEAT=seat0")};

enum class Place
{
    NoSession,
    SessionWithoutSeat,
    // On seat0, but a newer login there (alice's) is the active one. polkit asks whether any of
    // the user's sessions is active, so the newer one must not be bob's.
    InactiveSession,
};
} // namespace

class TestPolkitPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The shipped defaults for bob: he is in no group a rule grants, and polkit's administrator
        // is root (50-default.rules names unix-group:sudo, which has no members here).
        const RunResult groups = runAsRoot(QStringLiteral("id"), {QStringLiteral("-nG"), Bob});
        QVERIFY2(!groups.out.contains("mailadmin") && !groups.out.contains("sudo"), groups.out.constData());
        const RunResult sudo = runAsRoot(QStringLiteral("getent"), {QStringLiteral("group"), QStringLiteral("sudo")});
        QVERIFY2(sudo.out.trimmed().endsWith(':'), "the sudo group has members: polkit would ask for one of them");
        const QByteArray policy = rootRead(QStringLiteral("/usr/share/polkit-1/actions/io.github.mailroom.policy"));
        QVERIFY2(policy.contains("io.github.mailroom.read-status"), "the helper's polkit policy is not installed");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/pkttyagent")), "pkttyagent (package polkitd) is missing");

        m_password
            = QStringLiteral("prompt-test-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const RunResult set = rootShell(QStringLiteral("echo 'root:%1' | chpasswd").arg(m_password));
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        QVERIFY2(!smtpOpen(true) && !smtpOpen(false), "the seed's firewall already lets smtp in");
        QVERIFY(QFile::exists(QStringLiteral("/var/mail/alice")));
        m_aliceMailboxSize = rootRead(QStringLiteral("/var/mail/alice")).size();
    }

    // One process of bob's in an active local session, kept for the functions up to
    // readMailboxesAsksEveryTime (they continue one another, as one window's calls would).
    void activeLocalSession()
    {
        QVERIFY(m_session.start(loginAsBob(QStringLiteral(PROMPT_CALLER)), OnSeat0));
        const QRegularExpressionMatch ready
            = m_session.waitFor(QRegularExpression(QStringLiteral("@@ready (\\S+)")), AnswerTimeoutMs);
        QVERIFY2(ready.hasMatch(), m_session.transcript.constData());
        const QString id = sessionOf(ready.captured(1));
        QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("not in a session: %1").arg(ready.captured(1))));
        const auto props = sessionProperties(id);
        QCOMPARE(props.value(QStringLiteral("Seat")), QStringLiteral("seat0"));
        QCOMPARE(props.value(QStringLiteral("Active")), QStringLiteral("yes"));
        QCOMPARE(props.value(QStringLiteral("Remote")), QStringLiteral("no"));
    }

    void wrongPasswordIsRefused()
    {
        const Call c = call(m_session, ++m_calls, QStringLiteral("firewall-on"), {QStringLiteral("not-") + m_password});
        QVERIFY2(c.finished, describeCall(c));
        QCOMPARE(c.asked, QStringList {QStringLiteral("io.github.mailroom.manage-firewall")});
        QVERIFY2(c.text.contains(QLatin1String("Authenticating as: root")), describeCall(c));
        QVERIFY2(c.result == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"), describeCall(c));
        QVERIFY2(!smtpOpen(true) && !smtpOpen(false), "refused, yet the firewall lets smtp in");
    }

    void rightPasswordLetsTheCallThrough()
    {
        const Call c = call(m_session, ++m_calls, QStringLiteral("firewall-on"), {m_password});
        QVERIFY2(c.finished, describeCall(c));
        QCOMPARE(c.asked, QStringList {QStringLiteral("io.github.mailroom.manage-firewall")});
        QVERIFY2(c.result == QLatin1String("ok"), describeCall(c));
        QVERIFY2(smtpOpen(true) && smtpOpen(false), "allowed, yet the firewall does not let smtp in");
    }

    // auth_admin_keep: polkit keeps the authorization for a few minutes, for this process and action.
    void keptForTheSameAction()
    {
        const Call off = call(m_session, ++m_calls, QStringLiteral("firewall-off"), {});
        QVERIFY2(off.finished && off.result == QLatin1String("ok"), describeCall(off));
        QVERIFY2(off.asked.isEmpty(), describeCall(off));
        QVERIFY2(!smtpOpen(true) && !smtpOpen(false), "the firewall still lets smtp in");

        // Another action asks once, then is kept as well.
        const Call first = call(m_session, ++m_calls, QStringLiteral("status"), {m_password});
        QVERIFY2(first.finished && first.result == QLatin1String("ok"), describeCall(first));
        QCOMPARE(first.asked, QStringList {QStringLiteral("io.github.mailroom.read-status")});
        const Call second = call(m_session, ++m_calls, QStringLiteral("status"), {});
        QVERIFY2(second.finished && second.result == QLatin1String("ok"), describeCall(second));
        QVERIFY2(second.asked.isEmpty(), describeCall(second));
    }

    // auth_admin: reading another user's mailbox asks every time, also right after a success.
    void readMailboxesAsksEveryTime()
    {
        for (int i = 0; i < 2; ++i) {
            const Call c = call(m_session, ++m_calls, QStringLiteral("mailbox"), {m_password});
            QVERIFY2(c.finished, describeCall(c));
            QCOMPARE(c.asked, QStringList {QStringLiteral("io.github.mailroom.read-mailboxes")});
            QVERIFY2(c.result == QLatin1String("ok"), describeCall(c));
            QCOMPARE(c.detail.toLongLong(), m_aliceMailboxSize);
        }
    }

    // What a person at a console sees: mailroomctl asks on the terminal, and the answer counts.
    void mailroomctlAsksOnTheTerminal_data()
    {
        QTest::addColumn<bool>("right");
        QTest::addColumn<QString>("exitStatus");
        QTest::newRow("right password") << true << QStringLiteral("0");
        QTest::newRow("wrong password") << false << QStringLiteral("4");
    }
    void mailroomctlAsksOnTheTerminal()
    {
        QFETCH(bool, right);
        QFETCH(QString, exitStatus);
        Terminal t;
        QVERIFY(
            t.start({QStringLiteral("su"), QStringLiteral("-l"), Bob, QStringLiteral("--session-command"),
                     QStringLiteral("env LANG=C.UTF-8 %1 status; echo \"@@exit $?\"").arg(QStringLiteral(MAILROOMCTL))},
                    OnSeat0));
        const QRegularExpressionMatch prompt
            = t.waitFor(QRegularExpression(QStringLiteral("AUTHENTICATING FOR io.github.mailroom.read-status "
                                                          "====[\\s\\S]*Password: ")),
                        AnswerTimeoutMs);
        QVERIFY2(prompt.hasMatch(), t.transcript.constData());
        QVERIFY2(t.typePassword(right ? m_password : QStringLiteral("not-") + m_password, AnswerTimeoutMs),
                 "the agent did not turn echo off to read the password");
        const QRegularExpressionMatch exit
            = t.waitFor(QRegularExpression(QStringLiteral("@@exit (\\d+)")), AnswerTimeoutMs);
        QVERIFY2(exit.hasMatch(), t.transcript.constData());
        QVERIFY2(exit.captured(1) == exitStatus, t.transcript.constData());
        QVERIFY2(t.transcript.count("AUTHENTICATING FOR") == 1, t.transcript.constData());
        if (right) {
            QVERIFY2(t.transcript.contains("sendmail"), t.transcript.constData());
        }
    }

    // In an active local session with no agent (a script: no terminal) nobody can answer; polkit
    // says so at once, and the call is denied without waiting for minutes.
    void activeLocalSessionWithoutAgentDeniedAtOnce()
    {
        QVERIFY(closeSmtp());
        Terminal t;
        QVERIFY(t.start(loginAsBob(QStringLiteral(PROMPT_CALLER " --no-agent")), OnSeat0));
        const QRegularExpressionMatch ready
            = t.waitFor(QRegularExpression(QStringLiteral("@@ready (\\S+)")), AnswerTimeoutMs);
        QVERIFY2(ready.hasMatch(), t.transcript.constData());
        QCOMPARE(sessionProperties(sessionOf(ready.captured(1))).value(QStringLiteral("Active")),
                 QStringLiteral("yes"));
        QElapsedTimer timer;
        timer.start();
        const Call c = call(t, 1, QStringLiteral("firewall-on"), {});
        QVERIFY2(c.finished && timer.elapsed() < QuickDenialMs, describeCall(c));
        QVERIFY2(c.result == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"), describeCall(c));
        QVERIFY2(c.asked.isEmpty(), describeCall(c));
        // A password would have helped: the message says so.
        QVERIFY2(c.detail.contains(QLatin1String("authentication required")), describeCall(c));
        QVERIFY2(!smtpOpen(true) && !smtpOpen(false), "denied, yet the firewall lets smtp in");
    }

    // Outside an active local session polkit's defaults say no without asking: the call is
    // denied at once, also when an agent listens on the caller's terminal.
    void deniedWithoutPromptOutsideActiveLocalSession_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<bool>("agent");
        for (const bool agent : {true, false}) {
            const char *with = agent ? "agent on the terminal" : "no agent";
            QTest::addRow("no session, %s", with) << int(Place::NoSession) << agent;
            QTest::addRow("session without a seat, %s", with) << int(Place::SessionWithoutSeat) << agent;
            QTest::addRow("inactive session, %s", with) << int(Place::InactiveSession) << agent;
        }
    }
    void deniedWithoutPromptOutsideActiveLocalSession()
    {
        QFETCH(int, place);
        QFETCH(bool, agent);
        QVERIFY(closeSmtp());
        const QString caller = QStringLiteral(PROMPT_CALLER) + (agent ? QString() : QStringLiteral(" --no-agent"));
        Terminal t;
        Terminal later; // alice's newer login on seat0, which makes t's session inactive
        const QRegularExpression readyRe(QStringLiteral("@@ready (\\S+)"));
        switch (Place(place)) {
        case Place::NoSession:
            QVERIFY(t.start(bobWithoutSession(caller.split(QLatin1Char(' ')))));
            break;
        case Place::SessionWithoutSeat: // logged in and active, but polkit counts only seats as local
            QVERIFY(t.start(loginAsBob(caller)));
            break;
        case Place::InactiveSession:
            QVERIFY(t.start(loginAsBob(caller), OnSeat0));
            QVERIFY2(t.waitFor(readyRe, AnswerTimeoutMs).hasMatch(), t.transcript.constData());
            QVERIFY(
                later.start(loginAs(QStringLiteral("alice"), QStringLiteral(PROMPT_CALLER " --no-agent")), OnSeat0));
            QVERIFY2(later.waitFor(readyRe, AnswerTimeoutMs).hasMatch(), later.transcript.constData());
            break;
        }
        QRegularExpressionMatch ready = readyRe.match(QString::fromUtf8(t.transcript));
        if (!ready.hasMatch()) {
            ready = t.waitFor(readyRe, AnswerTimeoutMs);
        }
        QVERIFY2(ready.hasMatch(), t.transcript.constData());
        const QString id = sessionOf(ready.captured(1));
        QCOMPARE(id.isEmpty(), Place(place) == Place::NoSession);
        if (!id.isEmpty()) {
            const auto props = sessionProperties(id);
            const bool inactive = Place(place) == Place::InactiveSession;
            QCOMPARE(props.value(QStringLiteral("Seat")), inactive ? QStringLiteral("seat0") : QString());
            QCOMPARE(props.value(QStringLiteral("Active")), inactive ? QStringLiteral("no") : QStringLiteral("yes"));
            if (inactive) { // bob has no active session at all
                const RunResult user
                    = runAsRoot(QStringLiteral("loginctl"),
                                {QStringLiteral("show-user"), Bob, QStringLiteral("-p"), QStringLiteral("State")});
                QCOMPARE(user.out.trimmed(), QByteArray("State=online"));
            }
        }
        for (const QString &name : {QStringLiteral("firewall-on"), QStringLiteral("mailbox")}) {
            QElapsedTimer timer;
            timer.start();
            const Call c = call(t, name == QLatin1String("firewall-on") ? 1 : 2, name, {});
            QVERIFY2(c.finished, describeCall(c));
            QVERIFY2(timer.elapsed() < QuickDenialMs,
                     qPrintable(QStringLiteral("denied after %1 ms").arg(timer.elapsed())));
            QVERIFY2(c.result == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"), describeCall(c));
            QVERIFY2(c.asked.isEmpty(), describeCall(c));
            // polkit said no outright: not "authentication required", which would mean a password could help.
            QVERIFY2(!c.detail.contains(QLatin1String("authentication required")), describeCall(c));
        }
        QVERIFY2(!smtpOpen(true) && !smtpOpen(false), "denied, yet the firewall lets smtp in");
    }

private:
    Terminal m_session;
    int m_calls = 0;
    QString m_password;
    qint64 m_aliceMailboxSize = -1;
};

QTEST_GUILESS_MAIN(TestPolkitPrompt)
#include "test_polkit_prompt.moc"
