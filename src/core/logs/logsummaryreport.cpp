// SPDX-License-Identifier: GPL-2.0-or-later
// LogSummary's pflogsumm report; the counting is in logsummary.cpp.
#include "logs/logsummary.h"
#include "logs/pflogsummformat.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <thread>

namespace Mailroom {

using namespace PflogsummFormat;

namespace {
const char *const monthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
} // namespace

QByteArray LogSummary::detailText(CounterId counter, int levels, const QByteArray &title) const
{
    const std::vector<Row> rows = sortedRows(m_counters[size_t(counter)]);
    if (rows.empty()) {
        return "\n" + title + ": none\n";
    }
    QByteArray out = "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
    // Each group of rows that share the parts before the last level: a heading with their total,
    // then the last level's keys by count. With three levels, a line of the first part above its
    // groups.
    const size_t leaf = size_t(levels - 1);
    const QByteArray headingIndent = levels == 3 ? "    " : "  ";
    const QByteArray listIndent = levels == 3 ? "      " : "    ";
    auto bytes = [](std::string_view v) {
        return QByteArrayView(v.data(), qsizetype(v.size()));
    };
    std::vector<CountEntry> entries;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size()
               && std::equal(rows[j].part.begin(), rows[j].part.begin() + qsizetype(leaf), rows[i].part.begin())) {
            ++j;
        }
        if (levels == 3 && (i == 0 || rows[i].part[0] != rows[i - 1].part[0])) {
            out.append("  ").append(bytes(rows[i].part[0])).append('\n');
        }
        qint64 total = 0;
        entries.clear();
        for (size_t k = i; k < j; ++k) {
            total += rows[k].value;
            entries.push_back({double(rows[k].value), rows[k].part[leaf], {}});
        }
        out.append(headingIndent).append(bytes(rows[i].part[leaf - 1])).append(" (total: ");
        out.append(QByteArray::number(total)).append(")\n");
        out += countLines(entries, listIndent);
        i = j;
    }
    return out;
}

QByteArray LogSummary::pflogsummReport() const
{
    auto units = [](double value, char *unit) {
        *unit = ' ';
        if (value > 536870912) {
            value /= 1048576;
            *unit = 'm';
        } else if (value > 524288) {
            value /= 1024;
            *unit = 'k';
        }
        return static_cast<long long>(value);
    };
    auto line = [](const QByteArray &number, const char *label) {
        return " " + number + "  " + label + "\n";
    };

    // The problem details (nested maps built from the counters) meanwhile, on a thread of their own,
    // like the senders' lists below: a busy log's report lists a million lines. A small report is
    // written on this thread alone: starting threads would cost more than they save (a followed
    // log's summary is written again and again).
    constexpr size_t ThreadFrom = 20000; // entries of the lists a thread writes
    size_t problemEntries = 0;
    for (const Counter &counter : m_counters) {
        problemEntries += counter.size();
    }
    // work on a thread of its own when `threaded`, joined when the result is destroyed; else now.
    auto beside = [](bool threaded, auto work) {
        std::optional<std::jthread> thread;
        if (threaded) {
            thread.emplace(std::move(work));
        } else {
            work();
        }
        return thread;
    };
    QByteArray problems;
    std::optional<std::jthread> problemsThread = beside(problemEntries >= ThreadFrom, [&] {
        problems += detailText(DeferralReasons, 2, "message deferral detail");
        problems += detailText(BounceReasons, 2, "message bounce detail (by relay)");
        problems += detailText(Rejects, 3, "message reject detail");
        problems += detailText(Warns, 3, "message reject warning detail");
        problems += detailText(Holds, 3, "message hold detail");
        problems += detailText(Discards, 3, "message discard detail");
        problems += detailText(SmtpFailures, 2, "smtp delivery failures");
        problems += detailText(Warnings, 2, "Warnings");
        problems += detailText(Fatals, 2, "Fatal Errors");
        problems += detailText(Panics, 2, "Panics");
        if (m_counters[Master].empty()) {
            problems += "\nMaster daemon messages: none\n";
        } else {
            const QByteArray title = "Master daemon messages";
            problems += "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
            std::vector<CountEntry> entries;
            for (const Row &row : sortedRows(m_counters[Master])) {
                entries.push_back({double(row.value), row.part[0], {}});
            }
            problems += countLines(entries, " ");
        }
    });
    QByteArray out = subsectionTitle("Grand Totals");
    out += "messages\n\n";
    out += line(intUnits(m_received), "received");
    out += line(intUnits(m_delivered), "delivered");
    out += line(intUnits(m_forwarded), "forwarded");
    out += " " + intUnits(m_deferredMessages) + "  deferred";
    if (m_deferrals > 0) {
        char u;
        const long long v = units(m_deferrals, &u);
        out += "  (" + QByteArray::number(v) + u + " deferrals)";
    }
    out += "\n";
    out += line(intUnits(m_bounced), "bounced");
    out += " " + intUnits(m_rejected) + "  rejected (" + QByteArray::number(rejectedPercent()) + "%)\n";
    out += line(intUnits(m_rejectWarnings), "reject warnings");
    out += line(intUnits(m_held), "held");
    out += " " + intUnits(m_discarded) + "  discarded (" + QByteArray::number(discardedPercent()) + "%)\n";
    out += "\n";
    out += line(intUnits(m_bytesReceived), "bytes received");
    out += line(intUnits(m_bytesDelivered), "bytes delivered");
    out += line(intUnits(double(m_senderCount)), "senders");
    out += line(intUnits(double(m_sendingDomainCount)), "sending hosts/domains");
    out += line(intUnits(double(m_recipientCount)), "recipients");
    out += line(intUnits(double(m_recipientDomainCount)), "recipient hosts/domains");
    out += "\n";

    if (m_dayCount > 1) {
        out += subsectionTitle("Per-Day Traffic Summary");
        out += "    date          received  delivered   deferred    bounced     rejected\n"
               "    --------------------------------------------------------------------\n";
        for (const auto &[key, day] : m_perDay) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "    %s %2d %d", monthNames[(key / 100) % 100 - 1], key % 100, key / 10000);
            out += buf;
            for (int c = 0; c < day.columns; ++c) {
                out += "    " + intUnits(day.counts[size_t(c)]);
            }
            out += "\n";
        }
    }

    out += subsectionTitle(m_dayCount > 1 ? "Per-Hour Traffic Daily Average" : "Per-Hour Traffic Summary");
    out += "    time          received  delivered   deferred    bounced     rejected\n"
           "    --------------------------------------------------------------------\n";
    for (int hour = 0; hour < 24; ++hour) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "    %02d00-%02d00  ", hour, hour + 1);
        out += buf;
        for (double value : m_perHour[size_t(hour)]) {
            if (m_dayCount) {
                value = value / m_dayCount + 0.5;
            }
            out += "    " + intUnits(value);
        }
        out += "\n";
    }

    // Host/domain summaries: by count, then size, highest first (pflogsumm leaves ties unordered).
    auto byCountThenSize = [](const QMap<QByteArray, Traffic> &map) {
        QList<std::pair<QByteArray, Traffic>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            list.append({it.key(), it.value()});
        }
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            if (a.second.count != b.second.count) {
                return a.second.count > b.second.count;
            }
            return a.second.size > b.second.size;
        });
        return list;
    };
    out += subsectionTitle("Host/Domain Summary: Message Delivery ");
    out += " sent cnt  bytes   defers   avg dly max dly host/domain\n"
           " -------- -------  -------  ------- ------- -----------\n";
    for (const auto &[domain, t] : byCountThenSize(recipientDomainTraffic())) {
        const double avg = t.count ? t.delaySum / t.count : 0;
        out += " " + intUnits(t.count) + "  " + intUnits(t.size) + "  " + intUnits(t.defers) + "  " + timeUnits(avg)
            + "  " + timeUnits(t.delayMax) + "  " + domain + "\n";
    }
    out += subsectionTitle("Host/Domain Summary: Messages Received ");
    out += " msg cnt   bytes   host/domain\n"
           " -------- -------  -----------\n";
    for (const auto &[domain, t] : byCountThenSize(sendingDomainTraffic())) {
        out += " " + intUnits(t.count) + "  " + intUnits(t.size) + "  " + domain + "\n";
    }

    // Senders and recipients by count and by size: one normalize_host() per address for both
    // lists, and the senders' on a thread of their own (a busy log's report lists a million
    // addresses, sorted twice each).
    auto userData = [](const StringMap<Traffic> &map, const QByteArray &countTitle, const QByteArray &sizeTitle) {
        if (map.empty()) {
            return std::pair<QByteArray, QByteArray>("\n" + countTitle + ": none\n", "\n" + sizeTitle + ": none\n");
        }
        std::vector<CountEntry> entries;
        entries.reserve(map.size());
        for (const auto &[key, t] : map) {
            entries.push_back({t.count, key, Perl::normalizeHost(key), t.size});
        }
        rankByName(entries); // two lists of the same entries follow
        QByteArray byCount
            = "\n" + countTitle + "\n" + QByteArray(countTitle.size(), '-') + "\n" + sortedCountLines(entries, " ");
        for (CountEntry &e : entries) {
            std::swap(e.value, e.other);
        }
        QByteArray bySize
            = "\n" + sizeTitle + "\n" + QByteArray(sizeTitle.size(), '-') + "\n" + sortedCountLines(entries, " ");
        return std::pair(std::move(byCount), std::move(bySize));
    };
    std::pair<QByteArray, QByteArray> senders;
    std::optional<std::jthread> sendersThread = beside(m_senders.size() >= ThreadFrom, [&] {
        senders = userData(m_senders, "Senders by message count", "Senders by message size");
    });
    const auto recipients = userData(m_recipients, "Recipients by message count", "Recipients by message size");
    sendersThread.reset(); // joined
    out += senders.first;
    out += recipients.first;
    out += senders.second;
    out += recipients.second;

    if (!m_noSize.isEmpty()) {
        const QByteArray title = "Messages with no size data";
        out += "\n" + title + "\n" + QByteArray(title.size(), '-') + "\n";
        for (auto it = m_noSize.cbegin(); it != m_noSize.cend(); ++it) {
            out += " " + it.key() + "  " + it.value() + "\n";
        }
    }
    problemsThread.reset(); // joined
    out += problems;
    return out;
}

} // namespace Mailroom
