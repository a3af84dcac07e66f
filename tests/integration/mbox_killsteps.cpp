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
// (appended to TRACEFILE for the script's coverage check) and gives the expected result; then for
// each point a fresh mailbox, a run killed there, and the checks: every message not flagged
// deleted is whole in the mailbox or in a recovery copy; the mailbox keeps its mode; what the
// next open finds (printed); and the next rewrite. Prints ok:/FAIL: lines; exit status 1 on a
// failure. Run with the build's MAILROOM_TEST_HOOKS (the points are nothing otherwise).
#include "mail/mboxindexer.h"
#include "mail/mboxrewriter.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

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

// The child: index, flag, expunge. Exit 0 when written.
int rewrite(const QString &path, const QString &strategy, const QString &recoveryDir)
{
    MessageTable table;
    MboxIndexer indexer(path);
    if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
        std::fprintf(stderr, "cannot index %s: %s\n", qPrintable(path), qPrintable(indexer.errorString()));
        return 2;
    }
    static const QRegularExpression numbered(QStringLiteral("^kill (\\d+)$"));
    for (qsizetype i = 0; i < table.size(); ++i) {
        const int n = numbered.match(table.subject(i)).captured(1).toInt();
        auto flags = table.flags(i);
        if (n % 5 == 0) {
            flags |= MessageStatus::Read | MessageStatus::Old;
        }
        if (n % 3 == 0) {
            flags |= MessageStatus::Deleted;
        }
        table.setFlags(i, flags);
    }
    MboxRewriter rewriter(path);
    rewriter.setStrategy(strategy == QLatin1String("inplace") ? MboxRewriter::Strategy::InPlace
                                                              : MboxRewriter::Strategy::ReplaceFile);
    rewriter.setRecoveryDirectory(recoveryDir);
    const auto r = rewriter.apply(table, indexer.device(), indexer.inode(), true);
    if (r.outcome != MboxRewriter::Outcome::Written) {
        std::fprintf(stderr, "not written: %s %s\n", qPrintable(r.error), qPrintable(r.recoveryPath));
        return 2;
    }
    return 0;
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
        copies << readAll(recoveryDir + QLatin1Char('/') + name);
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
    if (args.size() == 5 && args.at(1) == QLatin1String("rewrite")) {
        return rewrite(args.at(2), args.at(3), args.at(4));
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
        auto fresh = [&] {
            QDir(dir).removeRecursively();
            QDir(recoveryDir).removeRecursively();
            return QDir().mkpath(dir) && QDir().mkpath(recoveryDir) && writeMailbox(path);
        };
        const QStringList childArgs {QStringLiteral("rewrite"), path, strategy, recoveryDir};

        // The clean run: the points it passes, and the mailbox it leaves.
        if (!fresh()) {
            bad(strategy + QStringLiteral(": cannot create the mailbox in ") + dir);
            continue;
        }
        QFile::remove(localTrace);
        int status = 0;
        if (runChild(self, childArgs, {}, QFile::encodeName(localTrace), &status) != 0 || status != 0) {
            bad(strategy + QStringLiteral(": the clean rewrite failed (exit status %1)").arg(status));
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
            const QString where = strategy + QStringLiteral(" at ") + point;
            if (!fresh()) {
                bad(where + QStringLiteral(": cannot create the mailbox"));
                continue;
            }
            const int signal = runChild(self, childArgs, point.toLatin1(), {}, &status);
            if (signal != SIGKILL) {
                bad(where
                    + QStringLiteral(": the rewrite was not killed there (signal %1, exit status %2)")
                          .arg(signal)
                          .arg(status));
                continue;
            }
            // Every message not flagged deleted, whole, in the mailbox or a recovery copy.
            const QByteArray box = readAll(path);
            const QList<QByteArray> copies = recoveryCopies(dir, recoveryDir);
            QStringList lost;
            for (int n = 1; n <= Messages; ++n) {
                if (n % 3 == 0) {
                    continue;
                }
                bool found = box.contains(body(n));
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
            } else if ((st.st_mode & 07777) != 0640) {
                bad(where + QStringLiteral(": the mailbox's mode is %1, not 0640").arg(st.st_mode & 07777, 0, 8));
            } else {
                int whole = 0;
                const QString seen = nextOpen(path, &whole);
                ok(where
                   + QStringLiteral(": every message in the mailbox or %1 recovery copies; the next open: %2")
                         .arg(copies.size())
                         .arg(seen));
            }
            // The next rewrite, where the mailbox is whole: the result of the clean run.
            if (box == mailbox() || box == expected) {
                if (runChild(self, childArgs, {}, {}, &status) != 0 || status != 0) {
                    bad(where + QStringLiteral(": the next rewrite failed (exit status %1)").arg(status));
                } else if (readAll(path) != expected) {
                    bad(where + QStringLiteral(": the next rewrite did not give the clean run's mailbox"));
                } else if (const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
                           left != QStringList {QStringLiteral("inbox")}) {
                    bad(where + QStringLiteral(": left next to the mailbox after the next rewrite: ")
                        + left.join(u' '));
                } else {
                    ok(where
                       + QStringLiteral(": the next rewrite gives the clean run's mailbox, nothing left beside it"));
                }
            } else {
                bad(where
                    + QStringLiteral(": the mailbox is neither the old one nor the new one (%1 bytes; old %2, new %3)")
                          .arg(box.size())
                          .arg(mailbox().size())
                          .arg(expected.size()));
            }
        }
    }
    return failures > 0 ? 1 : 0;
}
