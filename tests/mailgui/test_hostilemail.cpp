// SPDX-License-Identifier: GPL-2.0-or-later
// A mailbox of hostile messages, each under Postfix's default size limit (10 MB): multiparts
// nested deeper than any reader needs around an 8 MB attachment, 100,000 parts, a 4 MB header
// line, 100,000 RFC 2047 words, charsets that do not exist or name paths, NUL bytes, a 6 MB
// body on one line, and HTML that tries to load, run and redirect. It must index, list and show
// every message with memory bounded by the message's size (peak resident memory, measured per
// message), and the HTML view must load nothing from outside and run nothing. The time each
// message takes is printed (machine speed is never asserted).
#include "../sanitizer.h"
#include "mail/mboxindexer.h"
#include "mail/messageitemdelegate.h"
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"
#include "mail/mimepart.h"
#include "mail/safetextbrowser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Mailroom;

// Under AddressSanitizer a peak of memory measures the sanitizer more than the viewer: the bounds
// are checked without it (times and behaviour still are).
using MailroomTest::UnderAddressSanitizer;

namespace {
const QByteArray Separator = "From hostile@example.org Mon Mar 25 13:36:02 2024\n";

// Peak resident memory since the last reset, in bytes (Linux: VmHWM, reset through clear_refs).
qint64 peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QByteArray headers(const QByteArray &subject, const QByteArray &more = {})
{
    return "From: Hostile <hostile@example.org>\nTo: alice@example.org\nSubject: " + subject
        + "\nDate: Mon, 25 Mar 2024 13:36:02 +0000\nMIME-Version: 1.0\n" + more;
}

QByteArray base64Lines(qsizetype bytes)
{
    QByteArray raw(bytes, 'x');
    for (qsizetype i = 0; i < bytes; ++i) {
        raw[i] = char((i * 7919) & 0xff);
    }
    const QByteArray b64 = raw.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 + 1);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + '\n';
    }
    return out;
}

struct Hostile
{
    const char *name;
    QByteArray message;
};

QList<Hostile> hostileMessages()
{
    QList<Hostile> list;
    {
        // 60 multiparts, one inside the other, around an 8 MB attachment.
        const int depth = 60;
        QByteArray open;
        QByteArray close;
        for (int i = 0; i < depth; ++i) {
            const QByteArray b = "b" + QByteArray::number(i);
            open += "--" + b + "\nContent-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i + 1) + "\"\n\n";
            close.prepend("\n--" + b + "--\n");
        }
        list.append({"nested",
                     headers("nested 60 deep", "Content-Type: multipart/mixed; boundary=\"b0\"\n") + "\n" + open + "--b"
                         + QByteArray::number(depth)
                         + "\nContent-Type: application/octet-stream; name=\"big.bin\"\n"
                           "Content-Transfer-Encoding: base64\n\n"
                         + base64Lines(6 * 1024 * 1024) + "--b" + QByteArray::number(depth) + "--\n" + close});
    }
    {
        QByteArray body;
        for (int i = 0; i < 100000; ++i) {
            body += "--p\nContent-Type: text/plain\n\nx\n";
        }
        list.append(
            {"100k parts",
             headers("100,000 parts", "Content-Type: multipart/mixed; boundary=p\n") + "\n" + body + "--p--\n"});
    }
    list.append({"4 MB header line", headers(QByteArray(4 * 1024 * 1024, 'A')) + "\nbody\n"});
    {
        QByteArray words;
        for (int i = 0; i < 100000; ++i) {
            words += "=?utf-8?B?w6k=?= ";
        }
        list.append({"RFC 2047 bomb", headers(words) + "\nbody\n"});
    }
    list.append(
        {"charsets and NUL",
         headers(QByteArray("=?x-no-such-charset?Q?abc?= =?../../etc/passwd?B?QUJD?= =?utf-7?Q?+ZeVnLIqe-?= a\0b", 73),
                 "Content-Type: text/plain; charset=\"../../../../etc/passwd\"\n")
             + "\n" + QByteArray("NUL\0in\0the\0body\n", 17) + QByteArray(1000, '\0') + "\n"});
    list.append({"6 MB line", headers("one line") + "\n" + QByteArray(6 * 1024 * 1024, 'L') + "\n"});
    list.append({"HTML",
                 headers("html", "Content-Type: text/html; charset=utf-8\n")
                     + "\n"
                       "<html><head><meta http-equiv=\"refresh\" content=\"0; url=http://tracker.invalid/r\">"
                       "<link rel=\"stylesheet\" href=\"http://tracker.invalid/s.css\">"
                       "<script>alert('owned')</script><style>body{background:url(http://tracker.invalid/"
                       "b.png)}</style></head><body onload=\"alert('load')\"><p>Hello</p>"
                       "<img src=\"http://tracker.invalid/pixel.png\"><img src=\"https://tracker.invalid/p\">"
                       "<iframe src=\"http://tracker.invalid/frame\"></iframe>"
                       "<object data=\"http://tracker.invalid/o\"></object>"
                       "<a href=\"javascript:alert(1)\">link</a>"
                       "<div style=\"background-image:url('http://tracker.invalid/d.png')\">x</div>"
                       "</body></html>\n"});
    return list;
}
} // namespace

class TestHostileMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageOpensWithBoundedMemory()
    {
        const QList<Hostile> messages = hostileMessages();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile.mbox"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const Hostile &h : messages) {
                QVERIFY(h.message.size() < 10240000); // Postfix's message_size_limit
                f.write(Separator + h.message + "\n");
            }
        }

        MboxIndexer indexer(path);
        MessageListModel model;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(indexer.update([&model](MessageBatch &&batch) { model.applyBatch(batch); }));
        qInfo("indexed %lld messages (%lld bytes) in %lld ms", qlonglong(indexer.messageCount()),
              qlonglong(QFileInfo(path).size()), qlonglong(timer.elapsed()));
        QCOMPARE(indexer.messageCount(), messages.size());
        QCOMPARE(model.rowCount(), int(messages.size()));
        // The list as the Mail page paints it (a 4 MB subject, 100,000 encoded words).
        QTreeView list;
        list.setModel(&model);
        list.setItemDelegate(new MessageItemDelegate(&list));
        list.resize(900, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        timer.start();
        QVERIFY(!list.grab().isNull());
        qInfo("listed and painted in %lld ms", qlonglong(timer.elapsed()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString subject = model.index(row, MessageListModel::SubjectColumn).data().toString();
            QVERIFY(!subject.isEmpty());
        }
        list.hide();

        MessageView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const bool canMeasure = !UnderAddressSanitizer && resetPeak() && peakRss() > 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int entry = model.index(row, 0).data(MessageListModel::EntryIndexRole).toInt();
            QString error;
            const QByteArray raw = MboxIndexer::readMessage(path, model.table().entry(entry), &error);
            QVERIFY2(!raw.isEmpty(), qPrintable(error));
            const QByteArray name = messages.at(entry).name;
            view.clear();
            QCoreApplication::processEvents();
            resetPeak();
            const qint64 before = peakRss();
            timer.start();
            view.showMessage(raw);
            QCoreApplication::processEvents();
            const qint64 took = timer.elapsed();
            const qint64 grew = peakRss() - before;
            qInfo("%-18s %9lld bytes: shown in %6lld ms, peak memory +%lld MB", name.constData(), qlonglong(raw.size()),
                  qlonglong(took), qlonglong(grew / (1024 * 1024)));
            QVERIFY(view.hasMessage());
            if (canMeasure) {
                // Parsing shares the message's bytes; what is shown is decoded once.
                const qint64 bound = 12 * qint64(raw.size()) + 96 * 1024 * 1024;
                QVERIFY2(grew <= bound,
                         qPrintable(QStringLiteral("%1: +%2 MB, more than %3 MB")
                                        .arg(QString::fromLatin1(name))
                                        .arg(grew / (1024 * 1024))
                                        .arg(bound / (1024 * 1024))));
            }
            if (name == "HTML") {
                const QString html = view.message().safeHtml();
                QVERIFY2(!html.contains(QLatin1String("tracker.invalid")), qPrintable(html));
                QVERIFY2(!html.contains(QLatin1String("alert(")), qPrintable(html));
                QVERIFY2(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(html));
                const QString shown = view.bodyView()->toHtml();
                QVERIFY(!shown.contains(QLatin1String("tracker.invalid")));
                QVERIFY(view.bodyView()->toPlainText().contains(QLatin1String("Hello")));
                QVERIFY(!view.bodyView()->toPlainText().contains(QLatin1String("owned")));
                for (const QUrl &url : view.bodyView()->blockedResources()) {
                    QVERIFY2(url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"),
                             qPrintable(url.toString()));
                }
            }
            if (name == "nested") {
                int depth = 0;
                const MimePart *p = &view.message();
                while (!p->children().isEmpty()) {
                    p = &p->children().constFirst();
                    ++depth;
                }
                QVERIFY2(depth <= 41, qPrintable(QString::number(depth))); // shown as text below that
            }
            if (name == "100k parts") {
                QCOMPARE(view.message().children().size(), 100000);
            }
        }
        if (!canMeasure) {
            QSKIP("no /proc/self/clear_refs here: memory not measured");
        }
    }
};

QTEST_MAIN(TestHostileMail)
#include "test_hostilemail.moc"
