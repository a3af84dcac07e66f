// SPDX-License-Identifier: GPL-2.0-or-later
// bench_hosts — how long the hosts overview takes to refresh many hosts over SSH.
//
//   bench_hosts [--rounds R] [--target-ms T] HOST…
//
// Opens one SSH connection per HOST ([user@]host[:port]; the sandbox's loopback addresses
// 127.0.0.1 … 127.0.0.20 stand for 20 hosts, see bench_hosts.sh) as the overview does, in
// parallel, and keeps them open; then refreshes all of them R times (default 10): Postfix's
// state, the queue, the certificate and the journal since the last refresh, every host at
// once. Prints the time to connect, each refresh's time (median and worst), the slowest host's
// answer in each refresh, and whether the issue's target is met: 20 hosts refresh in at most
// T ms (default 2000) when each answers in at most 100 ms. Exit status 1 when a host fails or
// the target is missed.
#include "hosts/hostsoverview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Refreshes to time."), QStringLiteral("R"),
                                    QStringLiteral("10"));
    const QCommandLineOption target(QStringLiteral("target-ms"), QStringLiteral("Longest refresh allowed."),
                                    QStringLiteral("T"), QStringLiteral("2000"));
    parser.addOption(rounds);
    parser.addOption(target);
    parser.addPositionalArgument(QStringLiteral("hosts"), QStringLiteral("[user@]host[:port]…"));
    parser.addHelpOption();
    parser.process(app);
    QList<Mailroom::HostAddress> hosts;
    for (const QString &text : parser.positionalArguments()) {
        QString error;
        const auto h = Mailroom::HostAddress::parse(text, &error);
        if (!h.isValid()) {
            std::fprintf(stderr, "bench_hosts: %s\n", qPrintable(error));
            return 2;
        }
        hosts.append(h);
    }
    if (hosts.isEmpty()) {
        std::fprintf(stderr, "bench_hosts: no hosts given\n");
        return 2;
    }

    QEventLoop loop;
    QElapsedTimer timer;
    // The issue's condition first: how long one host takes to answer a refresh on its own (over
    // the link bench_hosts.sh set up), when nothing else asks the helper.
    qint64 aloneMs = -1;
    {
        Mailroom::HostsOverview one;
        QObject::connect(&one, &Mailroom::HostsOverview::connected, &loop, &QEventLoop::quit);
        QObject::connect(&one, &Mailroom::HostsOverview::refreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &one, [&] { one.setHosts({hosts.first()}); });
        loop.exec();
        QList<qint64> alone;
        for (int i = 0; i < 6 && one.statuses().constFirst().state == Mailroom::HostStatus::State::Ready; ++i) {
            QTimer::singleShot(0, &one, [&] { one.refresh(); });
            loop.exec();
            if (i > 0) { // the first refresh reads 24 hours of journal; the later ones what is new
                alone.append(one.statuses().constFirst().answerMs);
            }
        }
        if (!alone.isEmpty()) {
            std::sort(alone.begin(), alone.end());
            aloneMs = alone.at(alone.size() / 2);
            std::printf("one host alone answers a refresh in %lld ms (median of %d)\n", aloneMs, int(alone.size()));
        }
    }

    Mailroom::HostsOverview overview;
    QObject::connect(&overview, &Mailroom::HostsOverview::connected, &loop, &QEventLoop::quit);
    timer.start();
    QTimer::singleShot(0, &overview, [&] { overview.setHosts(hosts); });
    loop.exec();
    const qint64 connectMs = timer.elapsed();
    int failed = 0;
    for (const auto &s : overview.statuses()) {
        if (s.state != Mailroom::HostStatus::State::Ready) {
            std::printf("%s: %s\n", qPrintable(s.host.toString()), qPrintable(s.error));
            ++failed;
        }
    }
    std::printf("%d hosts connected in %lld ms (%d failed)\n", int(hosts.size()) - failed, connectMs, failed);

    QObject::disconnect(&overview, nullptr, &loop, nullptr);
    QObject::connect(&overview, &Mailroom::HostsOverview::refreshed, &loop, &QEventLoop::quit);
    QList<qint64> times;
    QList<qint64> slowestAnswers;
    const int n = qMax(1, parser.value(rounds).toInt());
    for (int i = 0; i < n; ++i) {
        QTimer::singleShot(0, &overview, [&] { overview.refresh(); });
        timer.start();
        loop.exec();
        times.append(timer.elapsed());
        qint64 slowest = 0;
        for (const auto &s : overview.statuses()) {
            if (s.state != Mailroom::HostStatus::State::Ready || !s.error.isEmpty()) {
                std::printf("round %d: %s: %s\n", i + 1, qPrintable(s.host.toString()), qPrintable(s.error));
                ++failed;
            }
            slowest = qMax(slowest, s.answerMs);
        }
        slowestAnswers.append(slowest);
        std::printf("refresh %2d: %5lld ms (slowest host answered in %lld ms)\n", i + 1, times.last(), slowest);
    }
    auto sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.at(sorted.size() / 2);
    const qint64 worst = sorted.last();
    const qint64 limit = parser.value(target).toLongLong();
    const qint64 slowestAnswer = *std::max_element(slowestAnswers.cbegin(), slowestAnswers.cend());
    std::printf("\n%d hosts, %d refreshes: median %lld ms, worst %lld ms; slowest single answer %lld ms\n",
                int(hosts.size()), n, median, worst, slowestAnswer);
    const bool met = failed == 0 && worst <= limit;
    std::printf("target: %d hosts refresh in <= %lld ms when one answers in <= 100 ms (here %lld ms): %s\n",
                int(hosts.size()), limit, aloneMs, met ? "met" : "NOT met");
    return met ? 0 : 1;
}
