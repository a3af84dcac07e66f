// SPDX-License-Identifier: GPL-2.0-or-later
// Counting a log on several threads: each range of lines into a summary of its own, merged so that
// the totals are exactly one thread's. Nearly all of pflogsumm's totals are sums (or maxima) and
// merge by adding; three things depend on what came before a line:
// - the day count (a new day is counted where the day of the month changes),
// - per queue id state ($msgSizes, $rcvdMsg, $msgDfrdFlgs): a later range starts every queue id
//   as unseen; where the earlier range left one otherwise (a message whose lines straddle the
//   split, a queue id used again), that id's lines of the later range are read again, once from
//   the unseen state and once from the earlier range's, and the difference corrects the totals,
// - floating-point sums and pflogsumm's "max" of delays per domain, whose results depend on the
//   order of additions: they are repeated in the later range's order on the earlier's values.
#include "logs/logsummary.h"

#include "logs/lineranges.h"
#include "logs/logfacts.h"
#include "logs/loglineparser.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <thread>

#include <sys/mman.h>
#include <unistd.h>

namespace Mailroom {

namespace {
// Maps a mapped file's pages of the text at once (the kernel's MADV_POPULATE_READ): faulting a
// page-cached file in page by page costs several times as much, the more so on a virtual machine.
// Harmless for memory that is no file mapping, and where the kernel does not know the advice.
void populate(QByteArrayView text)
{
#ifdef MADV_POPULATE_READ
    const auto page = uintptr_t(::sysconf(_SC_PAGESIZE));
    const uintptr_t begin = uintptr_t(text.data()) & ~(page - 1);
    const uintptr_t end = uintptr_t(text.data() + text.size());
    if (text.size() > 0) {
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_READ);
    }
#else
    Q_UNUSED(text);
#endif
}
} // namespace

void LogSummary::beginContinuation()
{
    m_continuation = true;
}

void LogSummary::addTexts(const std::vector<TextPart> &parts, int threads, const std::atomic_bool *cancel,
                          qint64 minRange)
{
    qint64 total = 0;
    for (const TextPart &part : parts) {
        total += part.text.size();
    }
    // Below a few megabytes per thread, starting threads and merging cost more than they save.
    threads = int(std::clamp<qint64>(std::min<qint64>(threads, total / std::max<qint64>(1, minRange)), 1, 16));
    if (threads == 1) {
        reserveFor(total);
        for (const TextPart &part : parts) {
            populate(part.text);
            addText(part.text, part.referenceDate, cancel);
        }
        return;
    }

    // Ranges of about total / threads bytes of all texts together, each ending at the end of a
    // line or of a text; a range can span texts. Each thread reads its range in blocks and then
    // takes the later half of whatever range has most left (LineRanges), so that the cores finish
    // together however fast each one reads (one range of a log can be slower to count, a core
    // can be slower for a while on a shared machine).
    std::vector<qint64> starts; // of each part, in all texts together
    for (qint64 at = 0; const TextPart &part : parts) {
        starts.push_back(at);
        at += part.text.size();
    }
    auto partAt = [&](qint64 at) {
        return size_t(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
    };
    // The offset after the first line end at or after `at`; a text's start and end count as ones.
    auto lineEnd = [&](qint64 at) -> qint64 {
        if (at >= total) {
            return total;
        }
        const size_t p = partAt(at);
        const QByteArrayView text = parts[p].text;
        const qint64 local = at - starts[p];
        if (local == 0) {
            return at; // a text's start
        }
        const char *nl = static_cast<const char *>(std::memchr(text.data() + local, '\n', size_t(text.size() - local)));
        return starts[p] + (nl ? nl - text.data() + 1 : text.size());
    };
    std::vector<qint64> cuts {0};
    for (int r = 1; r < threads; ++r) {
        const qint64 cut = total * r / threads;
        cuts.push_back(std::max(cuts.back(), cut > 0 && cut < total ? lineEnd(cut) : cut));
    }
    cuts.push_back(total);
    // Blocks of a quarter of the least a thread is given: small enough that the cores end within
    // a few milliseconds of each other, large enough that handing them out costs nothing.
    LineRanges ranges(cuts, std::max<qint64>(1, minRange / 4), lineEnd);

    // Reads range r into the summary, block by block.
    auto count = [&](LogSummary &summary, size_t r) {
        qint64 from = 0, to = 0;
        while (!(cancel && cancel->load(std::memory_order_relaxed)) && ranges.next(r, &from, &to)) {
            for (size_t p = partAt(from); p < parts.size() && starts[p] < to; ++p) {
                const qint64 begin = std::max(from, starts[p]) - starts[p];
                const qint64 end = std::min(to, starts[p] + parts[p].text.size()) - starts[p];
                if (begin < end) {
                    const QByteArrayView text = parts[p].text.sliced(begin, end - begin);
                    populate(text);
                    summary.addText(text, parts[p].referenceDate, cancel);
                }
            }
        }
    };
    // A summary of its own for each range after the first, with where it begins.
    struct Later
    {
        qint64 begin = 0;
        std::unique_ptr<LogSummary> summary;
    };
    auto continuation = [&](size_t r) {
        auto summary = std::make_unique<LogSummary>(m_syslogName);
        summary->beginContinuation();
        summary->setCollectFacts(m_facts != nullptr);
        summary->reserveFor(ranges.bytes(r)); // on the thread that fills it: its core clears the pages
        return Later {ranges.begin(r), std::move(summary)};
    };
    // After its own range, a thread takes the later halves of the others' until none is worth it.
    auto countAndSteal = [&](std::vector<Later> &mine) {
        while (!(cancel && cancel->load(std::memory_order_relaxed))) {
            const qint64 r = ranges.steal();
            if (r < 0) {
                return;
            }
            mine.push_back(continuation(size_t(r)));
            count(*mine.back().summary, size_t(r));
        }
    };
    std::vector<std::vector<Later>> laterOf(static_cast<size_t>(threads)); // each thread's summaries
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t) {
        workers.emplace_back([&, t] {
            pthread_setname_np(pthread_self(), "LogSummary");
            std::vector<Later> &mine = laterOf[size_t(t)];
            mine.push_back(continuation(size_t(t)));
            count(*mine.back().summary, size_t(t));
            countAndSteal(mine);
        });
    }
    // This summary's tables are sized for every range: the others' queue ids are merged into it,
    // and a table sized for its own range would be copied into one twice as large during the
    // merge, on one thread (a busy log's queue-id table is far larger than the caches either way).
    reserveFor(total);
    count(*this, 0);
    countAndSteal(laterOf[0]);
    for (std::thread &worker : workers) {
        worker.join();
    }
    if (cancel && cancel->load()) {
        return;
    }
    std::vector<Later> later;
    for (std::vector<Later> &mine : laterOf) {
        std::move(mine.begin(), mine.end(), std::back_inserter(later));
    }
    std::sort(later.begin(), later.end(), [](const Later &a, const Later &b) { return a.begin < b.begin; });
    for (const Later &l : later) {
        merge(*l.summary);
    }
}

void LogSummary::merge(LogSummary &later)
{
    // Queue ids first: where a queue id was in both ranges, this corrects `later`'s totals. The
    // problem counters and facts, which no queue id changes, meanwhile on a thread of their own
    // when there are many (a busy log's halves: a tenth of a second each way).
    auto rest = [this, &later] {
        mergeCounters(later);
        if (m_facts && later.m_facts) {
            m_facts->merge(*later.m_facts);
        }
    };
    size_t counted = 0;
    for (const Counter &counter : later.m_counters) {
        counted += counter.size();
    }
    std::optional<std::jthread> beside;
    if (counted >= 20000) {
        beside.emplace(rest);
    } else {
        rest();
    }
    mergeQueues(later);
    mergeTotals(later);
    beside.reset(); // joined
    m_details.reset();
    later.m_queueLines = {};
    later.m_domainDelays = {};
}

void LogSummary::mergeQueues(LogSummary &later)
{
    std::vector<quint32> internedHere(later.m_interned.size() + 1, 0); // later's id → this one's
    for (size_t i = 0; i < later.m_interned.size(); ++i) {
        internedHere[i + 1] = intern(later.m_interned[i]);
    }
    // Queue ids the later range saw unseen while this one left them in another state.
    std::vector<QByteArray> straddling;
    std::vector<const QueueState *> straddlingLater;
    auto take = [&](QueueState &here, const QueueState &there, QByteArrayView qid) {
        if (here.isSet()) {
            straddling.push_back(qid.toByteArray());
            straddlingLater.push_back(&there);
            return;
        }
        const quint32 lastLine = here.lastLine;
        here = there;
        here.receivedFrom = internedHere[there.receivedFrom];
        here.lastLine = lastLine;
    };
    later.m_queue.forEach([&](const ShortKey &key, const QueueState &there) {
        if (there.isSet() || m_queue.find(key)) {
            take(m_queue[key], there, key.text());
        }
    });
    for (const auto &[qid, there] : later.m_longQueue) {
        take(m_longQueue[qid], there, QByteArrayView(qid.data(), qsizetype(qid.size())));
    }
    if (straddling.empty()) {
        return;
    }

    // Their lines of the later range, in order, read once from the state the later range assumed
    // (none) and once from this range's: the difference is what the later totals lack or have
    // too much. Only totals that depend on the queue state are taken from these two.
    // In the order they were read: by their place in m_queueLines, not by the text's address (a
    // range can span texts, each mapped where the kernel chose). A line read twice is replayed once.
    std::vector<const QueueLine *> lines;
    for (const QueueState *st : straddlingLater) {
        for (quint32 i = st->lastLine; i != 0; i = later.m_queueLines[i - 1].previous) {
            lines.push_back(&later.m_queueLines[i - 1]);
        }
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end(),
                            [](const QueueLine *a, const QueueLine *b) { return a->begin == b->begin; }),
                lines.end());
    LogSummary assumed(m_syslogName), actual(m_syslogName);
    for (const QByteArray &qid : straddling) {
        const QueueState &here = queue(qid);
        QueueState &st = actual.queue(qid);
        st = here;
        st.receivedFrom = here.receivedFrom ? actual.intern(m_interned[here.receivedFrom - 1]) : 0;
        st.lastLine = 0;
    }
    const LogLineParser parser(QDate(2000, 1, 1)); // the year does not matter to queue state
    for (const QueueLine *line : lines) {
        assumed.addRange(QByteArrayView(line->begin, line->length), parser, nullptr);
        actual.addRange(QByteArrayView(line->begin, line->length), parser, nullptr);
    }
    later.m_bytesReceived += actual.m_bytesReceived - assumed.m_bytesReceived;
    later.m_bytesDelivered += actual.m_bytesDelivered - assumed.m_bytesDelivered;
    later.m_deferredMessages += actual.m_deferredMessages - assumed.m_deferredMessages;
    // Senders are counted only with a known origin: counts and sizes move. Recipients are counted
    // whatever the state; only their sizes move.
    auto correct
        = [](StringMap<Traffic> &target, const StringMap<Traffic> &minus, const StringMap<Traffic> &plus, bool counts) {
              for (const auto &[key, t] : minus) {
                  Traffic &x = target[key];
                  x.size -= t.size;
                  if (counts) {
                      x.count -= t.count;
                  }
              }
              for (const auto &[key, t] : plus) {
                  Traffic &x = target[key];
                  x.size += t.size;
                  if (counts) {
                      x.count += t.count;
                  }
              }
          };
    correct(later.m_senders, assumed.m_senders, actual.m_senders, true);
    correct(later.m_sendingDomains, assumed.m_sendingDomains, actual.m_sendingDomains, true);
    correct(later.m_recipients, assumed.m_recipients, actual.m_recipients, false);
    correct(later.m_recipientDomains, assumed.m_recipientDomains, actual.m_recipientDomains, false);
    // "No size" entries of these ids come from these lines only.
    for (const QByteArray &qid : straddling) {
        later.m_noSize.remove(qid);
    }
    for (auto it = actual.m_noSize.cbegin(); it != actual.m_noSize.cend(); ++it) {
        later.m_noSize.insert(it.key(), it.value());
    }
    for (const QByteArray &qid : straddling) {
        const QueueState &there = actual.queue(qid);
        QueueState &here = queue(qid);
        const quint32 lastLine = here.lastLine;
        here = there;
        here.receivedFrom = there.receivedFrom ? intern(actual.m_interned[there.receivedFrom - 1]) : 0;
        here.lastLine = lastLine;
    }
}

void LogSummary::mergeCounters(const LogSummary &later)
{
    for (size_t c = 0; c < m_counters.size(); ++c) {
        for (const auto &[key, value] : later.m_counters[c]) {
            m_counters[c][key] += value;
        }
    }
}

void LogSummary::mergeTotals(const LogSummary &later)
{
    for (double LogSummary::*total :
         {&LogSummary::m_received, &LogSummary::m_delivered, &LogSummary::m_forwarded, &LogSummary::m_deferredMessages,
          &LogSummary::m_deferrals, &LogSummary::m_bounced, &LogSummary::m_rejected, &LogSummary::m_rejectWarnings,
          &LogSummary::m_held, &LogSummary::m_discarded, &LogSummary::m_bytesReceived, &LogSummary::m_bytesDelivered}) {
        this->*total += later.*total; // whole numbers: exact in any order
    }
    if (later.m_dayCount > 0) {
        // pflogsumm starts a day where the day of the month changes from the line before: the
        // later range's first lines continue this one's last day if they have its day of the
        // month (whatever their month), and count in that day.
        const bool continues = later.m_firstDay == m_lastDay;
        if (m_dayCount == 0) {
            m_firstDay = later.m_firstDay;
            m_firstDayKey = later.m_firstDayKey;
        }
        if (later.m_firstDayCounts.columns > 0) {
            Day &d = m_perDay[continues ? m_dayKey : later.m_firstDayKey];
            for (size_t c = 0; c < ColumnCount; ++c) {
                d.counts[c] += later.m_firstDayCounts.counts[c];
            }
            d.columns = std::max(d.columns, later.m_firstDayCounts.columns);
        }
        m_dayCount += later.m_dayCount - (continues ? 1 : 0);
        if (later.m_dayCount > 1 || !continues) {
            m_dayKey = later.m_dayKey;
        }
        m_lastDay = later.m_lastDay;
        m_hour = later.m_hour;
    }
    m_day = nullptr;
    for (size_t h = 0; h < m_perHour.size(); ++h) {
        for (size_t c = 0; c < ColumnCount; ++c) {
            m_perHour[h][c] += later.m_perHour[h][c];
        }
    }
    for (const auto &[key, day] : later.m_perDay) {
        Day &d = m_perDay[key];
        for (size_t c = 0; c < ColumnCount; ++c) {
            d.counts[c] += day.counts[c];
        }
        d.columns = std::max(d.columns, day.columns);
    }
    for (size_t b = 0; b < m_delayHistogram.size(); ++b) {
        m_delayHistogram[b] += later.m_delayHistogram[b];
    }
    for (auto it = later.m_noSize.cbegin(); it != later.m_noSize.cend(); ++it) {
        m_noSize.insert(it.key(), it.value());
    }

    // Traffic: counts and sizes add up. A sender exists once counted (a count of 0 is one the
    // queue correction took back); a recipient domain also exists with deferrals only.
    auto add = [](StringMap<Traffic> &here, const StringMap<Traffic> &there, qint64 &distinct, bool countedOnly) {
        for (const auto &[key, t] : there) {
            if (countedOnly && t.count == 0) {
                continue;
            }
            Traffic &x = here[key];
            if (x.count == 0 && t.count > 0) {
                ++distinct;
            }
            x.count += t.count;
            x.size += t.size;
        }
    };
    add(m_senders, later.m_senders, m_senderCount, true);
    add(m_sendingDomains, later.m_sendingDomains, m_sendingDomainCount, true);
    add(m_recipients, later.m_recipients, m_recipientCount, false);
    // Recipient domains also have deferrals and delays; the delays of a domain this range had too
    // are repeated in order, for floating-point sums and pflogsumm's maximum identical to one
    // thread's.
    std::vector<qint64> repeat(later.m_recipientDomains.size(), -1); // later's entry → entry here
    size_t entry = 0;
    for (const auto &[key, t] : later.m_recipientDomains) {
        const bool existed = m_recipientDomains.find(key) != nullptr;
        const size_t here = m_recipientDomains.indexOf(key);
        Traffic &x = m_recipientDomains.valueAt(here);
        if (x.count == 0 && t.count > 0) {
            ++m_recipientDomainCount;
        }
        if (!existed) {
            x = t; // from a fresh entry: as one thread would have summed
        } else {
            x.count += t.count;
            x.size += t.size;
            x.defers += t.defers;
            repeat[entry] = qint64(here);
        }
        ++entry;
    }
    for (const DomainDelay &d : later.m_domainDelays) {
        if (repeat[d.domain] < 0) {
            continue;
        }
        Traffic &x = m_recipientDomains.valueAt(size_t(repeat[d.domain]));
        if (d.sent) {
            x.delaySum += d.delay;
        }
        if (x.delayMax == 0 || d.delay > x.delayMax) {
            x.delayMax = d.delay;
        }
    }
}

} // namespace Mailroom
