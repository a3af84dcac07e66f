// SPDX-License-Identifier: GPL-2.0-or-later
// Sandbox test against the real Postfix (installed here from the sandbox's offline repository):
//  1. Postfix's local(8) delivers 1,000 numbered messages, submitted in a parallel burst through
//     /usr/sbin/sendmail, into alice's spool while mbox_churn (our indexer + MboxRewriter), running
//     as alice — so the dotlock comes from liblockfile's setgid dotlockfile helper and the rewrite
//     works in place, /var/mail being root:mail 2775 — deletes and expunges in a loop. Afterwards every message that
//     was not deleted is there exactly once, with its body intact, and the mailbox indexes cleanly.
//  2. Postfix keeps delivering to the mbox we rewrote, s-nail lists and reads all of it, and
//     Postfix logged status=sent once for every message.
// Changes the sandbox for good (sendmail replaced by Postfix): labelled "destructive".
#include "mail/mboxindexer.h"
#include "mail/messagetable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <fcntl.h>
#include <unistd.h>

using namespace Mailroom;

namespace {
const QString mailbox = QStringLiteral("/var/mail/alice");
const QString recipient = QStringLiteral("alice@demo-server.mydomain.com");
constexpr int raceCount = 1000;
constexpr int afterCount = 20;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted()) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Numbers of the messages whose subject matches `prefix N`, with how often each occurs.
struct Census
{
    QMap<int, int> numbers;
    int others = 0;
    int incomplete = 0;
    qsizetype total = 0;
};

// A consistent copy of the mailbox: read under a shared kernel lock, which both Postfix's
// appends and our in-place rewrites (exclusive fcntl locks) respect. Indexing the live file
// through a map instead could fault when a rewrite shortens it mid-scan.
QString snapshotMailbox()
{
    static const QString copy = QDir::temp().filePath(QStringLiteral("test_mbox_postfix-census.mbox"));
    const int fd = ::open("/var/mail/alice", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    struct flock fl {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    QByteArray data;
    if (::fcntl(fd, F_OFD_SETLKW, &fl) == 0) {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            data.append(buffer, n);
        }
    }
    ::close(fd);
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size()) {
        return {};
    }
    return copy;
}

Census census(const QString &prefix, MessageTable *tableOut = nullptr)
{
    MessageTable table;
    MboxIndexer indexer(snapshotMailbox());
    Census c;
    if (!indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); })) {
        c.total = -1;
        return c;
    }
    const QRegularExpression numbered(QLatin1Char('^') + QRegularExpression::escape(prefix)
                                      + QStringLiteral(" (\\d+)$"));
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table.flags(i) & MessageStatus::Incomplete) {
            ++c.incomplete;
        }
        const QRegularExpressionMatch m = numbered.match(table.subject(i));
        if (m.hasMatch()) {
            c.numbers[m.captured(1).toInt()]++;
        } else {
            ++c.others;
        }
    }
    c.total = table.size();
    if (tableOut) {
        *tableOut = table;
    }
    return c;
}

QSet<int> readDeletedLog(const QString &path, QList<int> *all = nullptr)
{
    QFile f(path);
    QSet<int> set;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty()) {
                set.insert(line.toInt());
                if (all) {
                    all->append(line.toInt());
                }
            }
        }
    }
    return set;
}

bool queueEmpty(bool *deferred)
{
    const Run r = run(QStringLiteral("postqueue"), {QStringLiteral("-j")});
    *deferred = r.out.contains("\"queue_name\": \"deferred\"");
    return r.exitCode == 0 && r.out.trimmed().isEmpty();
}

// The sender, as a shell script: one sendmail(1) call per message, like cron or a script would.
const QByteArray senderScript = R"(#!/bin/sh
set -e
prefix=$1
n=$2
{
    printf 'From: Race Sender <racer@demo-server.mydomain.com>\nTo: alice\n'
    printf 'Subject: %s %s\nMessage-ID: <%s-%s@demo-server.mydomain.com>\n\n' "$prefix" "$n" "$prefix" "$n"
    printf 'number %s\nFrom here on local(8) quotes this line\n' "$n"
    i=0
    while [ $i -lt $((n % 7)) ]; do printf 'padding %s of %s\n' "$i" "$n"; i=$((i + 1)); done
} | /usr/sbin/sendmail -oi -f racer@demo-server.mydomain.com alice
)";

int localSentCount()
{
    const Run r = run(QStringLiteral("journalctl"),
                      {QStringLiteral("--no-pager"), QStringLiteral("-o"), QStringLiteral("cat"),
                       QStringLiteral("SYSLOG_IDENTIFIER=postfix/local")});
    int n = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.contains("to=<" + recipient.toUtf8() + '>') && line.contains("status=sent")) {
            ++n;
        }
    }
    return n;
}

// `s-nail -R -H -f FILE`: one header summary line per message ("%>%a %m %s": status, lines, subject).
QStringList snailHeaders(const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("MAILRC"), QStringLiteral("/dev/null"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("s-nail"),
            {QStringLiteral("-n"), QStringLiteral("-R"), QStringLiteral("-H"), QStringLiteral("-Sheadline=%>%a %m %s"),
             QStringLiteral("-f"), mailbox});
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        return {QStringLiteral("s-nail timed out")};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestMboxPostfix : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_seedMessages = 0;
    int m_written = 0;

    // Submits `count` numbered messages, `parallel` sendmail processes at a time.
    void send(const QString &prefix, int first, int count, int parallel)
    {
        const QString script = m_dir.filePath(QStringLiteral("send.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(senderScript);
        f.close();
        const Run r = run(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("seq %1 %2 | xargs -P %3 -n 1 sh %4 '%5'")
                               .arg(first)
                               .arg(first + count - 1)
                               .arg(parallel)
                               .arg(script, prefix)},
                          600000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Waits until the queue is empty and `done` says every message is accounted for. Deferred
    // deliveries (mailbox busy for longer than Postfix's deliver_lock_attempts) are flushed.
    void waitForDelivery(const std::function<bool()> &done, int seconds)
    {
        QElapsedTimer t;
        t.start();
        qint64 lastFlush = 0;
        int flushes = 0;
        for (;;) {
            bool deferred = false;
            const bool empty = queueEmpty(&deferred);
            if (empty && done()) {
                break;
            }
            if (deferred && t.elapsed() - lastFlush > 10000) {
                run(QStringLiteral("postqueue"), {QStringLiteral("-f")});
                lastFlush = t.elapsed();
                ++flushes;
            }
            QVERIFY2(t.elapsed() < seconds * 1000, "Postfix did not deliver everything in time");
            QTest::qWait(500);
        }
        qInfo("delivered in %lld ms, %d queue flushes for deferred mail", qint64(t.elapsed()), flushes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(MBOX_CHURN)));
        // Postfix, from the sandbox's offline repository; it replaces sendmail.
        Run r = run(QStringLiteral("debconf-set-selections"), {}, 30000,
                    "postfix postfix/main_mailer_type select Local only\n"
                    "postfix postfix/mailname string demo-server.mydomain.com\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(QStringLiteral("apt-get"),
                {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"),
                 QStringLiteral("--no-install-recommends"), QStringLiteral("postfix")},
                600000);
        QVERIFY2(r.exitCode == 0, (r.out.right(2000) + r.err.right(2000)).constData());
        // "Local only" points mailbox_command at procmail, which is not installed: local(8) itself
        // must write the mbox, that is what this test is about.
        r = run(QStringLiteral("postconf"), {QStringLiteral("-X"), QStringLiteral("mailbox_command")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(run(QStringLiteral("postconf"), {QStringLiteral("-h"), QStringLiteral("mailbox_delivery_lock")})
                    .out.contains("dotlock"));
        r = run(QStringLiteral("systemctl"), {QStringLiteral("restart"), QStringLiteral("postfix")});
        if (r.exitCode != 0) {
            // Setup, not what is tested: the package's own start of Postfix can still be settling
            // (seen once in a St. John's run: "unavailable resources"). Once more, after a pause.
            qWarning("systemctl restart postfix failed (%s); trying once more", r.err.trimmed().constData());
            QTest::qWait(3000);
            run(QStringLiteral("systemctl"), {QStringLiteral("reset-failed"), QStringLiteral("postfix")});
            r = run(QStringLiteral("systemctl"), {QStringLiteral("restart"), QStringLiteral("postfix")});
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            run(QStringLiteral("systemctl"), {QStringLiteral("is-active"), QStringLiteral("postfix")}).out.trimmed()
                == "active",
            30000);
        QCOMPARE(run(QStringLiteral("postconf"), {QStringLiteral("-h"), QStringLiteral("mail_spool_directory")})
                     .out.trimmed(),
                 QByteArray("/var/mail"));
        // sendmail left /var/mail world-writable (3777); Debian's own default, which Postfix keeps,
        // is root:mail 2775: users cannot create FILE.lock there themselves. Test that case.
        QCOMPARE(run(QStringLiteral("chown"), {QStringLiteral("root:mail"), QStringLiteral("/var/mail")}).exitCode, 0);
        QCOMPARE(run(QStringLiteral("chmod"), {QStringLiteral("2775"), QStringLiteral("/var/mail")}).exitCode, 0);
        QVERIFY(run(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=alice"), QStringLiteral("--regid=alice"), QStringLiteral("--init-groups"),
                     QStringLiteral("test"), QStringLiteral("-w"), QStringLiteral("/var/mail")})
                    .exitCode
                != 0);
        QCOMPARE(run(QStringLiteral("stat"),
                     {QStringLiteral("-c"), QStringLiteral("%a %U %G"), QStringLiteral("/usr/bin/dotlockfile")})
                     .out.trimmed(),
                 QByteArray("2755 root mail"));
        const Census seed = census(QStringLiteral("postfix-race"));
        QVERIFY(seed.total > 0);
        QCOMPARE(seed.numbers.size(), 0);
        m_seedMessages = seed.others;
    }

    void deliveriesWhileExpunging()
    {
        const QString stopFile = m_dir.filePath(QStringLiteral("stop"));
        const QString deletedLog = m_dir.filePath(QStringLiteral("deleted"));
        QFile::remove(stopFile);
        // alice must be able to write the log and see the stop file.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        QProcess churn;
        churn.setProcessChannelMode(QProcess::SeparateChannels);
        churn.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=alice"), QStringLiteral("--regid=alice"), QStringLiteral("--init-groups"),
                     QStringLiteral("--reset-env"), QStringLiteral("env"), QStringLiteral("HOME=/home/alice"),
                     QStringLiteral(MBOX_CHURN), mailbox, stopFile, deletedLog});
        QVERIFY(churn.waitForStarted());

        send(QStringLiteral("postfix-race"), 1, raceCount, 8);
        waitForDelivery(
            [&] {
                const Census c = census(QStringLiteral("postfix-race"));
                QSet<int> seen = readDeletedLog(deletedLog);
                for (auto it = c.numbers.cbegin(); it != c.numbers.cend(); ++it) {
                    seen.insert(it.key());
                }
                return seen.size() == raceCount;
            },
            400);
        // Let the reader go on for a few more rounds on the complete mailbox, then stop it.
        QTest::qWait(1000);
        QFile stop(stopFile);
        QVERIFY(stop.open(QIODevice::WriteOnly));
        stop.close();
        QVERIFY(churn.waitForFinished(60000));
        const QByteArray churnOut = churn.readAllStandardOutput() + churn.readAllStandardError();
        QVERIFY2(churn.exitStatus() == QProcess::NormalExit && churn.exitCode() == 0, churnOut.constData());
        qInfo("mbox_churn: %s", churnOut.trimmed().constData());
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("written (\\d+)")).match(QString::fromUtf8(churnOut));
        QVERIFY(m.hasMatch());
        m_written = m.captured(1).toInt();
        QVERIFY2(m_written >= 3, "the reader hardly ever wrote while mail arrived");

        // Every message is either in the mailbox exactly once or was deleted by us, never both.
        QList<int> deletedList;
        const QSet<int> deleted = readDeletedLog(deletedLog, &deletedList);
        QCOMPARE(qsizetype(deletedList.size()), qsizetype(deleted.size())); // nothing removed twice
        MessageTable table;
        const Census c = census(QStringLiteral("postfix-race"), &table);
        QCOMPARE(c.incomplete, 0);
        QCOMPARE(c.others, m_seedMessages);
        for (int n = 1; n <= raceCount; ++n) {
            const int present = c.numbers.value(n);
            QVERIFY2(present + (deleted.contains(n) ? 1 : 0) == 1,
                     qPrintable(QStringLiteral("message %1: present %2 times, deleted %3")
                                    .arg(n)
                                    .arg(present)
                                    .arg(deleted.contains(n))));
            if (n % 3 != 0) {
                QVERIFY2(present == 1, qPrintable(QStringLiteral("message %1 lost").arg(n)));
            }
        }
        QVERIFY(deleted.size() > raceCount / 5);
        // Bodies are intact: each message carries its own number, local(8)'s ">From" quoting, and
        // the padding lines that make the sizes differ.
        static const QRegularExpression numbered(QStringLiteral("^postfix-race (\\d+)$"));
        for (qsizetype i = 0; i < table.size(); ++i) {
            const QRegularExpressionMatch sm = numbered.match(table.subject(i));
            if (!sm.hasMatch()) {
                continue;
            }
            const int n = sm.captured(1).toInt();
            QString error;
            const QByteArray raw = MboxIndexer::readMessage(mailbox, table.entry(i), &error);
            QByteArray body = "\nnumber " + QByteArray::number(n) + "\nFrom here on local(8) quotes this line\n";
            for (int p = 0; p < n % 7; ++p) {
                body += "padding " + QByteArray::number(p) + " of " + QByteArray::number(n) + '\n';
            }
            QVERIFY2(raw.endsWith(body + '\n') || raw.endsWith(body),
                     qPrintable(QStringLiteral("message %1: %2").arg(n).arg(error)));
            if (n % 5 == 0) {
                QVERIFY(table.flags(i) & MessageStatus::Read);
            }
        }
        // No lock or temporary file is left in the spool, and no recovery copy was needed.
        const QStringList leftovers
            = QDir(QStringLiteral("/var/mail")).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QCOMPARE(leftovers.filter(QStringLiteral("alice")), QStringList {QStringLiteral("alice")});
        QCOMPARE(QDir(QStringLiteral("/home/alice/.local/state/mailroom/recovery")).entryList(QDir::Files),
                 QStringList());
        // Still alice's, mode 0660, group mail: Postfix and other readers keep working with it.
        QCOMPARE(run(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%U %G %a"), mailbox}).out.trimmed(),
                 QByteArray("alice mail 660"));
    }

    void postfixKeepsDeliveringAfterRewrite()
    {
        QVERIFY(m_written > 0); // the mailbox below is one that MboxRewriter wrote
        const Census before = census(QStringLiteral("postfix-race"));
        send(QStringLiteral("postfix-after"), 1, afterCount, 4);
        waitForDelivery([&] { return census(QStringLiteral("postfix-after")).numbers.size() == afterCount; }, 300);
        const Census after = census(QStringLiteral("postfix-after"));
        for (int n = 1; n <= afterCount; ++n) {
            QCOMPARE(after.numbers.value(n), 1);
        }
        QCOMPARE(after.total, before.total + afterCount);
        QCOMPARE(after.incomplete, 0);

        // s-nail sees the same messages, in the same order, and reads them.
        const QStringList lines = snailHeaders(m_dir.path());
        QCOMPARE(qsizetype(lines.size()), after.total);
        MessageTable table;
        census(QStringLiteral("postfix-after"), &table);
        for (qsizetype i = 0; i < table.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith(table.subject(i)),
                     qPrintable(lines.at(i) + QStringLiteral(" / ") + table.subject(i)));
        }
        // The last message, printed by s-nail: its body is all there (s-nail shows local(8)'s
        // ">From" quoting as stored; our own reader removes it, checked above).
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("MAILRC"), QStringLiteral("/dev/null"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("s-nail"),
                {QStringLiteral("-#"), QStringLiteral("-n"), QStringLiteral("-R"), QStringLiteral("-N"),
                 QStringLiteral("-f"), mailbox});
        p.write("type $\nquit\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray printed = p.readAllStandardOutput();
        const QByteArray lastSubject = table.subject(table.size() - 1).toUtf8();
        QVERIFY2(printed.contains("Subject: " + lastSubject), printed.constData());
        const QByteArray n = lastSubject.mid(lastSubject.lastIndexOf(' ') + 1);
        QByteArray body = "\nnumber " + n + "\n>From here on local(8) quotes this line\n";
        for (int p = 0; p < n.toInt() % 7; ++p) {
            body += "padding " + QByteArray::number(p) + " of " + n + '\n';
        }
        QVERIFY2(printed.contains(body), printed.constData());

        // Postfix delivered every message exactly once, and said so.
        QTRY_COMPARE_WITH_TIMEOUT(localSentCount(), raceCount + afterCount, 30000);
    }
};

QTEST_GUILESS_MAIN(TestMboxPostfix)
#include "test_mbox_postfix.moc"
