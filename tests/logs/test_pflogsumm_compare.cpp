// SPDX-License-Identifier: GPL-2.0-or-later
// Sandbox test: the real pflogsumm and LogSummary must print the same report for the same log.
// pflogsumm takes the year of a syslog date from the clock ("a month after this one is last
// year's"); it runs under faketime at our reference date, so the comparison holds on any day.
#include "../bench/bench_logs_generator.h"
#include "../bench/bench_logs_report.h"
#include "logs/journeybuilder.h"
#include "logs/logsummary.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mailroom;

namespace {
const QString pflogsumm = QStringLiteral("/usr/sbin/pflogsumm");
const QString faketime = QStringLiteral("/usr/bin/faketime");

QByteArray runPflogsumm(const QString &file, QDate reference)
{
    QProcess p;
    // Noon of the reference day in the local time zone, as our side reads it.
    const QString clock = QStringLiteral("@%1 12:00:00").arg(reference.toString(Qt::ISODate));
    p.start(faketime, {QStringLiteral("-f"), clock, QStringLiteral("perl"), pflogsumm, file});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

QByteArray ourReport(const QString &file, QDate reference)
{
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(file, &error)) {
        qWarning() << error;
        return {};
    }
    LogSummary summary;
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.setSummary(&summary);
    builder.processAll();
    return summary.pflogsummReport();
}
} // namespace

class TestPflogsummCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(pflogsumm), "pflogsumm is part of the sandbox; it must be installed");
        QVERIFY2(QFile::exists(faketime), "faketime is part of the sandbox; it must be installed");
    }

    void sameReport_data()
    {
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QDate>("reference");
        const QString data = QFINDTESTDATA("../data/logs");
        QTest::newRow("basic") << QStringList {data + QStringLiteral("/basic/maillog")} << QDate(2024, 3, 26);
        QTest::newRow("rfc3339-multihost")
            << QStringList {data + QStringLiteral("/rfc3339-multihost/maillog")} << QDate(2024, 3, 26);
        QTest::newRow("rotation") << LogSourceSet::withRotations(data + QStringLiteral("/rotation/maillog"))
                                  << QDate(2025, 1, 2);
        // spamd and spamass-milter lines among Postfix's (a milter-reject counts as a reject).
        QTest::newRow("spam") << QStringList {data + QStringLiteral("/spam/maillog")} << QDate(2026, 12, 6);
        QTest::newRow("generated") << QStringList() << QDate();
    }
    void sameReport()
    {
        QFETCH(QStringList, inputs);
        QFETCH(QDate, reference);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("maillog"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (inputs.isEmpty()) {
            // A few megabytes of generated traffic: interleaved sessions, filters, rejects, retries.
            Bench::LogGeneratorOptions options;
            options.targetBytes = 4 * 1024 * 1024;
            options.seed = 7;
            QVERIFY(Bench::generateMailLog(&out, options, &reference) > 10000);
        } else {
            // pflogsumm reads no gzip: hand it the same bytes we read, oldest file first.
            LogSourceSet sources;
            for (const QString &input : inputs) {
                QString error;
                QVERIFY2(sources.addFile(input, &error), qPrintable(error));
            }
            for (int s = 0; s < sources.count(); ++s) {
                out.write(sources.data(s).toByteArray());
            }
        }
        out.close();
        QVERIFY(reference.isValid());
        const QByteArray theirs = runPflogsumm(file, reference);
        QVERIFY(!theirs.isEmpty());
        const QByteArray ours = ourReport(file, reference);
        const QString diff
            = Bench::firstDifference(Bench::normalizedPflogsummReport(ours), Bench::normalizedPflogsummReport(theirs));
        if (!diff.isEmpty()) {
            QFile keep(QDir::temp().filePath(
                QStringLiteral("pflogsumm-%1.txt").arg(QString::fromLatin1(QTest::currentDataTag()))));
            if (keep.open(QIODevice::WriteOnly)) {
                keep.write(theirs);
            }
            QFAIL(qPrintable(diff));
        }
    }
};

QTEST_GUILESS_MAIN(TestPflogsummCompare)
#include "test_pflogsumm_compare.moc"
