// SPDX-License-Identifier: GPL-2.0-or-later
// The mbox half of test_kill_steps (issue 16): the rewriter (src/core/mail/mboxrewriter.cpp, what
// the GUI and mailroomctl use to expunge) killed with SIGKILL at each of its stop points, both
// ways it writes: ReplaceFile (a new file renamed over the mailbox) and InPlace (the user's own
// spool in /var/mail: the new tail copied over the old one from a recovery copy).
//
//     mbox_killsteps WORKDIR TRACEFILE
//
// For each way: a mailbox of 30 messages of ~100 KB (the tail is copied in several 1 MiB
// chunks), every third message flagged deleted, every fifth read. A clean run traces the points
// (appended to TRACEFILE for the script's coverage check) and gives the expected mailbox; then for
// each point a fresh mailbox, a run killed there, and the checks: every message not flagged
// deleted is whole in the mailbox or in a recovery copy; the mailbox keeps its mode; ReplaceFile's
// mailbox is always the old or the new one; InPlace's, killed while the tail is copied, is
// neither, and its recovery copy holds the rest. Then the next open (MboxRecovery::check, what
// MailboxLoader does first): the interrupted rewrite finished from the copy, copies no longer
// needed removed, the mailbox the old or the new one; what it lists (printed). Then the next
// rewrite works at once — the dead rewriter's dotlock, which Postfix would only break after
// 500 s, is removed by the next Mailroom — giving the clean run's mailbox, nothing beside it.
// Prints ok:/FAIL: lines; exit status 1 on a failure. Needs a build with MAILROOM_TEST_HOOKS.
#include "mail/mboxindexer.h"
#include "mail/mboxrecovery.h"
#include "mail/mboxrewriter.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Mailroom;

namespace {
constexpr int Messages = 30;
int failures = 0;

void ok(const QString &what)
{
    std::printf("ok: %s\n", qPrintable(what));
}
void bad(const QString &what)
{
    std::printf("FAIL: %s\n", qPrintable(what));
    ++failures;
}

QByteArray body(int n)
{
    QByteArray b = "BEGIN " + QByteArray::number(n) + '\n';
    for (int i = 0; i < 1400; ++i) {
        b += "message " + QByteArray::number(n) + " line " + QByteArray::number(i)
            + " of the text that makes this mailbox megabytes long\n";
    }
    return b + "END " + QByteArray::number(n) + '\n';
}

QByteArray mailbox()
{
    QByteArray box;
    for (int n = 1; n <= Messages; ++n) {
        box += "From sender@example.org  Mon Apr  1 10:00:00 2024\nFrom: Sender <sender@example.org>\nSubject: kill "
            + QByteArray::number(n) + "\nMessage-ID: <" + QByteArray::number(n) + "@kill.example.org>\n\n" + body(n)
            + '\n';
    }
    return box;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeMailbox(const QString &path)
{
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(mailbox()) != mailbox().size()) {
        return false;
    }
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), 0640) == 0;
}

// The child: index; every third message deleted, every fifth read (with "again", every seventh
// answered too, so a second rewrite always has work); expunge. Writes what happened to OUTFILE:
// "written", "nothing", "read-only: …" or "failed: …". Exit status 0 when the mailbox is as asked.
int rewrite(const QString &path, const QString &strategy, const QString &recoveryDir, bool again,
            const QString &outFile)
{
    QFile out(outFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 2;
    }
    MessageTable table;
    MboxIndexer indexer(path);
    if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
        out.write("failed: cannot index: " + indexer.errorString().toUtf8());
        return 2;
    }
    static const QRegularExpression numbered(QStringLiteral("^kill (\\d+)$"));
    for (qsizetype i = 0; i < table.size(); ++i) {
        const int n = numbered.match(table.subject(i)).captured(1).toInt();
        auto flags = table.flags(i);
        if (n % 5 == 0) {
            flags |= MessageStatus::Read | MessageStatus::Old;
        }
        if (again && n % 7 == 0) {
            flags |= MessageStatus::Answered;
        }
        if (n % 3 == 0) {
            flags |= MessageStatus::Deleted;
        }
        table.setFlags(i, flags);
    }
    MboxRewriter rewriter(path);
    rewriter.setLockAttempts(2, std::chrono::milliseconds(20));
    rewriter.setStrategy(strategy == QLatin1String("inplace") ? MboxRewriter::Strategy::InPlace
                                                              : MboxRewriter::Strategy::ReplaceFile);
    rewriter.setRecoveryDirectory(recoveryDir);
    const auto r = rewriter.apply(table, indexer.device(), indexer.inode(), true);
    switch (r.outcome) {
    case MboxRewriter::Outcome::Written:
        out.write("written");
        return 0;
    case MboxRewriter::Outcome::NothingToDo:
        out.write("nothing");
        return 0;
    case MboxRewriter::Outcome::ReadOnly:
        out.write("read-only: " + r.error.toUtf8());
        return 3;
    case MboxRewriter::Outcome::Failed:
        break;
    }
    out.write("failed: " + r.error.toUtf8());
    return 2;
}

// Runs this program's rewrite in a child with MAILROOM_STOP_AT / MAILROOM_STOP_TRACE; the
// signal that ended it (0 when it exited), *status its exit status.
int runChild(const QString &self, const QStringList &args, const QByteArray &stopAt, const QByteArray &trace,
             int *status)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::unsetenv("MAILROOM_STOP_AT");
        ::unsetenv("MAILROOM_STOP_TRACE");
        if (!stopAt.isEmpty()) {
            ::setenv("MAILROOM_STOP_AT", stopAt.constData(), 1);
        }
        if (!trace.isEmpty()) {
            ::setenv("MAILROOM_STOP_TRACE", trace.constData(), 1);
        }
        QList<QByteArray> storage {QFile::encodeName(self)};
        for (const QString &a : args) {
            storage << QFile::encodeName(a);
        }
        QList<char *> argv;
        for (QByteArray &s : storage) {
            argv << s.data();
        }
        argv << nullptr;
        ::execv(argv.at(0), argv.data());
        ::_exit(127);
    }
    int st = 0;
    ::waitpid(pid, &st, 0);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return WIFSIGNALED(st) ? WTERMSIG(st) : 0;
}

// Every file a killed rewrite may have left with messages in it: recovery copies in the
// recovery folder and recovery links next to the mailbox.
QList<QByteArray> recoveryCopies(const QString &dir, const QString &recoveryDir)
{
    QList<QByteArray> copies;
    for (const QString &name : QDir(recoveryDir).entryList(QDir::Files)) {
        if (!name.endsWith(QLatin1String(".json"))) { // a copy's description, not a copy
            copies << readAll(recoveryDir + QLatin1Char('/') + name);
        }
    }
    for (const QString &name :
         QDir(dir).entryList({QStringLiteral(".inbox.mailroom-recovery-*")}, QDir::Files | QDir::Hidden)) {
        copies << readAll(dir + QLatin1Char('/') + name);
    }
    return copies;
}

// What the next open finds: messages, and how many of them are whole kept ones.
QString nextOpen(const QString &path, int *whole)
{
    MessageTable table;
    MboxIndexer indexer(path);
    if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
        return QStringLiteral("cannot index: ") + indexer.errorString();
    }
    const QByteArray box = readAll(path);
    *whole = 0;
    for (int n = 1; n <= Messages; ++n) {
        *whole += box.contains(body(n)) ? 1 : 0;
    }
    return QStringLiteral("%1 messages listed, %2 of the %3 bodies whole").arg(table.size()).arg(*whole).arg(Messages);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 7 && args.at(1) == QLatin1String("rewrite")) {
        return rewrite(args.at(2), args.at(3), args.at(4), args.at(5) == QLatin1String("again"), args.at(6));
    }
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: mbox_killsteps WORKDIR TRACEFILE\n");
        return 2;
    }
    const QString self = QCoreApplication::applicationFilePath();
    const QString work = args.at(1);
    const QByteArray traceFile = QFile::encodeName(args.at(2));

    for (const QString &strategy : {QStringLiteral("replace"), QStringLiteral("inplace")}) {
        const QString dir = work + QLatin1Char('/') + strategy;
        const QString path = dir + QStringLiteral("/inbox");
        const QString recoveryDir = dir + QStringLiteral("-recovery");
        const QString localTrace = dir + QStringLiteral(".trace");
        const QString outcomeFile = dir + QStringLiteral(".outcome");
        auto fresh = [&] {
            QDir(dir).removeRecursively();
            QDir(recoveryDir).removeRecursively();
            return QDir().mkpath(dir) && QDir().mkpath(recoveryDir) && writeMailbox(path);
        };
        // A rewrite in a child: the signal that ended it (0: it exited), *said what it wrote.
        auto child = [&](bool again, const QByteArray &stopAt, const QByteArray &trace, QString *said) {
            int status = 0;
            QFile::remove(outcomeFile);
            const int signal = runChild(self,
                                        {QStringLiteral("rewrite"), path, strategy, recoveryDir,
                                         again ? QStringLiteral("again") : QStringLiteral("first"), outcomeFile},
                                        stopAt, trace, &status);
            *said = QString::fromUtf8(readAll(outcomeFile));
            return signal;
        };

        // The clean run: the points it passes and the mailbox it leaves; then the second
        // rewrite's mailbox, which the next rewrite after each kill must give.
        if (!fresh()) {
            bad(strategy + QStringLiteral(": cannot create the mailbox in ") + dir);
            continue;
        }
        QFile::remove(localTrace);
        QString said;
        if (child(false, {}, QFile::encodeName(localTrace), &said) != 0 || said != QLatin1String("written")) {
            bad(strategy + QStringLiteral(": the clean rewrite: ") + said);
            continue;
        }
        const QByteArray cleanResult = readAll(path);
        if (child(true, {}, {}, &said) != 0 || said != QLatin1String("written")) {
            bad(strategy + QStringLiteral(": the second clean rewrite: ") + said);
            continue;
        }
        const QByteArray expected = readAll(path);
        const QStringList points
            = QString::fromLatin1(readAll(localTrace)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        {
            QFile t(QFile::decodeName(traceFile));
            if (t.open(QIODevice::Append)) {
                t.write(readAll(localTrace));
            }
        }
        if (points.isEmpty()) {
            bad(strategy + QStringLiteral(": no stop point reached: built without MAILROOM_TEST_HOOKS?"));
            continue;
        }
        ok(strategy + QStringLiteral(": clean rewrite, %1 stop points: %2").arg(points.size()).arg(points.join(u' ')));

        for (const QString &point : points) {
            const QString where = strategy + QStringLiteral(" killed at ") + point;
            if (!fresh()) {
                bad(where + QStringLiteral(": cannot create the mailbox"));
                continue;
            }
            const int signal = child(false, point.toLatin1(), {}, &said);
            if (signal != SIGKILL) {
                bad(where + QStringLiteral(": not killed there (signal %1): %2").arg(signal).arg(said));
                continue;
            }
            // Every message not flagged deleted, whole, in the mailbox or a recovery copy.
            const QByteArray box = readAll(path);
            const QList<QByteArray> copies = recoveryCopies(dir, recoveryDir);
            QStringList lost;
            for (int n = 1; n <= Messages; ++n) {
                bool found = n % 3 == 0 || box.contains(body(n));
                for (const QByteArray &c : copies) {
                    found = found || c.contains(body(n));
                }
                if (!found) {
                    lost << QString::number(n);
                }
            }
            struct stat st {};
            ::stat(QFile::encodeName(path).constData(), &st);
            if (!lost.isEmpty()) {
                bad(where + QStringLiteral(": messages lost (neither in the mailbox nor a recovery copy): ")
                    + lost.join(u' '));
                continue;
            }
            if ((st.st_mode & 07777) != 0640) {
                bad(where + QStringLiteral(": the mailbox's mode is %1, not 640").arg(st.st_mode & 07777, 0, 8));
            }
            const bool intact = box == mailbox() || box == cleanResult;
            if (!intact && strategy == QLatin1String("replace")) {
                bad(where
                    + QStringLiteral(": the mailbox is neither the old nor the new one (%1 bytes)").arg(box.size()));
                continue;
            }
            const bool deadLock = QFile::exists(path + QStringLiteral(".lock"));
            // The next open (MailboxLoader and `mailroomctl mbox recover` do this first): an
            // interrupted in-place rewrite is finished from its recovery copy, under the locks (the
            // dead rewriter's own still in place shows nobody wrote since; ours replaces it), and
            // copies no longer needed go. The mailbox is then the old or the new one, whole.
            const auto outcomes = MboxRecovery::check(path, MboxRecovery::Mode::Finish, recoveryDir);
            QStringList found;
            for (const MboxRecovery::Outcome &o : outcomes) {
                static const char *const kinds[] = {"already done", "never started", "finished", "KEPT", "in progress"};
                found << QString::fromLatin1(kinds[int(o.kind)])
                        + (o.reason.isEmpty() ? QString() : QStringLiteral(": ") + o.reason);
            }
            const QByteArray opened = readAll(path);
            int whole = 0;
            const QString listed = nextOpen(path, &whole);
            if (MboxRecovery::needsAttention(outcomes) || (opened != mailbox() && opened != cleanResult)) {
                bad(where
                    + QStringLiteral(": after the next open (recovery copies: %1) the mailbox is %2 bytes, "
                                     "neither the old nor the new one: %3")
                          .arg(found.isEmpty() ? QStringLiteral("none") : found.join(QStringLiteral("; ")))
                          .arg(opened.size())
                          .arg(listed));
                continue;
            }
            if (!QDir(recoveryDir).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty()) {
                bad(where + QStringLiteral(": a recovery copy's description is left after the next open"));
            }
            // The killed rewriter's dotlock does not wait for its 500 s (finding 3): the next
            // Mailroom removes it, as the process that made it is gone, and the next rewrite works.
            if (child(true, {}, {}, &said) != 0 || said != QLatin1String("written")) {
                bad(where + QStringLiteral(": the next rewrite: ") + said);
            } else if (readAll(path) != expected) {
                bad(where + QStringLiteral(": the next rewrite did not give the clean runs' mailbox"));
            } else if (const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
                       left != QStringList {QStringLiteral("inbox")}) {
                bad(where + QStringLiteral(": left beside the mailbox after the next rewrite: ") + left.join(u' '));
            } else {
                ok(where
                   + QStringLiteral(": the mailbox was %1 (%2 recovery copies%3); the next open: %4, then %5; the "
                                    "next rewrite worked at once%6")
                         .arg(intact
                                  ? (box == mailbox() ? QStringLiteral("the old one") : QStringLiteral("the new one"))
                                  : QStringLiteral("damaged from the first changed message on"))
                         .arg(copies.size())
                         .arg(found.isEmpty() ? QString() : QStringLiteral(": ") + found.join(QStringLiteral("; ")))
                         .arg(opened == mailbox() ? QStringLiteral("the old mailbox")
                                                  : QStringLiteral("the new mailbox"),
                              listed)
                         .arg(deadLock ? QStringLiteral(" (the dead rewriter's lock removed)") : QString()));
            }
        }
    }
    return failures > 0 ? 1 : 0;
}
