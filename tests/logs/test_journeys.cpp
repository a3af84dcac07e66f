// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/journeybuilder.h"
#include "logs/journeyjson.h"
#include "logs/logindex.h"
#include "logs/logsummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

namespace {
struct Case
{
    QStringList files;
    QDate reference;
};

// case.args holds the mailroomctl arguments the expected file was made with.
Case readCase(const QString &dir)
{
    QFile f(dir + QStringLiteral("/case.args"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QStringList args = QString::fromUtf8(f.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Case c;
    bool rotated = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--reference-date")) {
            c.reference = QDate::fromString(args.value(++i), Qt::ISODate);
        } else if (args[i] == QLatin1String("--rotated")) {
            rotated = true;
        } else {
            const QString path = dir + QLatin1Char('/') + args[i];
            c.files += rotated ? LogSourceSet::withRotations(path) : QStringList {path};
        }
    }
    return c;
}

struct Built
{
    std::shared_ptr<LogIndex> index;
    std::unique_ptr<LogSummary> summary;
};

Built build(const Case &c)
{
    auto sources = std::make_shared<LogSourceSet>();
    for (const QString &file : c.files) {
        QString error;
        if (!sources->addFile(file, &error)) {
            qWarning() << error;
            return {};
        }
    }
    Built b;
    b.summary = std::make_unique<LogSummary>();
    JourneyBuilder builder(sources);
    builder.setReferenceDate(c.reference);
    builder.setSummary(b.summary.get());
    builder.processAll();
    b.index = builder.finish();
    return b;
}

Built buildText(const QByteArray &text, QDate reference = QDate(2024, 3, 26))
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("inline"), text);
    Built b;
    b.summary = std::make_unique<LogSummary>();
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.setSummary(b.summary.get());
    builder.processAll();
    b.index = builder.finish();
    return b;
}

QString dataDir()
{
    return QFINDTESTDATA("../data/logs");
}

QJsonObject journeyWithQueueId(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &j : report.value(QStringLiteral("journeys")).toArray()) {
        for (const QJsonValue &hop : j.toObject().value(QStringLiteral("hops")).toArray()) {
            if (hop.toObject().value(QStringLiteral("queue_id")).toString() == id) {
                return j.toObject();
            }
        }
    }
    return {};
}
} // namespace

class TestJourneys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir data(dataDir());
        QVERIFY(data.exists());
        for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(data.filePath(name + QStringLiteral("/case.args")))) {
                QTest::newRow(qPrintable(name)) << data.filePath(name);
            }
        }
    }
    // The journeys and totals of each sample log equal the reviewed expected.json next to it.
    void golden()
    {
        QFETCH(QString, dir);
        const Case c = readCase(dir);
        QVERIFY(!c.files.isEmpty());
        const Built b = build(c);
        QVERIFY(b.index);
        const QJsonObject actual = JourneyJson::report(*b.index, b.summary.get());
        QFile f(dir + QStringLiteral("/expected.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "expected.json missing: run tests/logs/regenerate-expected.sh");
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        if (actual != expected) {
            const QString out = QDir::temp().filePath(QFileInfo(dir).fileName() + QStringLiteral("-actual.json"));
            QFile o(out);
            if (o.open(QIODevice::WriteOnly)) {
                o.write(QJsonDocument(actual).toJson());
            }
            const QJsonArray a = actual.value(QStringLiteral("journeys")).toArray();
            const QJsonArray e = expected.value(QStringLiteral("journeys")).toArray();
            for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
                if (a[i] != e[i]) {
                    qWarning().noquote() << "first differing journey" << i << "\nactual:  "
                                         << QJsonDocument(a[i].toObject()).toJson(QJsonDocument::Compact)
                                         << "\nexpected:"
                                         << QJsonDocument(e[i].toObject()).toJson(QJsonDocument::Compact);
                    break;
                }
            }
            QFAIL(qPrintable(QStringLiteral("report differs from expected.json; actual written to %1").arg(out)));
        }
    }

    void contentFilterHopIsOneJourney()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/basic")));
        const QJsonObject report = JourneyJson::report(*b.index, nullptr);
        const QJsonObject j = journeyWithQueueId(report, QStringLiteral("2A3B4C5D6E"));
        const QJsonArray hops = j.value(QStringLiteral("hops")).toArray();
        QCOMPARE(hops.size(), 2);
        QCOMPARE(hops[0].toObject().value(QStringLiteral("queue_id")).toString(), QStringLiteral("1F2E3D4C5B"));
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(j.value(QStringLiteral("relay")).toString(), QStringLiteral("local"));
        // Both hops are found by either queue id and by the Message-ID.
        QCOMPARE(b.index->find("1F2E3D4C5B"), b.index->find("2A3B4C5D6E"));
        QCOMPARE(b.index->find("<CAF=friend-42@friend.example>"), b.index->find("2A3B4C5D6E"));
    }

    void reusedQueueIdStartsANewJourney()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/basic")));
        const QList<quint32> heads = b.index->find("4B1C22A0F3");
        QCOMPARE(heads.size(), 2);
        QCOMPARE(b.index->row(heads[0]).status, JourneyStatus::Sent);
        QCOMPARE(b.index->string(b.index->row(heads[0]).sender), QStringLiteral("alice@Sender.example"));
        // The second use was forwarded by local(8) to a new queue file: one chain of two hops.
        QCOMPARE(b.index->chain(heads[1]).size(), 2);
        QCOMPARE(b.index->string(b.index->row(heads[1]).sender), QStringLiteral("root@mail.mydomain.example"));
    }

    // Removed messages leave the builder's queue-id map some thousands of removals later: a late
    // "queued as" still links the hops, and an id used again long after is a new journey (as it
    // is right after its removal).
    void retiredQueueIdsStillLinkAndReuse()
    {
        QByteArray log;
        auto line = [&](const char *program, int pid, const QByteArray &message) {
            log += "Mar 25 11:00:00 mx postfix/" + QByteArray(program) + '[' + QByteArray::number(pid) + "]: " + message
                + '\n';
        };
        // A filter's downstream copy is delivered and removed before the upstream delivery line
        // that names it is written.
        line("pickup", 1, "ABCDEF0001: uid=0 from=<root>");
        line("qmgr", 2, "ABCDEF0001: from=<root@mx>, size=300, nrcpt=1 (queue active)");
        line("pickup", 1, "ABCDEF0002: uid=0 from=<root>");
        line("qmgr", 2, "ABCDEF0002: from=<root@mx>, size=310, nrcpt=1 (queue active)");
        line("local", 3,
             "ABCDEF0002: to=<bob@mx>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to "
             "mailbox)");
        line("qmgr", 2, "ABCDEF0002: removed");
        line("smtp", 4,
             "ABCDEF0001: to=<bob@mx>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.2, delays=0/0/0/0.2, dsn=2.0.0, "
             "status=sent (250 2.0.0 Ok: queued as ABCDEF0002)");
        line("qmgr", 2, "ABCDEF0001: removed");
        // Ten thousand more messages come and go.
        const int others = 10000;
        for (int i = 0; i < others; ++i) {
            const QByteArray id = QByteArray::number(0xB00000 + i, 16).toUpper();
            line("pickup", 1, id + ": uid=0 from=<root>");
            line("qmgr", 2, id + ": from=<root@mx>, size=100, nrcpt=1 (queue active)");
            line("local", 3,
                 id
                     + ": to=<carol@mx>, relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to "
                       "mailbox)");
            line("qmgr", 2, id + ": removed");
        }
        // The first ids come back.
        line("pickup", 1, "ABCDEF0001: uid=0 from=<dave>");
        line("qmgr", 2, "ABCDEF0001: from=<dave@mx>, size=500, nrcpt=1 (queue active)");
        line("local", 3,
             "ABCDEF0001: to=<erin@mx>, relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to "
             "mailbox)");
        line("qmgr", 2, "ABCDEF0001: removed");
        const Built b = buildText(log);
        QCOMPARE(b.index->chainHeads().size(), qsizetype(others + 2));
        const QList<quint32> first = b.index->find("ABCDEF0001");
        QCOMPARE(first.size(), 2);
        QCOMPARE(b.index->chain(first[0]).size(), 2); // ABCDEF0001 → ABCDEF0002
        QCOMPARE(b.index->find("ABCDEF0002"), QList<quint32> {first[0]});
        QCOMPARE(b.index->chain(first[1]).size(), 1);
        QCOMPARE(b.index->string(b.index->row(first[1]).sender), QStringLiteral("dave@mx"));
        QCOMPARE(b.index->row(first[1]).status, JourneyStatus::Sent);
    }

    void smtpdSessionLinesBelongToTheMessage()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/basic")));
        const QList<quint32> heads = b.index->find("4B1C22A0F3");
        const QList<quint32> lines = b.index->chainLines(heads[0]);
        QVERIFY(b.index->lineText(lines.first()).contains("connect from mx.sender.example"));
        bool hasDisconnect = false;
        for (quint32 l : lines) {
            hasDisconnect = hasDisconnect || b.index->lineText(l).contains("disconnect from mx.sender.example");
        }
        QVERIFY(hasDisconnect);
    }

    void unparsedLinesAreKept()
    {
        const Built b = buildText("garbage\n"
                                  "Mar 25 08:00:05 mail kernel: x\n"
                                  "\n"
                                  "Mar 25 08:01:11 mail postfix/qmgr[815]: 4B1C22A0F3: removed\n");
        QCOMPARE(b.index->lines().size(), size_t(4));
        QCOMPARE(b.index->lineCount(LineKind::Unparsed), quint64(2));
        QCOMPARE(b.index->lineCount(LineKind::Foreign), quint64(1));
        QCOMPARE(b.index->lineCount(LineKind::Message), quint64(1));
        QCOMPARE(b.index->lineText(0), QByteArrayView("garbage"));
    }

    void deferredThenSent()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/basic")));
        const QList<quint32> heads = b.index->find("5D0E9A1B22");
        QCOMPARE(heads.size(), 1);
        const JourneyRow row = b.index->row(heads[0]);
        QCOMPARE(row.status, JourneyStatus::Sent);
        QCOMPARE(b.index->journeyDeliveries(heads[0]).size(), 2);
        // The smtp "connect to … timed out" line without a queue id joins the attempt after it.
        bool hasTimeoutLine = false;
        for (quint32 l : b.index->chainLines(heads[0])) {
            hasTimeoutLine = hasTimeoutLine
                || b.index->lineText(l).startsWith("Mar 25 10:00:30 mail postfix/smtp[1322]: connect to");
        }
        QVERIFY(hasTimeoutLine);
    }

    void rotationAcrossNewYear()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/rotation")));
        QCOMPARE(b.index->sources()->count(), 3);
        QVERIFY(b.index->sources()->path(0).endsWith(QLatin1String("maillog.2.gz")));
        const QList<quint32> heads = b.index->find("C3D4E5F6A7");
        QCOMPARE(heads.size(), 1);
        const JourneyRow row = b.index->row(heads[0]);
        QCOMPARE(row.status, JourneyStatus::Sent);
        const QDateTime first = QDateTime::fromSecsSinceEpoch(row.firstTime, QTimeZone::UTC);
        const QDateTime last = QDateTime::fromSecsSinceEpoch(row.lastTime, QTimeZone::UTC);
        QCOMPARE(first.date(), QDate(2024, 12, 31));
        QCOMPARE(last.date(), QDate(2025, 1, 1));
    }

    void longAndShortIdsPerHost()
    {
        const Built b = build(readCase(dataDir() + QStringLiteral("/rfc3339-multihost")));
        // The same short id on two hosts is two messages.
        const QList<quint32> heads = b.index->find("1111AAAA22");
        QCOMPARE(heads.size(), 2);
        QVERIFY(b.index->journeys()[heads[0]].host != b.index->journeys()[heads[1]].host);
        QCOMPARE(b.index->find("3Pv1Jn0nQqz9sMn").size(), 1);
        QCOMPARE(b.index->row(b.index->find("3Pv1Jn0nQqz9sMn").first()).status, JourneyStatus::Deferred);
    }
};

QTEST_GUILESS_MAIN(TestJourneys)
#include "test_journeys.moc"
