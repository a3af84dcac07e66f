// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mboxformat.h"
#include "mail/mboxindexer.h"
#include "mail/mboxscanner.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;
using MessageStatus::Flags;

namespace {
struct Indexed
{
    MessageTable table;
    MboxIndexer indexer;
    int batches = 0;
    explicit Indexed(const QString &path)
        : indexer(path)
    { }
    bool update()
    {
        return indexer.update([this](MessageBatch &&b) {
            ++batches;
            table.apply(std::move(b));
        });
    }
};

void append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

QByteArray message(int n)
{
    return QByteArray("From sender@example.org  Mon Apr  1 10:00:00 2024\nFrom: sender@example.org\nSubject: message ")
        + QByteArray::number(n) + "\nMessage-ID: <" + QByteArray::number(n) + "@example.org>\n\nbody "
        + QByteArray::number(n) + "\n\n";
}
} // namespace

class TestMboxIndexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subjects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("flags");
        const QString cs = QStringLiteral("charsets.mbox");
        QTest::newRow("utf-8") << cs << 0 << QStringLiteral("服务器维护通知") << QStringLiteral("Alice")
                               << int(MessageStatus::Read | MessageStatus::Old);
        QTest::newRow("gb2312") << cs << 1 << QStringLiteral("Re: 会议纪要") << QStringLiteral("卡罗尔")
                                << int(MessageStatus::Old);
        QTest::newRow("gbk beyond gb2312") << cs << 2 << QStringLiteral("朱镕基") << QStringLiteral("dave@example.cn")
                                           << int(MessageStatus::Read | MessageStatus::Old | MessageStatus::Answered);
        QTest::newRow("big5") << cs << 3 << QStringLiteral("你好，世界") << QStringLiteral("erin@example.tw") << 0;
        QTest::newRow("iso-2022-jp") << cs << 4 << QStringLiteral("会議のお知らせ") << QStringLiteral("山田太郎") << 0;
        QTest::newRow("koi8-r") << cs << 5 << QStringLiteral("Привет из Москвы") << QStringLiteral("ivan@example.ru")
                                << 0;
        QTest::newRow("windows-1251") << cs << 6 << QStringLiteral("Отчёт за март") << QStringLiteral("olga@example.ru")
                                      << 0;
        QTest::newRow("broken encodings")
            << cs << 7 << QStringLiteral("=?utf-8?q?broken_word and raw été") << QStringLiteral("Mallory Müller") << 0;
        QTest::newRow("missing headers") << cs << 8 << QString() << QString() << 0;
        QTest::newRow("folded") << cs << 9 << QStringLiteral("A long subject that  was folded over lines")
                                << QStringLiteral("Zoe") << int(MessageStatus::Deleted);
        QTest::newRow("crlf 1") << QStringLiteral("crlf.mbox") << 0 << QStringLiteral("服务器维护通知")
                                << QStringLiteral("Alice") << int(MessageStatus::Read | MessageStatus::Old);
        QTest::newRow("crlf 3") << QStringLiteral("crlf.mbox") << 2 << QStringLiteral("朱镕基")
                                << QStringLiteral("dave@example.cn")
                                << int(MessageStatus::Read | MessageStatus::Old | MessageStatus::Answered);
        QTest::newRow("truncated last") << QStringLiteral("truncated.mbox") << 2 << QStringLiteral("cut he")
                                        << QStringLiteral("trunc@example.org") << int(MessageStatus::Incomplete);
        const QString tb = QStringLiteral("thunderbird.mbox");
        QTest::newRow("Thunderbird 1") << tb << 0 << QStringLiteral("Thunderbird keeps this folder")
                                       << QStringLiteral("Alice") << 0;
        QTest::newRow("Thunderbird 3") << tb << 2 << QStringLiteral("Re: Thunderbird keeps this folder")
                                       << QStringLiteral("Bob") << 0;
        const QString dl = QStringLiteral("dateless.mbox");
        QTest::newRow("From -") << dl << 0 << QStringLiteral("Minutes") << QStringLiteral("Dave") << 0;
        QTest::newRow("From MAILER-DAEMON") << dl << 1 << QStringLiteral("Undelivered Mail Returned to Sender")
                                            << QStringLiteral("Mail Delivery System") << 0;
        QTest::newRow("From address") << dl << 2 << QStringLiteral("No date anywhere") << QStringLiteral("Carol") << 0;
        QTest::newRow("From - date among dateless")
            << dl << 3 << QStringLiteral("Dated in between") << QStringLiteral("Dave") << 0;
        QTest::newRow("From user name") << dl << 4 << QStringLiteral("Cron <root@demo> run-parts /etc/cron.daily")
                                        << QStringLiteral("Cron Daemon") << 0;
        QTest::newRow("byte-order mark") << QStringLiteral("bom.mbox") << 0 << QStringLiteral("Saved by an editor")
                                         << QStringLiteral("Alice") << 0;
    }
    void subjects()
    {
        QFETCH(QString, file);
        QFETCH(int, row);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QFETCH(int, flags);
        Indexed ix(QFINDTESTDATA(QStringLiteral("../data/mail/") + file));
        QVERIFY2(ix.update(), qPrintable(ix.indexer.errorString()));
        QVERIFY(row < ix.table.size());
        QCOMPARE(ix.table.subject(row), subject);
        QCOMPARE(ix.table.fromDisplay(row), from);
        QCOMPARE(int(ix.table.flags(row).toInt()), flags);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("charsets (a \"From now on\" body line is no boundary)") << QStringLiteral("charsets.mbox") << 10;
        QTest::newRow("crlf") << QStringLiteral("crlf.mbox") << 3;
        QTest::newRow("empty") << QStringLiteral("empty.mbox") << 0;
        QTest::newRow("truncated") << QStringLiteral("truncated.mbox") << 3;
        QTest::newRow("Thunderbird (quoted From lines stay in their message)")
            << QStringLiteral("thunderbird.mbox") << 3;
        QTest::newRow("dateless (prose after blank lines stays in its message)")
            << QStringLiteral("dateless.mbox") << 6;
        QTest::newRow("byte-order mark") << QStringLiteral("bom.mbox") << 2;
    }
    void counts()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        Indexed ix(QFINDTESTDATA(QStringLiteral("../data/mail/") + file));
        QVERIFY(ix.update());
        QCOMPARE(ix.table.size(), count);
        QCOMPARE(ix.indexer.messageCount(), count);
    }

    void notAnMbox()
    {
        Indexed ix(QFINDTESTDATA("../data/mail/notmbox.txt"));
        QVERIFY(!ix.update());
        QCOMPARE(ix.indexer.error(), MboxIndexer::Error::NotMbox);
        Indexed missing(QStringLiteral("/nonexistent/mbox"));
        QVERIFY(!missing.update());
        QCOMPARE(missing.indexer.error(), MboxIndexer::Error::NotFound);
    }

    void datesFallBackToFromLine()
    {
        Indexed ix(QFINDTESTDATA("../data/mail/charsets.mbox"));
        QVERIFY(ix.update());
        QCOMPARE(ix.table.date(0), QDateTime(QDate(2024, 3, 25), QTime(13, 36, 2), QTimeZone::UTC));
        // "Date: not a date" and no Date at all: the From_ line's time is used.
        QCOMPARE(ix.table.date(7), QDateTime(QDate(2024, 3, 29), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(ix.table.date(8), QDateTime(QDate(2024, 3, 30), QTime(7, 15), QTimeZone::UTC));
    }

    // Thunderbird's "From - date" line dates a message without a Date header (its time is UTC);
    // a dateless From_ line leaves the date unknown rather than made up.
    void datesFromLenientFromLines()
    {
        Indexed tb(QFINDTESTDATA("../data/mail/thunderbird.mbox"));
        QVERIFY(tb.update());
        QCOMPARE(tb.table.date(1), QDateTime(QDate(1996, 1, 3), QTime(1, 5, 34), QTimeZone::UTC));
        QCOMPARE(tb.table.date(0), QDateTime(QDate(2007, 10, 1), QTime(22, 26, 31), QTimeZone::UTC));
        Indexed dl(QFINDTESTDATA("../data/mail/dateless.mbox"));
        QVERIFY(dl.update());
        QCOMPARE(dl.table.entry(2).date, qint64(0));
        QCOMPARE(dl.table.date(3), QDateTime(QDate(2001, 4, 13), QTime(8, 0), QTimeZone::UTC));
    }

    // Every sample reads back as the RFC 5322 message: no byte-order mark, no From_ line, one
    // level of ">From " quoting removed; the body lines that are not separators are there.
    void lenientSamplesReadBack()
    {
        const QString tbPath = QFINDTESTDATA("../data/mail/thunderbird.mbox");
        Indexed tb(tbPath);
        QVERIFY(tb.update());
        QString error;
        const QByteArray first = MboxIndexer::readMessage(tbPath, tb.table.entry(0), &error);
        QVERIFY2(first.startsWith("X-Account-Key: account1\r\n"), qPrintable(error));
        QVERIFY(first.contains("\r\n\r\nFrom the logs it looks fine.\r\n>From a quoted reply\r\n"));
        QVERIFY(first.endsWith("Alice\r\n"));
        const QString dlPath = QFINDTESTDATA("../data/mail/dateless.mbox");
        Indexed dl(dlPath);
        QVERIFY(dl.update());
        const QByteArray minutes = MboxIndexer::readMessage(dlPath, dl.table.entry(0), &error);
        QVERIFY2(minutes.startsWith("From: Dave"), qPrintable(error));
        for (const char *line : {"\n\nFrom Bob\n", "\n\nFrom Bob\nwith love\n", "\n\nFrom here we go: item one.\n",
                                 "\n\nFrom - the editors\n", "\n\nFrom bob@example.net says hello\n"}) {
            QVERIFY2(minutes.contains(line), line);
        }
        const QString bomPath = QFINDTESTDATA("../data/mail/bom.mbox");
        Indexed bom(bomPath);
        QVERIFY(bom.update());
        QCOMPARE(bom.table.entry(0).offset, 3);
        QVERIFY(MboxIndexer::readMessage(bomPath, bom.table.entry(0), &error).startsWith("From: Alice"));
    }

    void readMessageUnquotes()
    {
        const QString path = QFINDTESTDATA("../data/mail/charsets.mbox");
        Indexed ix(path);
        QVERIFY(ix.update());
        QString error;
        const QByteArray m = MboxIndexer::readMessage(path, ix.table.entry(0), &error);
        QVERIFY2(!m.isEmpty(), qPrintable(error));
        QVERIFY(m.startsWith("From: Alice"));
        QVERIFY(m.contains("\n\nFrom the logs it looks fine.\n"));
        QVERIFY(m.contains("\n>From deeper quoting\n"));
        QVERIFY(m.endsWith("not a From_ line\n"));
        const QByteArray m9 = MboxIndexer::readMessage(path, ix.table.entry(8), &error);
        QVERIFY(m9.contains("From now on, we meet at 10."));
    }

    void crlfMessagesKeepTheirBytes()
    {
        const QString path = QFINDTESTDATA("../data/mail/crlf.mbox");
        Indexed ix(path);
        QVERIFY(ix.update());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 total = f.size();
        qint64 sum = 0;
        for (qsizetype i = 0; i < ix.table.size(); ++i) {
            sum += ix.table.entry(i).length;
        }
        QCOMPARE(sum, total);
    }

    void incrementalAppend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        for (int i = 1; i <= 3; ++i) {
            append(path, message(i));
        }
        Indexed ix(path);
        QVERIFY(ix.update());
        QCOMPARE(ix.table.size(), 3);
        // Nothing new: no batch at all.
        const int before = ix.batches;
        QVERIFY(ix.update());
        QCOMPARE(ix.batches, before);
        QCOMPARE(ix.indexer.lastChange(), MboxIndexer::Change::None);
        // A delivery: only the tail is indexed, the old rows stay.
        append(path, message(4) + message(5));
        QVERIFY(ix.update());
        QCOMPARE(ix.indexer.lastChange(), MboxIndexer::Change::Appended);
        QCOMPARE(ix.table.size(), 5);
        QCOMPARE(ix.table.subject(4), QStringLiteral("message 5"));
        QCOMPARE(ix.table.subject(0), QStringLiteral("message 1"));
    }

    void lastMessageGrowsWhileDelivered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        const QByteArray m2 = message(2);
        const qsizetype cut = m2.indexOf("Subject:") + 5; // mid-header, after a complete From_ line
        append(path, message(1) + m2.left(cut));
        Indexed ix(path);
        QVERIFY(ix.update());
        QCOMPARE(ix.table.size(), 2);
        QVERIFY(ix.table.flags(1) & MessageStatus::Incomplete);
        append(path, m2.mid(cut));
        QVERIFY(ix.update());
        QCOMPARE(ix.table.size(), 2);
        QCOMPARE(ix.table.subject(1), QStringLiteral("message 2"));
        QVERIFY(!(ix.table.flags(1) & MessageStatus::Incomplete));
    }

    void rewriteIsDetected_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("shrank") << 0;
        QTest::newRow("same size, other content") << 1;
        QTest::newRow("replaced by rename") << 2;
    }
    void rewriteIsDetected()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        append(path, message(1) + message(2) + message(3));
        Indexed ix(path);
        QVERIFY(ix.update());
        QByteArray next;
        if (kind == 0) {
            next = message(2) + message(3);
        } else {
            next = message(7) + message(8) + message(9);
        }
        if (kind == 2) {
            const QString other = dir.filePath(QStringLiteral("new"));
            append(other, next + message(10));
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::rename(other, path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(next);
        }
        QVERIFY(ix.update());
        QCOMPARE(ix.indexer.lastChange(), MboxIndexer::Change::Rewritten);
        QCOMPARE(ix.table.size(), kind == 0 ? 2 : kind == 1 ? 3 : 4);
        QCOMPARE(ix.table.subject(0), kind == 0 ? QStringLiteral("message 2") : QStringLiteral("message 7"));
    }

    void fromLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("dateless");
        QTest::newRow("postfix") << QByteArray("From bob@example.org  Tue Mar 26 09:12:45 2024") << true << false;
        QTest::newRow("zone after year") << QByteArray("From bob@x Tue Mar 26 09:12:45 2024 +0100") << true << false;
        QTest::newRow("zone before year") << QByteArray("From bob@x Tue Mar 26 09:12:45 CET 2024") << true << false;
        QTest::newRow("crlf") << QByteArray("From bob@x Tue Mar 26 09:12:45 2024\r\n") << true << false;
        QTest::newRow("Thunderbird") << QByteArray("From - Tue Mar 26 09:12:45 2024") << true << false;
        QTest::newRow("Thunderbird 128, crlf") << QByteArray("From - Sat Jan 03 01:05:34 1996\r\n") << true << false;
        QTest::newRow("only a date") << QByteArray("From Mon Jan  1 00:00:00 2024") << true << false;
        QTest::newRow("only a date, zone") << QByteArray("From Mon Jan  1 00:00:00 +0100 2024\n") << true << false;
        QTest::newRow("prose") << QByteArray("From now on, we meet at 10.") << false << false;
        QTest::newRow("prose with time") << QByteArray("From 10:30 until late") << false << false;
        QTest::newRow("quoted") << QByteArray(">From bob@x Tue Mar 26 09:12:45 2024") << false << false;
        // Dateless: "From " and one word alone on the line, a header field on the next.
        QTest::newRow("dash") << QByteArray("From -\nSubject: x") << false << true;
        QTest::newRow("dash, crlf") << QByteArray("From - \r\nX-Mozilla-Status: 0001\r\n") << false << true;
        QTest::newRow("address") << QByteArray("From alice@example.org\nSubject: x") << false << true;
        QTest::newRow("address, crlf") << QByteArray("From alice@example.org\r\nReturn-Path: <a@b>\r\n") << false
                                       << true;
        QTest::newRow("address, trailing blanks")
            << QByteArray("From bob@example.org \t\r\nTo: x\r\n") << false << true;
        QTest::newRow("user name") << QByteArray("From root\nFrom: Cron Daemon <root@example.org>") << false << true;
        QTest::newRow("mailer-daemon") << QByteArray("From MAILER-DAEMON\nReturn-Path: <>") << false << true;
        QTest::newRow("dash, nothing after") << QByteArray("From -\n") << false << false;
        QTest::newRow("dash, blank line after") << QByteArray("From -\n\nSubject: x") << false << false;
        QTest::newRow("name, text after") << QByteArray("From Bob\nwith love") << false << false;
        QTest::newRow("name, text with a colon after") << QByteArray("From Bob\nDear Bob: hello") << false << false;
        QTest::newRow("name, blank line after") << QByteArray("From Bob\n\nFrom: x") << false << false;
        QTest::newRow("name, colon first after") << QByteArray("From Bob\n: x") << false << false;
        QTest::newRow("nothing after From") << QByteArray("From \nSubject: x") << false << false;
        QTest::newRow("two words") << QByteArray("From Bob, with love\nSubject: x") << false << false;
        QTest::newRow("dash starting words") << QByteArray("From -the desk of\nSubject: x") << false << false;
        QTest::newRow("dash, then prose") << QByteArray("From - the editors\nSubject: x") << false << false;
        QTest::newRow("prose, three words") << QByteArray("From here we go\nSubject: x") << false << false;
        QTest::newRow("address, then prose") << QByteArray("From bob@example.org with thanks\nTo: x") << false << false;
        QTest::newRow("word too long") << "From " + QByteArray(400, 'a') + "@example.org\nSubject: x" << false << false;
        QTest::newRow("line too long") << "From " + QByteArray(300, 'a') + QByteArray(800, ' ') + "\nSubject: x"
                                       << false << false;
    }
    void fromLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        QFETCH(bool, dateless);
        QCOMPARE(MboxFormat::isFromLine(line), valid);
        QCOMPARE(MboxFormat::isDatelessFromLine(line), dateless);
    }

    // Files that s-nail and MimeKit read though their first line is not a dated From_ line
    // (Thunderbird, Netscape, converters, editors that add a byte-order mark), and where the
    // reader stays strict: a body line is a separator only if the mailbox's own rule says so.
    void lenientOpening_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("subjects"); // empty: not an mbox
        const QByteArray dated = "From bob@example.org  Tue Mar 26 09:12:45 2024\n";
        auto body = [](const char *subject, const char *text = "text") {
            return QByteArray("Subject: ") + subject + "\n\n" + text + "\n\n";
        };
        const QStringList ab {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("byte-order mark") << "\xef\xbb\xbf" + dated + body("a") + dated + body("b") << ab;
        QTest::newRow("byte-order mark, blank lines")
            << "\xef\xbb\xbf\n\n" + dated + body("a") + dated + body("b") << ab;
        QTest::newRow("From - (Thunderbird)") << "From - \n" + body("a") + "From - \n" + body("b") << ab;
        QTest::newRow("From - without space") << "From -\n" + body("a") + "From -\n" + body("b") << ab;
        QTest::newRow("From - then dated") << "From -\n" + body("a") + dated + body("b") << ab;
        QTest::newRow("From - crlf") << QByteArray(
            "From -\r\nSubject: a\r\n\r\nx\r\n\r\nFrom -\r\nSubject: b\r\n\r\nx\r\n\r\n")
                                     << ab;
        QTest::newRow("only a date") << "From Tue Mar 26 09:12:45 2024\n" + body("a")
                + "From Tue Mar 26 09:12:46 2024\n"
                + body("b") << ab;
        QTest::newRow("Thunderbird 128, crlf") << QByteArray("From - Sat Jan 03 01:05:34 1996\r\nSubject: a\r\n\r\n"
                                                             ">From x\r\n\r\nFrom - Sat Jan 03 01:05:35 1996\r\n"
                                                             "Subject: b\r\n\r\nx\r\n\r\n")
                                               << ab;
        QTest::newRow("mailer-daemon without date")
            << "From MAILER-DAEMON\n" + body("a") + "From MAILER-DAEMON\n" + body("b") << ab;
        QTest::newRow("user names without date") << "From alice\n" + body("a") + "From root\n" + body("b") << ab;
        QTest::newRow("sender without date")
            << "From alice@example.org\n" + body("a") + "From carol@example.org\n" + body("b") << ab;
        QTest::newRow("byte-order mark, sender without date")
            << "\xef\xbb\xbf" + QByteArray("From alice@example.org\n") + body("a") + "From -\n" + body("b") << ab;
        QTest::newRow("dateless: prose after a blank line stays in the body")
            << "From -\n" + body("a", "hi\n\nFrom now on, we meet at 10.") + "From -\n" + body("b") << ab;
        QTest::newRow("dateless: only From and one word with a header after separates")
            << "From -\n"
                + body(
                    "a",
                    "hi\n\nFrom Bob\n\nFrom Bob\nwith love\n\nFrom Bob\nP.S. bye\n\nFrom - the editors\nSubject: x\n\n"
                    "From here we go\n\nFrom bob@example.org says hi\nTo: x")
                + "From -\n" + body("b")
            << ab;
        QTest::newRow("dated: a dateless From line in a body is no separator")
            << dated + body("a", "hi\n\nFrom bob@example.org\nSubject: x\n\nFrom -\nTo: y") + dated + body("b") << ab;
        QTest::newRow("dated: unquoted dated line is a separator (the mbox rule)")
            << dated + body("a", "hi") + dated + body("b") << ab;
        QTest::newRow("prose") << QByteArray("From now on, we meet at 10.\n\nbye\n") << QStringList();
        QTest::newRow("byte-order mark, prose") << QByteArray("\xef\xbb\xbf"
                                                              "Dear Bob,\nFrom -\n")
                                                << QStringList();
        QTest::newRow("From and nothing") << "From \n" + body("a") << QStringList();
        QTest::newRow("a letter") << QByteArray("From Alice\nDear Bob,\n\nthanks.\n") << QStringList();
        QTest::newRow("From - and prose") << "From - the editors\n" + body("a") << QStringList();
        QTest::newRow("byte-order mark only in the middle") << "\n\xef\xbb\xbf" + dated + body("a") << QStringList();
    }
    void lenientOpening()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, subjects);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        append(path, data);
        Indexed ix(path);
        if (subjects.isEmpty()) {
            QVERIFY(!ix.update());
            QCOMPARE(ix.indexer.error(), MboxIndexer::Error::NotMbox);
            QCOMPARE(ix.table.size(), 0);
            return;
        }
        QVERIFY2(ix.update(), qPrintable(ix.indexer.errorString()));
        QStringList got;
        for (qsizetype i = 0; i < ix.table.size(); ++i) {
            got << ix.table.subject(i);
        }
        QCOMPARE(got, subjects);
        QCOMPARE(MboxFormat::messageStarts(data).size(), subjects.size());
        // The first message reads back without the byte-order mark or the From_ line.
        QString error;
        const QByteArray first = MboxIndexer::readMessage(path, ix.table.entry(0), &error);
        QVERIFY2(first.startsWith("Subject: a\n") || first.startsWith("Subject: a\r\n"), qPrintable(error));
        // A delivery appended later is found by the mailbox's own rule.
        append(path, "From -\n" + QByteArray("Subject: c\n\nnew\n\n"));
        QVERIFY(ix.update());
        const bool dateless = !MboxFormat::isFromLine(data.mid(data.indexOf("From ")));
        QCOMPARE(ix.table.size(), subjects.size() + (dateless ? 1 : 0));
    }

    // A mailbox large enough to be indexed by two threads lists the same as a small one would:
    // every message once, in file order, contiguous, with its own strings.
    void largeMailboxIsSplitExactly_data()
    {
        QTest::addColumn<bool>("entryWorker");
        QTest::newRow("entries on two threads") << true;
        QTest::newRow("entries on one thread (the GUI loader)") << false;
    }
    void largeMailboxIsSplitExactly()
    {
        QFETCH(bool, entryWorker);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        const QByteArray padding = "\n" + QByteArray(500, 'x') + "\n\nFrom now on, not a separator\n";
        QByteArray all;
        const int n = 40000; // about 24 MB
        for (int i = 0; i < n; ++i) {
            QByteArray m = message(i);
            m.insert(m.size() - 1, padding);
            all += m;
        }
        append(path, all);
        Indexed ix(path);
        ix.indexer.setBatchSizes(100, 3000);
        ix.indexer.setEntryWorker(entryWorker);
        QVERIFY(ix.update());
        QCOMPARE(ix.table.size(), n);
        QCOMPARE(ix.table.entry(0).offset, 0);
        for (qsizetype i = 0; i + 1 < n; ++i) {
            QCOMPARE(ix.table.entry(i).offset + ix.table.entry(i).length, ix.table.entry(i + 1).offset);
        }
        QCOMPARE(ix.table.entry(n - 1).offset + ix.table.entry(n - 1).length, qint64(all.size()));
        for (int i : {0, 1, n / 2 - 1, n / 2, n / 2 + 1, n - 1}) {
            QCOMPARE(ix.table.subject(i), QStringLiteral("message %1").arg(i));
        }
        QVERIFY(!(ix.table.flags(n - 1) & MessageStatus::Incomplete));
        QCOMPARE(MboxFormat::messageStarts(all).size(), n);
        // The first batch stays small (first rows at once) and later ones keep their size.
        QVERIFY(ix.batches >= 1 + n / 3000);
    }

    // The read()-based scanner finds what a scan of the whole data finds, with separators (LF
    // and CRLF, short and 900-byte From_ lines) placed at and around its 1 MiB read boundaries,
    // in one thread and split between two.
    void scannerMatchesMessageStarts_data()
    {
        QTest::addColumn<int>("shift");
        QTest::addColumn<bool>("crlf");
        for (int shift = -8; shift <= 8; ++shift) {
            QTest::addRow("lf %d", shift) << shift << false;
            QTest::addRow("crlf %d", shift) << shift << true;
        }
    }
    void scannerMatchesMessageStarts()
    {
        QFETCH(int, shift);
        QFETCH(bool, crlf);
        const QByteArray nl = crlf ? "\r\n" : "\n";
        const QByteArray from = "From a@b  Mon Apr  1 10:00:00 2024" + nl;
        const QByteArray longFrom = "From " + QByteArray(880, 'a') + "@b  Mon Apr  1 10:00:00 2024" + nl;
        QByteArray data = from + "Subject: 0" + nl + nl;
        auto fillTo = [&](qint64 at) {
            while (data.size() + 80 < at) {
                data += QByteArray(70, 'x') + nl;
            }
            data += QByteArray(std::max<qint64>(0, at - data.size() - 2 * nl.size()), 'y') + nl + nl;
        };
        for (int block = 1; block <= 6; ++block) {
            fillTo((qint64(block) << 20) + shift);
            data += (block % 3 == 0 ? longFrom : from) + "Subject: x" + nl + nl + "\nFrom not a separator" + nl;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        append(path, data);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<qint64> expected = MboxFormat::messageStarts(data);
        QCOMPARE(expected.size(), 7);
        QList<qint64> one {0};
        QVERIFY(MboxScanner::scan(f.handle(), 1, data.size(), data.size(), MboxFormat::Separators::Dated, &one));
        QCOMPARE(one, expected);
        QList<qint64> two {0};
        QVERIFY(MboxScanner::scanAll(f.handle(), 1, data.size(), MboxFormat::Separators::Dated, &two));
        QCOMPARE(two, expected);
        // Split exactly at a separator, and just before and after one.
        for (qint64 middle : {expected.at(3) - 1, expected.at(3), expected.at(3) + 1}) {
            QList<qint64> parts {0};
            QVERIFY(MboxScanner::scan(f.handle(), 1, middle, data.size(), MboxFormat::Separators::Dated, &parts));
            QVERIFY(
                MboxScanner::scan(f.handle(), middle, data.size(), data.size(), MboxFormat::Separators::Dated, &parts));
            QCOMPARE(parts, expected);
        }
    }

    // The vectorised scan for "\nFrom " finds exactly what a plain search finds, wherever the
    // match falls relative to its 16-byte blocks and the end of the data.
    void messageStartsMatchPlainSearch()
    {
        QRandomGenerator rng(20261125);
        const QByteArray from = "From a@b  Mon Apr  1 10:00:00 2024\n";
        for (int round = 0; round < 400; ++round) {
            QByteArray data = from;
            const int pieces = int(rng.bounded(1, 40));
            for (int i = 0; i < pieces; ++i) {
                switch (rng.bounded(6)) {
                case 0:
                    data += "\n" + from;
                    break;
                case 1:
                    data += "\nFrom not a from line\n";
                    break;
                case 2:
                    data += "\nF";
                    break;
                case 3:
                    data += QByteArray(int(rng.bounded(0, 40)), 'x') + '\n';
                    break;
                case 4:
                    data += "\r\n\r\n" + from;
                    break;
                default:
                    data += "\n\nFrom";
                    break;
                }
            }
            if (rng.bounded(2)) {
                data.chop(rng.bounded(0, int(std::min<qsizetype>(data.size() - 1, 20))));
            }
            // Reference: every "\nFrom " after a blank line that starts a valid From_ line.
            QList<qint64> expected;
            if (MboxFormat::firstMessage(data) == 0) {
                expected << 0;
            }
            for (qsizetype at = expected.isEmpty() ? -1 : data.indexOf("\nFrom "); at >= 0;
                 at = data.indexOf("\nFrom ", at + 1)) {
                const bool blank
                    = (at >= 1 && data[at - 1] == '\n') || (at >= 3 && data[at - 1] == '\r' && data[at - 2] == '\n');
                if (blank
                    && MboxFormat::isFromLine(
                        QByteArrayView(data).sliced(at + 1, std::min<qsizetype>(data.size() - at - 1, 1001)))) {
                    expected << at + 1;
                }
            }
            QCOMPARE(MboxFormat::messageStarts(data), expected);
        }
    }
    void smallFirstBatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inbox"));
        QByteArray all;
        for (int i = 0; i < 1000; ++i) {
            all += message(i);
        }
        append(path, all);
        Indexed ix(path);
        ix.indexer.setBatchSizes(50, 400);
        QList<qsizetype> sizes;
        QVERIFY(ix.indexer.update([&](MessageBatch &&b) {
            sizes.append(b.entries.size());
            ix.table.apply(std::move(b));
        }));
        QCOMPARE(sizes.value(0), 50);
        QCOMPARE(sizes.value(1), 400);
        QCOMPARE(ix.table.size(), 1000);
        QCOMPARE(ix.table.subject(999), QStringLiteral("message 999"));
        // The index stays compact: well under 400 bytes per message.
        QVERIFY2(ix.table.memoryUsage() / 1000 < 400, qPrintable(QString::number(ix.table.memoryUsage() / 1000)));
    }
};

QTEST_GUILESS_MAIN(TestMboxIndexer)
#include "test_mboxindexer.moc"
