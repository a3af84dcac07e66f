// SPDX-License-Identifier: GPL-2.0-or-later
// "Mark as spam" / "Not spam" train the user's own Bayes database: mailroomctl mbox learn runs
// the same core SpamLearner as the Mail page, as bob, with no helper. Before SpamAssassin is
// installed it says so in words; afterwards bob's nspam/nham and token count change
// (sa-learn --dump magic). SpamAssassin comes from the sandbox's offline repository.
#include "sandboxuser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);

struct Magic
{
    qint64 nspam = 0;
    qint64 nham = 0;
    qint64 ntokens = 0;
};

// bob's Bayes counts; all zero while he has no database yet.
Magic magic()
{
    const RunResult r
        = runAs(QStringLiteral("bob"), QStringLiteral("sa-learn"), {QStringLiteral("--dump"), QStringLiteral("magic")});
    Magic m;
    // "0.000          0          1          0  non-token data: nspam"
    static const QRegularExpression re(QStringLiteral("^\\S+\\s+\\S+\\s+(\\d+)\\s+\\S+\\s+non-token data: (\\w+)$"),
                                       QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const auto match = it.next();
        const qint64 v = match.captured(1).toLongLong();
        if (match.captured(2) == QLatin1String("nspam")) {
            m.nspam = v;
        } else if (match.captured(2) == QLatin1String("nham")) {
            m.nham = v;
        } else if (match.captured(2) == QLatin1String("ntokens")) {
            m.ntokens = v;
        }
    }
    return m;
}
} // namespace

class TestSpamLearn : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir {QStringLiteral("/tmp/spamlearn-XXXXXX")};
    QString m_mbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        // The two messages spamass-milter delivered to bob in the sandbox: clean, then GTUBE.
        m_mbox = m_dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/mail/spam.mbox"), m_mbox));
        QVERIFY(QFile::setPermissions(m_mbox, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    }

    void notInstalled()
    {
        if (QFile::exists(QStringLiteral("/usr/bin/sa-learn"))) {
            QSKIP("SpamAssassin is installed already");
        }
        const RunResult r = runAs(
            QStringLiteral("bob"), Ctl,
            {QStringLiteral("mbox"), QStringLiteral("learn"), QStringLiteral("--spam"), m_mbox, QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("SpamAssassin is not installed"), r.err.constData());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("no kind") << QStringList {QStringLiteral("2")} << QByteArray("usage:");
        QTest::newRow("both kinds") << QStringList {QStringLiteral("--spam"), QStringLiteral("--ham"),
                                                    QStringLiteral("2")}
                                    << QByteArray("usage:");
        QTest::newRow("number 0") << QStringList {QStringLiteral("--spam"), QStringLiteral("0")}
                                  << QByteArray("no message number 0 (the mailbox has 2)");
        QTest::newRow("number 3") << QStringList {QStringLiteral("--ham"), QStringLiteral("3")}
                                  << QByteArray("no message number 3");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, error);
        QStringList full {QStringLiteral("mbox"), QStringLiteral("learn")};
        full += args;
        full.insert(full.size() - 1, m_mbox);
        const RunResult r = runAs(QStringLiteral("bob"), Ctl, full);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error), r.err.constData());
    }

    void learnsAsBob()
    {
        const RunResult install = runAsRoot(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get install -y -q spamassassin gpg-agent >/dev/null")},
            600000);
        QVERIFY2(install.exitCode == 0, install.err.constData());

        const Magic before = magic();
        const RunResult spam = runAs(
            QStringLiteral("bob"), Ctl,
            {QStringLiteral("mbox"), QStringLiteral("learn"), QStringLiteral("--spam"), m_mbox, QStringLiteral("2")},
            300000);
        QVERIFY2(spam.exitCode == 0, spam.err.constData());
        QCOMPARE(spam.out.trimmed(), QByteArray("SpamAssassin learned from 1 message."));
        const Magic afterSpam = magic();
        QCOMPARE(afterSpam.nspam, before.nspam + 1);
        QVERIFY(afterSpam.ntokens > before.ntokens);
        // bob's own database, in his home, owned by him: no helper, no root.
        QVERIFY(QFileInfo::exists(QStringLiteral("/home/bob/.spamassassin/bayes_toks")));
        QCOMPARE(QFileInfo(QStringLiteral("/home/bob/.spamassassin/bayes_toks")).ownerId(),
                 QFileInfo(QStringLiteral("/home/bob")).ownerId());

        // Learning the same message again changes nothing, and says so.
        const RunResult again = runAs(
            QStringLiteral("bob"), Ctl,
            {QStringLiteral("mbox"), QStringLiteral("learn"), QStringLiteral("--spam"), m_mbox, QStringLiteral("2")},
            300000);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.out.trimmed(), QByteArray("SpamAssassin had already learned from these messages."));

        const RunResult ham = runAs(
            QStringLiteral("bob"), Ctl,
            {QStringLiteral("mbox"), QStringLiteral("learn"), QStringLiteral("--ham"), m_mbox, QStringLiteral("1")},
            300000);
        QVERIFY2(ham.exitCode == 0, ham.err.constData());
        const Magic afterHam = magic();
        QCOMPARE(afterHam.nham, afterSpam.nham + 1);
        QCOMPARE(afterHam.nspam, afterSpam.nspam);
        // No copy of the messages is left behind in the temporary folder.
        QCOMPARE(QDir(QStringLiteral("/tmp")).entryList({QStringLiteral("mailroom-learn-*")}, QDir::AllEntries).size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSpamLearn)
#include "test_spam_learn.moc"
