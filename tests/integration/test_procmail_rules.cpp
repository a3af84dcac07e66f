// SPDX-License-Identifier: GPL-2.0-or-later
// bob's delivery rules through the REAL procmail (Debian's /usr/bin/procmail, run as bob, whose
// default delivery is /var/mail/bob):
//  1. `mailroomctl rules add` (as bob) writes a spam-flag rule → ~/mail/Spam and a Subject rule →
//     ~/mail/Lists; each message goes through procmail, lands where `mailroomctl rules test` said
//     it would (spam, Subject in any case, a folded Subject, the rest in the inbox), and the mail
//     folders the reader offers are the two folders.
//  2. 200 deliveries through procmail into /var/mail/bob while mbox_churn (Mailroom's indexer and
//     MboxRewriter, as bob) rewrites that inbox again and again: every message not deleted is
//     there exactly once afterwards, none lost or duplicated.
// Changes bob's files and spool: labelled "destructive" (a fresh boot of its own).
#include "mail/mboxindexer.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"
#include "rules/mailfolders.h"
#include "sandboxuser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QString home = QStringLiteral("/home/bob");
const QString inbox = QStringLiteral("/var/mail/bob");
// Postfix's local(8) hands mailbox_command the message with its "From sender date" line first;
// procmail keeps it as the mbox separator (without one it would glue the message to the last).
const QByteArray envelope = "From sender@test.example  Sat Dec  5 12:00:00 2026\n";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// procmail as bob, the message on its standard input, as Postfix's local(8) would run it.
RunResult procmail(const QByteArray &message)
{
    QProcess p;
    p.start(QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=bob"), QStringLiteral("--regid=bob"), QStringLiteral("--init-groups"),
             QStringLiteral("--reset-env"), QStringLiteral("/usr/bin/procmail")});
    RunResult r;
    if (!p.waitForStarted()) {
        return r;
    }
    p.write(message);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Where the message with this marker landed: "Spam", "Lists", "inbox"; "" when nowhere or twice.
QString whereIs(const QByteArray &marker)
{
    QStringList places;
    for (const auto &[name, path] : {std::pair {QStringLiteral("Spam"), home + QStringLiteral("/mail/Spam")},
                                     std::pair {QStringLiteral("Lists"), home + QStringLiteral("/mail/Lists")},
                                     std::pair {QStringLiteral("inbox"), inbox}}) {
        const qsizetype n = readFile(path).count(marker);
        for (qsizetype i = 0; i < n; ++i) {
            places << name;
        }
    }
    return places.size() == 1 ? places.first() : places.join(QLatin1Char('+'));
}
} // namespace

class TestProcmailRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral("/usr/bin/procmail")).isExecutable());
        const RunResult v = runAsRoot(QStringLiteral("/usr/bin/procmail"), {QStringLiteral("-v")});
        qInfo("%s", (v.out + v.err).constData());
        // bob must read the message files and write the churn's log.
        QVERIFY(m_dir.isValid());
        QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0777), 0);
        QFile::remove(home + QStringLiteral("/.procmailrc"));
        QDir(home + QStringLiteral("/mail")).removeRecursively();
        for (const QStringList &args :
             {QStringList {QStringLiteral("--spam"), QStringLiteral("--folder"), QStringLiteral("Spam")},
              QStringList {QStringLiteral("--subject"), QStringLiteral("[qt-devel]"), QStringLiteral("--folder"),
                           QStringLiteral("Lists")}}) {
            const RunResult r = runAs(QStringLiteral("bob"), QStringLiteral(MAILROOMCTL),
                                      QStringList {QStringLiteral("rules"), QStringLiteral("add")} + args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        struct stat st {};
        QCOMPARE(::stat("/home/bob/.procmailrc", &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(QFileInfo(home + QStringLiteral("/.procmailrc")).owner() == QLatin1String("bob"));
        QVERIFY(QFileInfo(home + QStringLiteral("/mail")).isDir());
    }

    void delivery_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spam flag") << QByteArray("From: promo@spam.example\nSubject: [qt-devel] cheap pills\n"
                                                 "X-Spam-Flag: YES\nX-Spam-Status: Yes, score=1000.0 required=5.0\n")
                                   << QStringLiteral("Spam");
        QTest::newRow("subject") << QByteArray("From: dev@qt.example\nSubject: Re: [QT-Devel] QString question\n")
                                 << QStringLiteral("Lists");
        QTest::newRow("folded subject") << QByteArray("From: dev@qt.example\nSubject: a rather long subject that\n"
                                                      " goes on [qt-devel] here\n")
                                        << QStringLiteral("Lists");
        QTest::newRow("spam flag no") << QByteArray("From: a@b.example\nSubject: lunch\nX-Spam-Flag: NO\n")
                                      << QStringLiteral("inbox");
        QTest::newRow("only the body") << QByteArray("From: a@b.example\nSubject: hello\n") << QStringLiteral("inbox");
    }
    void delivery()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, expected);
        static int count = 0;
        const QByteArray marker = "rules-marker-" + QByteArray::number(++count);
        const QByteArray message
            = envelope + headers + "Message-ID: <" + marker + "@test>\n\n[qt-devel] X-Spam-Flag: YES\n";
        const QString file = m_dir.filePath(QString::fromLatin1(marker) + QStringLiteral(".eml"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(message);
        }
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);

        // What Mailroom's tester says, as bob…
        const RunResult t = runAs(QStringLiteral("bob"), QStringLiteral(MAILROOMCTL),
                                  {QStringLiteral("rules"), QStringLiteral("test"), file, QStringLiteral("--json")});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject verdict = QJsonDocument::fromJson(t.out).object();
        const QString said = verdict.value(QStringLiteral("action")).toString() == QLatin1String("inbox")
            ? QStringLiteral("inbox")
            : QFileInfo(verdict.value(QStringLiteral("destination")).toString()).fileName();
        QCOMPARE(said, expected);

        // …and where procmail really puts it.
        const RunResult r = procmail(message);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(whereIs(marker), expected);
    }

    void readerOffersTheFolders()
    {
        QStringList names;
        for (const Mailroom::MailFolder &f : Mailroom::MailFolders::list(home + QStringLiteral("/mail"))) {
            names << f.name;
        }
        QCOMPARE(names, (QStringList {QStringLiteral("Lists"), QStringLiteral("Spam")}));
        for (const QString &folder : names) {
            QVERIFY(QFileInfo(home + QStringLiteral("/mail/") + folder).owner() == QLatin1String("bob"));
            QVERIFY(!QFile::exists(home + QStringLiteral("/mail/") + folder + QStringLiteral(".lock")));
        }
    }

    // 200 deliveries through procmail while Mailroom's rewriter expunges the inbox in a loop.
    void deliveriesWhileRewriting()
    {
        constexpr int count = 200;
        const QString stopFile = m_dir.filePath(QStringLiteral("stop"));
        const QString deletedLog = m_dir.filePath(QStringLiteral("deleted"));
        QProcess churn;
        churn.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=bob"), QStringLiteral("--regid=bob"), QStringLiteral("--init-groups"),
                     QStringLiteral("--reset-env"), QStringLiteral(MBOX_CHURN), inbox, stopFile, deletedLog});
        QVERIFY(churn.waitForStarted());
        // Four deliveries at a time, like a busy local(8).
        QList<QProcess *> running;
        for (int n = 1; n <= count; ++n) {
            auto *p = new QProcess;
            p->start(QStringLiteral("setpriv"),
                     {QStringLiteral("--reuid=bob"), QStringLiteral("--regid=bob"), QStringLiteral("--init-groups"),
                      QStringLiteral("--reset-env"), QStringLiteral("/usr/bin/procmail")});
            QVERIFY(p->waitForStarted());
            p->write(envelope
                     + QStringLiteral("From: race@test.example\nSubject: postfix-race %1\n\nbody of %1\n")
                           .arg(n)
                           .toLatin1());
            p->closeWriteChannel();
            running.append(p);
            if (running.size() == 4 || n == count) {
                for (QProcess *q : std::as_const(running)) {
                    QVERIFY(q->waitForFinished(60000));
                    QVERIFY2(q->exitCode() == 0, q->readAllStandardError().constData());
                    delete q;
                }
                running.clear();
            }
        }
        QTest::qWait(1000); // a few more rounds on the complete inbox
        {
            QFile stop(stopFile);
            QVERIFY(stop.open(QIODevice::WriteOnly));
        }
        QVERIFY(churn.waitForFinished(120000));
        const QByteArray churnOut = churn.readAllStandardOutput() + churn.readAllStandardError();
        QVERIFY2(churn.exitStatus() == QProcess::NormalExit && churn.exitCode() == 0, churnOut.constData());
        qInfo("mbox_churn: %s", churnOut.trimmed().constData());

        QSet<int> deleted;
        qsizetype deletedLines = 0;
        for (const QByteArray &line : readFile(deletedLog).split('\n')) {
            if (!line.isEmpty()) {
                deleted.insert(line.toInt());
                ++deletedLines;
            }
        }
        QCOMPARE(deletedLines, qsizetype(deleted.size())); // nothing removed twice
        // Counted as the reader sees the inbox: messages, by their subjects.
        QMap<int, int> present;
        Mailroom::MessageTable table;
        Mailroom::MboxIndexer indexer(inbox);
        QVERIFY2(indexer.update([&table](Mailroom::MessageBatch &&b) { table.apply(std::move(b)); }),
                 qPrintable(indexer.errorString()));
        static const QRegularExpression subject(QStringLiteral("^postfix-race (\\d+)$"));
        for (qsizetype i = 0; i < table.size(); ++i) {
            QVERIFY(!(table.flags(i) & Mailroom::MessageStatus::Incomplete));
            if (const QRegularExpressionMatch m = subject.match(table.subject(i)); m.hasMatch()) {
                ++present[m.captured(1).toInt()];
            }
        }
        for (int n = 1; n <= count; ++n) {
            QVERIFY2(present.value(n) + (deleted.contains(n) ? 1 : 0) == 1,
                     qPrintable(QStringLiteral("message %1: present %2 times, deleted %3")
                                    .arg(n)
                                    .arg(present.value(n))
                                    .arg(deleted.contains(n))));
        }
        QVERIFY2(!deleted.isEmpty(), "the rewriter never removed anything: no race was tested");
        QVERIFY(!QFile::exists(inbox + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestProcmailRules)
#include "test_procmail_rules.moc"
