// SPDX-License-Identifier: GPL-2.0-or-later
// bench_logs — how fast and how lean the mail log engine is, against pflogsumm and lnav.
//
//   bench_logs PATH [--size 1G] [--seed N] [--reuse] [--skip-lnav] [--skip-pflogsumm]
//
// Writes a realistic Postfix log of the given size to PATH (deterministic for a seed), then on
// that same file times: our parse + journey grouping + pflogsumm-compatible summary; pflogsumm;
// and lnav loading the file and scanning every parsed message with SQL. Checks that our report
// equals pflogsumm's, reports the index memory per line, and prints the ratios against the
// targets (≥40× pflogsumm, ≥5× lnav, ≤80 bytes/line). Not a ctest test: timings need a quiet
// machine, and the comparison against pflogsumm is tested by test_pflogsumm_compare.
#include "bench_logs_generator.h"
#include "bench_logs_report.h"
#include "logs/journeybuilder.h"
#include "logs/logsummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

using namespace Mailroom;

namespace {
qint64 parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('G'))) {
        factor = 1024LL * 1024 * 1024;
    } else if (t.endsWith(QLatin1Char('M'))) {
        factor = 1024LL * 1024;
    } else if (t.endsWith(QLatin1Char('K'))) {
        factor = 1024;
    }
    if (factor != 1) {
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? qint64(v * double(factor)) : -1;
}

// Anonymous resident memory: what the process allocated, not the mapped log pages.
qint64 rssAnonKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("RssAnon:")) {
            return line.mid(8).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

struct Timed
{
    double seconds = -1;
    QByteArray out;
    int exitCode = -1;
};

Timed runTimed(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted()) {
        return {};
    }
    QByteArray out;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(-1);
        out += p.readAllStandardOutput();
        p.readAllStandardError();
    }
    out += p.readAllStandardOutput();
    Timed t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    t.out = out;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    qint64 size = 1024LL * 1024 * 1024;
    quint64 seed = 20240325;
    bool reuse = false, skipLnav = false, skipPflogsumm = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            size = parseSize(args[++i]);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toULongLong();
        } else if (a == QLatin1String("--reuse")) {
            reuse = true;
        } else if (a == QLatin1String("--skip-lnav")) {
            skipLnav = true;
        } else if (a == QLatin1String("--skip-pflogsumm")) {
            skipPflogsumm = true;
        } else if (!a.startsWith(QLatin1String("--")) && path.isEmpty()) {
            path = a;
        } else {
            std::fprintf(stderr, "bench_logs: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (path.isEmpty() || size <= 0) {
        std::fprintf(stderr,
                     "usage: bench_logs PATH [--size 1G] [--seed N] [--reuse] [--skip-lnav] [--skip-pflogsumm]\n");
        return 2;
    }

    QDate lastDate;
    if (!(reuse && QFile::exists(path))) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_logs: cannot write %s\n", qPrintable(path));
            return 1;
        }
        Bench::LogGeneratorOptions options;
        options.seed = seed;
        options.targetBytes = size;
        QElapsedTimer t;
        t.start();
        const qint64 lines = Bench::generateMailLog(&out, options, &lastDate);
        out.close();
        std::printf("generated   %s: %lld lines, %.1f MiB in %.1f s (seed %llu)\n", qPrintable(path),
                    static_cast<long long>(lines), double(QFileInfo(path).size()) / 1048576.0,
                    double(t.elapsed()) / 1000, static_cast<unsigned long long>(seed));
    }
    const double mib = double(QFileInfo(path).size()) / 1048576.0;
    std::fflush(stdout);

    // Where the time goes: the line parser alone, then parse + journey grouping without totals.
    double group = -1;
    {
        auto src = std::make_shared<LogSourceSet>();
        QString err;
        if (src->addFile(path, &err)) {
            QElapsedTimer t;
            t.start();
            LogLineParser parser(lastDate);
            ParsedLine p;
            qint64 parsed = 0;
            const QByteArrayView data = src->data(0);
            const char *c = data.data();
            const char *const end = c + data.size();
            while (c < end) {
                const char *nl = static_cast<const char *>(std::memchr(c, '\n', size_t(end - c)));
                const char *e = nl ? nl : end;
                parsed += parser.parse(QByteArrayView(c, e - c), p) && LogLineParser::isPostfix(p);
                c = e + 1;
            }
            const double parseOnly = double(t.nsecsElapsed()) / 1e9;
            t.restart();
            JourneyBuilder b(src);
            b.setReferenceDate(lastDate);
            b.processAll();
            const auto idx = b.finish();
            group = double(t.nsecsElapsed()) / 1e9;
            std::printf("breakdown   line parser %.3f s (%lld Postfix lines), parse + group %.3f s (%.0f MiB/s)\n",
                        parseOnly, static_cast<long long>(parsed), group, mib / group);
        }
    }

    // Ours: map, parse, group, summarize — everything `mailroomctl log summary` does but printing.
    const qint64 rssBefore = rssAnonKiB();
    QElapsedTimer timer;
    timer.start();
    auto sources = std::make_shared<LogSourceSet>();
    QString error;
    if (!sources->addFile(path, &error)) {
        std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
        return 1;
    }
    LogSummary summary;
    JourneyBuilder builder(sources);
    builder.setReferenceDate(lastDate);
    builder.setSummary(&summary);
    builder.processAll();
    const std::shared_ptr<LogIndex> index = builder.finish();
    const double counted = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray ourReport = summary.pflogsummReport();
    const double ours = double(timer.nsecsElapsed()) / 1e9;
    const qint64 rssAfter = rssAnonKiB();
    const double lines = double(index->lines().size());
    const double bytesPerLine = double(index->memoryUsage()) / lines;
    const double rssPerLine = double(rssAfter - rssBefore) * 1024.0 / lines;
    std::printf("mailroom    %.3f s  (%.0f MiB/s, %.2f M lines/s) — %lld journeys, %lld lines\n", ours, mib / ours,
                lines / ours / 1e6, static_cast<long long>(index->chainHeads().size()),
                static_cast<long long>(index->lines().size()));
    std::printf("            of which parse + group + counting %.3f s, formatting the pflogsumm report %.3f s\n",
                counted, ours - counted);
    std::printf("memory      index %.1f bytes/line (target ≤ 80), process anonymous memory +%.1f bytes/line\n",
                bytesPerLine, rssPerLine);
    std::fflush(stdout);

    int rc = 0;
    if (!skipPflogsumm) {
        const Timed p = runTimed(QStringLiteral("perl"), {QStringLiteral("/usr/sbin/pflogsumm"), path});
        if (p.exitCode != 0) {
            std::printf("pflogsumm   failed to run\n");
            rc = 1;
        } else {
            const QString diff = Bench::firstDifference(Bench::normalizedPflogsummReport(ourReport),
                                                        Bench::normalizedPflogsummReport(p.out));
            std::printf("pflogsumm   %.3f s  → mailroom (same report) is %.1f× faster, parse + group alone %.1f× "
                        "(target ≥ 40×); reports %s\n",
                        p.seconds, p.seconds / ours, p.seconds / group, diff.isEmpty() ? "IDENTICAL" : "DIFFER");
            if (!diff.isEmpty()) {
                std::printf("%s", qPrintable(diff));
                rc = 1;
            }
        }
        std::fflush(stdout);
    }
    if (!skipLnav) {
        // lnav indexes the whole file on load; the SQL query makes it parse every message's fields.
        const QString lnav = QStandardPaths::findExecutable(QStringLiteral("lnav"));
        const QStringList lnavArgs {QStringLiteral("-n"), QStringLiteral("-c"),
                                    QStringLiteral(";SELECT count(*), count(DISTINCT log_procname) FROM syslog_log"),
                                    path};
        const Timed l = lnav.isEmpty() ? Timed {} : runTimed(lnav, lnavArgs);
        if (l.exitCode != 0) {
            std::printf("lnav        failed to run\n");
        } else {
            std::printf("lnav        %.3f s  → mailroom parse + group is %.1f× faster, with the summary %.1f× "
                        "(target ≥ 5×); lnav said: %s\n",
                        l.seconds, l.seconds / group, l.seconds / ours, l.out.simplified().constData());
        }
    }
    return rc;
}
