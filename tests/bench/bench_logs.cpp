// SPDX-License-Identifier: GPL-2.0-or-later
// bench_logs — how fast and how lean the mail log engine is, against pflogsumm and lnav.
//
//   bench_logs PATH [--size 1G] [--seed N] [--runs 3] [--tool-runs 1] [--reuse] [--skip-lnav]
//              [--skip-pflogsumm]
//
// Writes a realistic Postfix log of the given size to PATH (deterministic for a seed; --reuse
// keeps an existing one), then on that same file times, best of --runs: our parse + journey
// grouping, + the pflogsumm-compatible summary, + its report, + the journeys table's rows, on one
// thread and on two (lines parsed on a second thread while the first groups them; the summary on
// a thread of its own); then pflogsumm and lnav (loading the file and
// scanning every parsed message with SQL), best of --tool-runs. Checks that our report equals
// pflogsumm's, reports the memory per line, and prints the ratios against the targets (≥40×
// pflogsumm, ≥5× lnav, ≤80 bytes/line). The machine is shared: best-of-N keeps other load out of
// both sides. Not a ctest test: timings need a quiet machine, and the comparison against
// pflogsumm is tested by test_pflogsumm_compare.
#include "bench_logs_generator.h"
#include "bench_logs_report.h"
#include "logs/journeybuilder.h"
#include "logs/journeymodel.h"
#include "logs/logsummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <sys/resource.h>

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

// CPU seconds this process used so far (all threads, user and system).
double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
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
    int runs = 3, toolRuns = 1;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            size = parseSize(args[++i]);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toULongLong();
        } else if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (a == QLatin1String("--tool-runs") && i + 1 < args.size()) {
            toolRuns = std::max(1, args[++i].toInt());
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
                     "usage: bench_logs PATH [--size 1G] [--seed N] [--runs 3] [--tool-runs 1] [--reuse] [--skip-lnav] "
                     "[--skip-pflogsumm]\n");
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

    // Ours, best of `runs`: map, parse, group (the journeys table's data), then the
    // pflogsumm-compatible summary, then its report — everything `mailroomctl log summary` does
    // but printing. Once with the summary fed line by line on the grouping thread (one core),
    // once with the summary on a thread of its own (two cores).
    struct OurRun
    {
        double group = 1e300; // parse + group alone, no summary
        double groupCpu = 1e300; // CPU seconds of all threads for parse + group
        double summarized = 1e300; // parse + group + summary totals
        double reported = 1e300; // … + the formatted report
        double rows = 1e300; // the journeys table's rows from the finished index
        double cpu = 1e300; // CPU seconds of all threads for parse + group + summary
    };
    OurRun single, threaded;
    QByteArray ourReport;
    qint64 journeys = 0, lines = 0;
    double bytesPerLine = 0, rssPerLine = 0;
    for (int run = 0; run < runs; ++run) {
        for (const bool twoThreads : {false, true}) {
            OurRun &best = twoThreads ? threaded : single;
            const qint64 rssBefore = rssAnonKiB();
            QElapsedTimer timer;
            timer.start();
            auto sources = std::make_shared<LogSourceSet>();
            QString error;
            if (!sources->addFile(path, &error)) {
                std::fprintf(stderr, "bench_logs: %s\n", qPrintable(error));
                return 1;
            }
            {
                // Grouping alone (what the journeys table needs), without the totals: on one
                // thread, or parsing on a second thread while the first groups.
                const double groupCpuBefore = cpuSeconds();
                JourneyBuilder b(sources);
                b.setReferenceDate(lastDate);
                b.setParseThread(twoThreads);
                b.processAll();
                const auto idx = b.finish();
                best.group = std::min(best.group, double(timer.nsecsElapsed()) / 1e9);
                best.groupCpu = std::min(best.groupCpu, cpuSeconds() - groupCpuBefore);
                timer.restart();
            }
            const double cpuBefore = cpuSeconds();
            LogSummary summary;
            JourneyBuilder builder(sources);
            builder.setReferenceDate(lastDate);
            builder.setParseThread(twoThreads);
            builder.setSummary(&summary, twoThreads);
            builder.processAll();
            const std::shared_ptr<LogIndex> index = builder.finish();
            const double summarized = double(timer.nsecsElapsed()) / 1e9;
            best.cpu = std::min(best.cpu, cpuSeconds() - cpuBefore);
            const QByteArray report = summary.pflogsummReport();
            const double reported = double(timer.nsecsElapsed()) / 1e9;
            best.summarized = std::min(best.summarized, summarized);
            best.reported = std::min(best.reported, reported);
            timer.restart();
            {
                JourneyModel model;
                model.setIndex(index);
                best.rows = std::min(best.rows, double(timer.nsecsElapsed()) / 1e9);
            }
            if (run == 0 && !twoThreads) {
                ourReport = report;
                journeys = index->chainHeads().size();
                lines = qint64(index->lines().size());
                bytesPerLine = double(index->memoryUsage()) / double(lines);
                ::malloc_trim(0); // count what is held, not what the allocator keeps
                rssPerLine = double(rssAnonKiB() - rssBefore) * 1024.0 / double(lines);
            }
        }
    }
    // Where the time goes: the summary alone on this thread (what the second thread does).
    double summaryAlone = 1e300;
    for (int run = 0; run < runs; ++run) {
        LogSourceSet src;
        QString error;
        src.addFile(path, &error);
        QElapsedTimer t;
        t.start();
        LogSummary summary;
        summary.reserveFor(src.totalSize());
        summary.addText(src.data(0), lastDate.isValid() ? lastDate : src.modified(0).date());
        summaryAlone = std::min(summaryAlone, double(t.nsecsElapsed()) / 1e9);
    }
    std::printf("breakdown   the summary alone (parsing lines itself) %.3f s\n", summaryAlone);
    std::printf("mailroom    %lld journeys, %lld lines; best of %d runs:\n", static_cast<long long>(journeys),
                static_cast<long long>(lines), runs);
    for (const bool twoThreads : {false, true}) {
        const OurRun &r = twoThreads ? threaded : single;
        std::printf("  %s  parse + group %.3f s (%.0f MiB/s, CPU %.3f s), + summary %.3f s (CPU %.3f s), + report "
                    "%.3f s; table rows +%.3f s\n",
                    twoThreads ? "2 threads" : "1 thread ", r.group, mib / r.group, r.groupCpu, r.summarized, r.cpu,
                    r.reported, r.rows);
    }
    std::printf("memory      index %.1f bytes/line (target ≤ 80), process anonymous memory +%.1f bytes/line\n",
                bytesPerLine, rssPerLine);
    std::fflush(stdout);

    int rc = 0;
    if (!skipPflogsumm) {
        Timed best;
        for (int run = 0; run < toolRuns; ++run) {
            const Timed p = runTimed(QStringLiteral("perl"), {QStringLiteral("/usr/sbin/pflogsumm"), path});
            if (p.exitCode != 0) {
                best = p;
                break;
            }
            if (best.exitCode != 0 || p.seconds < best.seconds) {
                best = p;
            }
        }
        if (best.exitCode != 0) {
            std::printf("pflogsumm   failed to run\n");
            rc = 1;
        } else {
            const QString diff = Bench::firstDifference(Bench::normalizedPflogsummReport(ourReport),
                                                        Bench::normalizedPflogsummReport(best.out));
            std::printf("pflogsumm   %.3f s (best of %d); reports %s. Mailroom is faster by (target ≥ 40×):\n",
                        best.seconds, toolRuns, diff.isEmpty() ? "IDENTICAL" : "DIFFER");
            for (const bool twoThreads : {false, true}) {
                const OurRun &r = twoThreads ? threaded : single;
                std::printf("  %s  parse + group %.1f×, + summary %.1f×, + report %.1f×, + table rows %.1f×\n",
                            twoThreads ? "2 threads" : "1 thread ", best.seconds / r.group, best.seconds / r.summarized,
                            best.seconds / r.reported, best.seconds / (r.summarized + r.rows));
            }
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
        Timed best;
        for (int run = 0; run < toolRuns && !lnav.isEmpty(); ++run) {
            const Timed l = runTimed(lnav, lnavArgs);
            if (l.exitCode != 0) {
                best = l;
                break;
            }
            if (best.exitCode != 0 || l.seconds < best.seconds) {
                best = l;
            }
        }
        if (best.exitCode != 0) {
            std::printf("lnav        failed to run\n");
        } else {
            std::printf("lnav        %.3f s (best of %d); lnav said: %s. Mailroom is faster by (target ≥ 5×):\n",
                        best.seconds, toolRuns, best.out.simplified().constData());
            for (const bool twoThreads : {false, true}) {
                const OurRun &r = twoThreads ? threaded : single;
                std::printf("  %s  parse + group %.1f×, + summary %.1f×, + report %.1f×\n",
                            twoThreads ? "2 threads" : "1 thread ", best.seconds / r.group, best.seconds / r.summarized,
                            best.seconds / r.reported);
            }
        }
    }
    return rc;
}
