// SPDX-License-Identifier: GPL-2.0-or-later
// Sandbox test: after our expunge and status rewrite — by replacing the file, or in place as in
// the user's own spool — s-nail (a real mailx) still reads the mbox correctly: the same messages,
// in order, with our Status header honoured. (test_mbox_postfix does the same after real Postfix
// deliveries.)
#include "mail/mboxindexer.h"
#include "mail/mboxrewriter.h"
#include "mail/messagetable.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

namespace {
QByteArray message(int n, const QByteArray &subject)
{
    return QByteArray("From sender@example.org  Mon Apr  1 10:00:0") + QByteArray::number(n % 10)
        + " 2024\nFrom: Sender <sender@example.org>\nTo: alice@example.org\nSubject: " + subject
        + "\nDate: Mon, 01 Apr 2024 10:00:00 +0000\nMessage-ID: <" + QByteArray::number(n)
        + "@example.org>\n\nbody\n>From a quoted line\n\n";
}

// The header summary lines of `s-nail -R -H -f FILE`, one per message.
QStringList snailHeaders(const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), QFileInfo(path).absolutePath()); // no ~/.mailrc
    env.insert(QStringLiteral("MAILRC"), QStringLiteral("/dev/null"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("s-nail"),
            {QStringLiteral("-n"), QStringLiteral("-R"), QStringLiteral("-H"), QStringLiteral("-Sheadline=%>%a %m %s"),
             QStringLiteral("-f"), path});
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        return {QStringLiteral("s-nail timed out")};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestMboxSnail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snailReadsOurExpunge_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::newRow("replace file") << int(MboxRewriter::Strategy::ReplaceFile);
        QTest::newRow("in place") << int(MboxRewriter::Strategy::InPlace);
    }
    void snailReadsOurExpunge()
    {
        QFETCH(int, strategy);
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString path = dir.filePath(QStringLiteral("alice"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int n = 1; n <= 6; ++n) {
            f.write(message(n, "subject " + QByteArray::number(n)));
        }
        f.close();
        QCOMPARE(snailHeaders(path).size(), 6);

        MessageTable table;
        MboxIndexer indexer(path);
        QVERIFY(indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); }));
        table.setFlags(1, MessageStatus::Deleted);
        table.setFlags(4, MessageStatus::Deleted);
        table.setFlags(2, MessageStatus::Read | MessageStatus::Old);
        MboxRewriter rewriter(path);
        rewriter.setStrategy(MboxRewriter::Strategy(strategy));
        rewriter.setRecoveryDirectory(recovery.path());
        const auto r = rewriter.apply(table, indexer.device(), indexer.inode(), true);
        QCOMPARE(r.outcome, MboxRewriter::Outcome::Written);

        const QStringList lines = snailHeaders(path);
        QCOMPARE(lines.size(), 4);
        const QStringList expected {QStringLiteral("subject 1"), QStringLiteral("subject 3"),
                                    QStringLiteral("subject 4"), QStringLiteral("subject 6")};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(lines.at(i).endsWith(expected.at(i)), qPrintable(lines.at(i)));
        }
        // %a is the status: N for new, R/" " for the one we marked read.
        QVERIFY2(lines.at(0).contains(QLatin1Char('N')), qPrintable(lines.at(0)));
        QVERIFY2(!lines.at(1).contains(QLatin1Char('N')), qPrintable(lines.at(1)));
    }

    // The mailboxes that are read leniently (Thunderbird's, dateless From_ lines) list the same
    // messages as s-nail lists them, in the same order.
    void snailListsLenientSamplesAsWeDo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Thunderbird") << QFINDTESTDATA("../data/mail/thunderbird.mbox");
        QTest::newRow("dateless") << QFINDTESTDATA("../data/mail/dateless.mbox");
    }
    void snailListsLenientSamplesAsWeDo()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mbox"));
        QVERIFY(QFile::copy(file, path));
        MessageTable table;
        MboxIndexer indexer(path);
        QVERIFY(indexer.update([&](MessageBatch &&b) { table.apply(std::move(b)); }));
        const QStringList lines = snailHeaders(path);
        QCOMPARE(lines.size(), table.size());
        for (qsizetype i = 0; i < table.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith(table.subject(i)), qPrintable(lines.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMboxSnail)
#include "test_mbox_snail.moc"
