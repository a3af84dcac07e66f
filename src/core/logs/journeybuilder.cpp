// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: grouping is one state machine over the index, and its per-line steps
// (processLine → classify → handleQueueLine → addDelivery) stay in one translation unit so that the
// compiler can inline them (no LTO). The stateless pre-parsing is in linepreparser.cpp.
#include "logs/journeybuilder.h"

#include "logs/logfields.h"
#include "logs/loginline.h"
#include "logs/logsummary.h"
#include "logs/rejectline.h"
#include "logs/spamdline.h"
#include "logs/textutil.h"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

namespace Mailroom {

namespace {

using LogFields::bracketValue;
using LogFields::fieldValue;
using LogFields::parseNumber;
using Text::find;
} // namespace

JourneyBuilder::JourneyBuilder(std::shared_ptr<const LogSourceSet> sources)
    : m_index(std::make_shared<LogIndex>())
{
    m_index->m_sources = std::move(sources);
}

JourneyBuilder::~JourneyBuilder()
{
    cancel();
    waitForSummary();
}

void JourneyBuilder::cancel()
{
    m_cancel = true;
}

// Sizes the index for the whole input from the lines of its first part, so that the vectors
// holding millions of entries are not copied over and over while they grow.
void JourneyBuilder::reserveFor(qint64 bytes, qint64 sampleBytes, qint64 sampleLines)
{
    m_reserved = true;
    if (sampleLines <= 0 || sampleBytes <= 0) {
        return;
    }
    const double linesPerByte = double(sampleLines) / double(sampleBytes);
    const size_t lines = size_t(double(bytes) * linesPerByte * 1.03) + 64;
    LogIndex &index = *m_index;
    index.m_lines.reserve(lines);
    // Grown from what was seen so far in the sample, with a margin.
    const double scale = double(lines) / double(sampleLines);
    auto estimate = [&](size_t seen) {
        return size_t(double(seen) * scale * 1.1) + 64;
    };
    index.m_linePairs.reserve(estimate(index.m_linePairs.size()));
    index.m_journeys.reserve(estimate(index.m_journeys.size()));
    index.m_links.reserve(estimate(index.m_journeys.size()));
    index.m_deliveries.reserve(estimate(index.m_deliveries.size()));
    index.m_deliveryNext.reserve(estimate(index.m_deliveries.size()));
}

QDate JourneyBuilder::referenceDateFor(int source) const
{
    if (m_referenceOverride.isValid()) {
        return m_referenceOverride;
    }
    return m_index->m_sources->modified(source).date();
}

void JourneyBuilder::startSummaryThread()
{
    m_summaryStarted = true;
    m_summaryThread = std::thread([this] {
        pthread_setname_np(pthread_self(), "LogSummary");
        const LogSourceSet &sources = *m_index->m_sources;
        constexpr qint64 Step = 4 * 1024 * 1024;
        m_summary->reserveFor(sources.totalSize());
        for (int s = 0; s < sources.count() && !m_cancel; ++s) {
            const QByteArrayView data = sources.data(s);
            const QDate reference = referenceDateFor(s);
            qint64 from = 0;
            while (from < data.size() && !m_cancel) {
                qint64 to = std::min<qint64>(data.size(), from + Step);
                if (to < data.size()) {
                    const char *nl
                        = static_cast<const char *>(std::memchr(data.data() + to, '\n', size_t(data.size() - to)));
                    to = nl ? nl - data.data() + 1 : data.size();
                }
                m_summary->addText(data.sliced(from, to - from), reference);
                from = to;
            }
        }
    });
}

void JourneyBuilder::waitForSummary()
{
    if (m_summaryThread.joinable()) {
        m_summaryThread.join();
    }
}

void JourneyBuilder::setReferenceDate(QDate date)
{
    m_referenceOverride = date;
    m_parserSource = -1;
}

void JourneyBuilder::setSummary(LogSummary *summary, bool threaded)
{
    m_summary = summary;
    m_summaryThreaded = threaded && summary;
}

void JourneyBuilder::summarizeNow(int threads, const std::atomic_bool *cancel)
{
    if (!m_summary || m_summaryStarted) {
        return;
    }
    const LogSourceSet &sources = *m_index->m_sources;
    std::vector<LogSummary::TextPart> parts;
    for (int s = 0; s < sources.count(); ++s) {
        parts.push_back({sources.data(s), referenceDateFor(s)});
    }
    m_summary->addTexts(parts, threads, cancel ? cancel : &m_cancel);
    m_summaryStarted = true;
    m_summaryThreaded = false;
    m_summarizedSources = sources.count();
}

JourneyBuilder::QueueKey JourneyBuilder::makeKey(quint8 host, QByteArrayView qid)
{
    return ShortKey::make(qid, host);
}

quint8 JourneyBuilder::internHost(QByteArrayView host)
{
    if (host.size() == m_lastHost.size()
        && std::memcmp(host.data(), m_lastHost.constData(), size_t(host.size())) == 0) {
        return m_lastHostIndex;
    }
    const quint8 index = LogIndex::hostNumber(m_index->m_hosts, host);
    if (index == LogIndex::MaxHosts) {
        return index;
    }
    m_lastHost = m_index->m_hosts.at(index);
    m_lastHostIndex = index;
    return index;
}

quint64 JourneyBuilder::processKey(const ParsedLine &p, quint8 host)
{
    // Consecutive lines mostly come from the same few programs: try the last one first.
    qsizetype program = m_lastProgram;
    if (program < 0 || m_programs.at(program).size() != p.program.size()
        || std::memcmp(m_programs.at(program).constData(), p.program.data(), size_t(p.program.size())) != 0) {
        program = m_programs.indexOf(p.program);
        if (program < 0) {
            m_programs.append(p.program.toByteArray());
            program = m_programs.size() - 1;
        }
        m_lastProgram = program;
    }
    return (quint64(host) << 56) | (quint64(program & 0xFFFF) << 40) | (quint64(p.pid) & 0xFFFFFFFFFFull);
}

namespace {
// Maps the pages of a mapped file's range in one call, before they are read: the kernel otherwise
// takes a page fault every sixteen pages, which costs about a tenth of a second of system time per
// gigabyte on the development machine. Advice only: older kernels refuse it, harmlessly.
void populate(const char *begin, const char *end)
{
#ifdef MADV_POPULATE_READ
    static const quintptr page = quintptr(::sysconf(_SC_PAGESIZE));
    const quintptr first = quintptr(begin) & ~(page - 1);
    ::madvise(reinterpret_cast<void *>(first), size_t(quintptr(end) - first), MADV_POPULATE_READ);
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
#endif
}
} // namespace

qint64 JourneyBuilder::process(int source, qint64 from, qint64 maxBytes)
{
    const LogSourceSet &sources = *m_index->m_sources;
    if (m_parserSource != source) {
        QDate reference = m_referenceOverride;
        if (!reference.isValid()) {
            reference = sources.modified(source).date();
        }
        m_parser.setReferenceDate(reference);
        m_parserSource = source;
    }
    if (from == 0) {
        auto &first = m_index->m_sourceFirstLine;
        if (first.size() <= size_t(source)) {
            first.resize(size_t(source) + 1, 0);
        }
        first[size_t(source)] = quint32(m_index->m_lines.size());
    }
    if (m_summaryThreaded && !m_summaryStarted && !m_cancel) {
        startSummaryThread();
    }
    m_feedSummary = m_summary && !m_summaryThreaded && source >= m_summarizedSources;
    const QByteArrayView data = sources.data(source);
    const quint64 base = sources.base(source);
    const char *const begin = data.data();
    const char *const end = begin + data.size();
    const char *const start = begin + from;
    const char *const stop = maxBytes < 0 || maxBytes >= end - start ? end : start + maxBytes;
    // Every line that starts before stop is read whole.
    const char *rangeEnd = stop;
    if (stop < end && stop > start && stop[-1] != '\n') {
        const char *nl = static_cast<const char *>(std::memchr(stop, '\n', size_t(end - stop)));
        rangeEnd = nl ? nl + 1 : end;
    }
    const size_t linesBefore = m_index->m_lines.size();
    constexpr qint64 SampleBytes = 256 * 1024;
    auto group = [&](const PreparsedLine &line) {
        processLine(line, base + quint64(line.begin - begin));
        if (!m_reserved && line.begin + line.length - start >= SampleBytes) {
            reserveFor(sources.totalSize(), line.begin + line.length - start,
                       qint64(m_index->m_lines.size() - linesBefore));
        }
    };

    // Small ranges (a followed log's appended lines) on this thread.
    constexpr qint64 ParallelBytes = 1024 * 1024;
    if (!m_parseThread || rangeEnd - start < ParallelBytes) {
        for (const char *p = start; p < rangeEnd;) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(rangeEnd - p)));
            const char *lineEnd = nl ? nl : rangeEnd;
            qsizetype length = lineEnd - p;
            if (length > 0 && p[length - 1] == '\r') {
                --length;
            }
            LinePreparser::preparseLine(m_parser, p, length, base + quint64(p - begin), m_preparsed);
            LinePreparser::addJourneyFields(m_preparsed);
            group(m_preparsed);
            p = nl ? nl + 1 : rangeEnd;
        }
        return rangeEnd - begin;
    }

    // Larger ones in a pipeline: blocks of lines are split and parsed (which needs no grouping
    // state) ahead of grouping, which takes them in file order. A second thread parses blocks one
    // after the other; this one groups them and, whenever the next block is not parsed yet, parses
    // a later one itself instead of waiting. Parsing costs more than grouping, so on two cores
    // both stay busy and each does half of the whole; the result is the same as on one thread.
    constexpr qint64 BlockBytes = 256 * 1024;
    constexpr qint64 SlotCount = 6; // blocks parsed ahead of grouping, at most
    struct Slot
    {
        std::vector<PreparsedLine> lines;
        bool ready = false;
    };
    std::array<Slot, size_t(SlotCount)> ring; // block b in ring[b % SlotCount]
    std::mutex mutex;
    std::condition_variable cv;
    const char *nextStart = start; // of the first block not claimed yet
    qint64 nextBlock = 0; // its number
    qint64 grouped = 0; // blocks grouped so far
    struct Block
    {
        qint64 number = 0;
        const char *begin = nullptr;
        const char *end = nullptr;
    };
    // With the mutex held: the next block to parse, if there is one and its slot is free.
    auto claim = [&](Block &block) {
        if (nextStart >= rangeEnd || nextBlock >= grouped + SlotCount) {
            return false;
        }
        const char *blockEnd = rangeEnd;
        if (rangeEnd - nextStart > BlockBytes) {
            const char *nl = static_cast<const char *>(
                std::memchr(nextStart + BlockBytes, '\n', size_t(rangeEnd - nextStart - BlockBytes)));
            blockEnd = nl ? nl + 1 : rangeEnd;
        }
        block = {nextBlock++, nextStart, blockEnd};
        nextStart = blockEnd;
        return true;
    };
    // Without the mutex: parses a claimed block into its slot, then marks it ready.
    auto parse = [&](const Block &block) {
        Slot &slot = ring[size_t(block.number % SlotCount)];
        populate(block.begin, block.end);
        LinePreparser::preparse(m_parser, block.begin, block.end, base + quint64(block.begin - begin), slot.lines);
        {
            std::lock_guard lock(mutex);
            slot.ready = true;
        }
        cv.notify_all();
    };
    std::thread parser([&] {
        pthread_setname_np(pthread_self(), "LogParse");
        for (;;) {
            Block block;
            {
                std::unique_lock lock(mutex);
                cv.wait(lock, [&] { return nextStart >= rangeEnd || claim(block); });
                if (!block.begin) {
                    return; // every block is claimed
                }
            }
            parse(block);
        }
    });
    for (qint64 b = 0;; ++b) {
        Slot &slot = ring[size_t(b % SlotCount)];
        {
            std::unique_lock lock(mutex);
            if (b == nextBlock && nextStart >= rangeEnd) {
                break; // every block is grouped
            }
            while (!slot.ready) {
                Block block;
                if (claim(block)) {
                    lock.unlock();
                    parse(block);
                    lock.lock();
                } else {
                    cv.wait(lock);
                }
            }
        }
        for (const PreparsedLine &line : slot.lines) {
            group(line);
        }
        {
            std::lock_guard lock(mutex);
            slot.ready = false;
            grouped = b + 1;
        }
        cv.notify_all();
    }
    parser.join();
    return rangeEnd - begin;
}

void JourneyBuilder::processAll()
{
    for (int s = 0; s < m_index->m_sources->count(); ++s) {
        process(s, 0, -1);
    }
    if (m_summaryThreaded && !m_summaryStarted && !m_cancel) {
        startSummaryThread(); // no sources
    }
    waitForSummary(); // everything is read: the summary is complete when this returns
}

void JourneyBuilder::processLine(const PreparsedLine &line, quint64 offset)
{
    LogIndex &index = *m_index;
    const quint32 lineIndex = quint32(index.m_lines.size());
    LogLine rec;
    rec.offset = offset;
    rec.length = line.length;
    rec.host = 0;
    rec.rfc3339 = 0;
    rec.spare = 0;
    m_lineBegin = line.begin;
    m_lineOffset = offset;
    if (!line.parsed) {
        rec.kind = quint64(LineKind::Unparsed);
        rec.time = m_lastTime;
        index.m_lines.push_back(rec);
        return;
    }
    const ParsedLine &p = line.p;
    rec.time = p.time;
    m_lastTime = p.time;
    rec.rfc3339 = p.rfc3339;
    const quint8 host = internHost(p.host);
    rec.host = host;
    if (m_feedSummary && p.pflogsummTimestamp) {
        m_summary->addLine(p);
    }
    // Push first: classify() may look at or re-kind earlier lines, never this one.
    rec.kind = quint64(LineKind::Foreign);
    index.m_lines.push_back(rec);
    if (line.postfix) {
        index.m_lines.back().kind = quint64(classify(line, lineIndex, host));
    } else if (!line.dovecot && SpamdLine::isSpamd(p.program)) {
        addSpamdLine(p, lineIndex, host);
    }
    // Postfix smtpd's and Dovecot's, parsed with the line (LinePreparser::addJourneyFields()).
    if (line.hasLogin) {
        addLogin(line.login, lineIndex, p.time, host);
    }
}

// spamd names the message in its "processing" and "result" lines; the verdict line between them
// comes from the same child process. cleanup logged the Message-ID just before the milter ran.
void JourneyBuilder::addSpamdLine(const ParsedLine &p, quint32 line, quint8 host)
{
    SpamdLine::Fields f;
    if (!SpamdLine::parse(p.message, f)) {
        return;
    }
    const quint64 process = processKey(p, host);
    quint32 j = Journey::None;
    if (!f.messageId.isEmpty()) {
        j = journeyByMessageId(f.messageId);
    }
    if (j == Journey::None) {
        j = m_spamdProcesses.value(process, Journey::None);
    }
    if (j == Journey::None) {
        return;
    }
    m_index->m_lines[line].kind = quint64(LineKind::Message);
    attach(j, line);
    // The verdict, kept once per journey for the detail pane, the JSON and the totals.
    const auto addScan = [this, j, line, &f] {
        SpamScan scan;
        scan.journey = j;
        scan.line = line;
        scan.score = f.score;
        scan.required = f.required;
        scan.seconds = f.seconds;
        scan.spam = f.spam;
        m_index->m_spamScanOf.insert(j, quint32(m_index->m_spamScans.size()));
        m_index->m_spamScans.push_back(scan);
    };
    if (f.kind == SpamdLine::Kind::Processing) {
        m_spamdProcesses.insert(process, j);
    } else if (f.kind == SpamdLine::Kind::Result) {
        m_spamdProcesses.remove(process);
    }
    if (SpamdLine::applyVerdict(f, m_index->m_journeys[j].flags)) {
        addScan();
    }
}

// The scanned message is among the newest journeys (it is still in cleanup), so a short walk
// back finds it; logs without spamd never pay for this.
quint32 JourneyBuilder::journeyByMessageId(QByteArrayView id) const
{
    const auto &journeys = m_index->m_journeys;
    const size_t stop = journeys.size() > MessageIdWindow ? journeys.size() - MessageIdWindow : 0;
    for (size_t j = journeys.size(); j > stop; --j) {
        const Journey &journey = journeys[j - 1];
        if (!journey.messageId.isEmpty() && m_index->text(journey.messageId) == id) {
            return quint32(j - 1);
        }
    }
    return Journey::None;
}

void JourneyBuilder::addLogin(const LoginLine::Fields &f, quint32 line, quint32 time, quint8 host)
{
    LoginEvent e;
    e.user = ref(f.user);
    e.address = ref(f.address);
    e.line = line;
    e.time = time;
    e.attempts = f.attempts;
    e.service = f.service;
    e.result = f.result;
    e.host = host;
    m_index->m_logins.push_back(e);
}

LineKind JourneyBuilder::classify(const PreparsedLine &pre, quint32 line, quint8 host)
{
    const ParsedLine &p = pre.p;
    const QByteArrayView msg = pre.message;
    const PostfixDaemon daemon = pre.daemon;
    const bool smtpd = daemon == PostfixDaemon::Smtpd;
    const bool client = daemon == PostfixDaemon::Smtp || daemon == PostfixDaemon::Lmtp;
    const qsizetype q = pre.queueIdLength;
    if (q > 0) {
        const QByteArrayView rest = msg.sliced(std::min(q + 2, msg.size()));
        const QueueKey key = pre.queueKey.tagged(host);
        const quint32 j = journeyFor(key, host, msg.first(q), p.time);
        if (smtpd) {
            Session *s = m_sessions.find(sessionKey(processKey(p, host)));
            if (s) {
                if (Text::startsWith(rest, "client=") && s->journey != j) {
                    for (int i = 0; i < s->preCount; ++i) {
                        attach(j, s->pre[i]);
                    }
                }
                s->journey = j;
            }
        } else if (client) {
            // "connect to …: Connection timed out" lines precede the attempt they belong to.
            const ShortKey process = sessionKey(processKey(p, host));
            Session *c = m_clientProcesses.find(process);
            if (c) {
                for (int i = 0; i < c->preCount; ++i) {
                    attach(j, c->pre[i]);
                    LogLine &pre = m_index->m_lines[c->pre[i]];
                    if (c->pre[i] < m_countedLines) {
                        --m_index->m_kindCounts[pre.kind];
                        ++m_index->m_kindCounts[size_t(LineKind::Message)];
                    }
                    pre.kind = quint64(LineKind::Message);
                }
                m_clientProcesses.erase(process);
            }
        }
        attach(j, line);
        handleQueueLine(j, key, pre, rest, line, host);
        return LineKind::Message;
    }
    if (pre.noQueueReject) {
        const quint32 j = newJourney(host, TextRef(), p.time);
        m_index->m_journeys[j].origin = JourneyOrigin::NoQueue;
        if (smtpd) {
            Session *s = m_sessions.find(sessionKey(processKey(p, host)));
            if (s) {
                for (int i = 0; i < s->preCount; ++i) {
                    attach(j, s->pre[i]);
                }
                s->journey = j;
            }
        }
        attach(j, line);
        addReject(j, pre.reject, line);
        journeyRemoved(j);
        return LineKind::Message;
    }
    if (smtpd) {
        const ShortKey key = sessionKey(processKey(p, host));
        if (Text::startsWith(msg, "connect from ")) {
            Session &s = m_sessions[key];
            s = Session();
            s.pre[0] = line;
            s.preCount = 1;
            return LineKind::Session;
        }
        Session *s = m_sessions.find(key);
        if (!s) {
            return LineKind::Postfix;
        }
        const bool disconnect = Text::startsWith(msg, "disconnect from ");
        LineKind kind = LineKind::Session;
        if (s->journey != Journey::None) {
            attach(s->journey, line);
        } else if (s->preCount < 4) {
            s->pre[s->preCount++] = line;
        } else if (disconnect) {
            kind = LineKind::Postfix;
        }
        if (disconnect) {
            m_sessions.erase(key);
        }
        return kind;
    }
    if (client) {
        Session &c = m_clientProcesses[sessionKey(processKey(p, host))];
        if (c.preCount == 4) {
            std::memmove(c.pre, c.pre + 1, sizeof(quint32) * 3);
            c.preCount = 3;
        }
        c.pre[c.preCount++] = line;
    }
    return LineKind::Postfix;
}

quint32 JourneyBuilder::newJourney(quint8 host, TextRef queueId, quint32 time)
{
    LogIndex &index = *m_index;
    Journey j;
    j.queueId = queueId;
    j.host = host;
    j.firstTime = time;
    j.lastTime = time;
    index.m_journeys.push_back(j);
    index.m_links.emplace_back();
    changed(quint32(index.m_journeys.size() - 1));
    return quint32(index.m_journeys.size() - 1);
}

quint32 JourneyBuilder::journeyFor(const QueueKey &key, quint8 host, QByteArrayView qid, quint32 time)
{
    quint32 &slot = m_queue[key];
    if (slot != 0 && !m_index->m_journeys[slot - 1].has(Journey::Removed)) {
        return slot - 1;
    }
    // New message, or a queue id reused after its previous message was removed.
    const quint32 j = newJourney(host, ref(qid), time);
    slot = j + 1;
    if (!m_pendingLinks.isEmpty()) {
        auto pending = m_pendingLinks.find(key);
        if (pending != m_pendingLinks.end()) {
            const quint32 upstream = *pending;
            m_pendingLinks.erase(pending);
            link(upstream, j);
        }
    }
    return j;
}

void JourneyBuilder::attach(quint32 journey, quint32 line)
{
    LogIndex &index = *m_index;
    const quint32 pair = quint32(index.m_linePairs.size());
    index.m_linePairs.push_back({line, Journey::None});
    LogIndex::JourneyLinks &links = index.m_links[journey];
    if (links.lastLine == Journey::None) {
        links.firstLine = pair;
    } else {
        index.m_linePairs[links.lastLine].next = pair;
    }
    links.lastLine = pair;
    changed(journey);
    Journey &j = index.m_journeys[journey];
    ++j.lineCount;
    const quint32 t = index.m_lines[line].time;
    j.lastTime = std::max(j.lastTime, t);
    j.firstTime = std::min(j.firstTime, t);
}

void JourneyBuilder::link(quint32 upstream, quint32 downstream)
{
    auto &journeys = m_index->m_journeys;
    if (upstream == downstream || journeys[upstream].nextHop != Journey::None
        || journeys[downstream].previousHop != Journey::None) {
        return;
    }
    for (quint32 j = upstream; j != Journey::None; j = journeys[j].previousHop) {
        if (j == downstream) {
            return; // would close a loop
        }
    }
    journeys[upstream].nextHop = downstream;
    journeys[downstream].previousHop = upstream;
    changed(upstream);
    changed(downstream);
}

void JourneyBuilder::journeyRemoved(quint32 j)
{
    auto &journeys = m_index->m_journeys;
    journeys[j].flags |= Journey::Removed;
    if (!m_trackCompleted) {
        return;
    }
    const quint32 head = m_index->chainHead(j);
    for (quint32 hop = head; hop != Journey::None; hop = journeys[hop].nextHop) {
        if (!journeys[hop].has(Journey::Removed)) {
            return;
        }
    }
    m_completed.append(head);
}

void JourneyBuilder::retire(const QueueKey &key, quint32 j)
{
    // A removed message's id stays in the map for RetiredWindow more removals (a "queued as"
    // reply or a bounce notice may name it a little later; a line for it after that starts a new
    // journey either way), then leaves it: the map then holds the messages in flight, not every
    // message of the log, and its lookups stay in the processor's cache.
    if (m_retired.size() < RetiredWindow) {
        m_retired.push_back({key, j});
        return;
    }
    Retired &oldest = m_retired[m_retiredNext];
    const quint32 *slot = m_queue.find(oldest.key);
    if (slot && *slot == oldest.journey + 1) { // not reused since
        m_queue.erase(oldest.key);
    }
    oldest = {key, j};
    m_retiredNext = (m_retiredNext + 1) % RetiredWindow;
}

QList<quint32> JourneyBuilder::takeCompletedChains()
{
    return std::exchange(m_completed, {});
}

void JourneyBuilder::completeSummary()
{
    if (m_summaryThreaded && !m_summaryStarted && !m_cancel) {
        startSummaryThread();
    }
    waitForSummary();
    m_summaryThreaded = false; // lines processed from now on are fed to it here
}

void JourneyBuilder::countKinds()
{
    LogIndex &index = *m_index;
    for (size_t i = m_countedLines; i < index.m_lines.size(); ++i) {
        ++index.m_kindCounts[index.m_lines[i].kind];
    }
    m_countedLines = index.m_lines.size();
}

QList<quint32> JourneyBuilder::takeChangedJourneys()
{
    std::sort(m_changed.begin(), m_changed.end());
    m_changed.erase(std::unique(m_changed.begin(), m_changed.end()), m_changed.end());
    QList<quint32> out(m_changed.begin(), m_changed.end());
    m_changed.clear();
    return out;
}

void JourneyBuilder::handleQueueLine(quint32 j, const QueueKey &key, const PreparsedLine &pre, QByteArrayView rest,
                                     quint32 line, quint8 host)
{
    if (Text::startsWith(rest, "to=<")) {
        if (pre.hasDelivery) {
            addDelivery(j, pre, line, host);
        }
        return;
    }
    Journey &journey = m_index->m_journeys[j];
    const PostfixDaemon d = pre.daemon;
    if (d == PostfixDaemon::Smtpd) {
        if (Text::startsWith(rest, "client=")) {
            journey.origin = JourneyOrigin::Smtpd;
            journey.client = ref(fieldValue(rest, 7));
            const qsizetype sasl = find(rest, "sasl_username=");
            if (sasl >= 0) {
                journey.saslUsername = ref(fieldValue(rest, sasl + 14));
            }
        } else if (Text::startsWith(rest, "reject: ") || Text::startsWith(rest, "milter-reject: ")) {
            parseReject(j, rest.sliced(rest.indexOf(' ') + 1), line, false);
        } else if (Text::startsWith(rest, "hold: ")) {
            journey.flags |= Journey::Held;
        } else if (Text::startsWith(rest, "discard: ")) {
            journey.flags |= Journey::Discarded;
        }
    } else if (d == PostfixDaemon::Qmgr) {
        if (Text::equals(rest, "removed")) {
            journeyRemoved(j);
            retire(key, j);
        } else if (Text::startsWith(rest, "from=<")) {
            const qsizetype close = rest.indexOf('>', 6);
            if (close < 0) {
                return;
            }
            journey.sender = ref(rest.sliced(6, close - 6));
            journey.flags |= Journey::HasSender;
            const QByteArrayView after = rest.sliced(close + 1);
            if (Text::startsWith(after, ", size=")) {
                qsizetype used = 0;
                journey.size = parseNumber(after.sliced(7), &used);
                journey.flags |= Journey::HasSize;
                const qsizetype nrcpt = find(after, ", nrcpt=");
                if (nrcpt >= 0) {
                    journey.nrcpt = quint32(parseNumber(after.sliced(nrcpt + 8)));
                }
            } else if (Text::startsWith(after, ", status=expired")) {
                journey.flags |= Journey::Expired;
            }
        }
    } else if (d == PostfixDaemon::Cleanup) {
        if (Text::startsWith(rest, "message-id=")) {
            journey.messageId = ref(LogFields::messageIdValue(rest.sliced(11)));
        } else if (Text::startsWith(rest, "reject: ") || Text::startsWith(rest, "milter-reject: ")) {
            parseReject(j, rest.sliced(rest.indexOf(' ') + 1), line, true);
        } else if (Text::startsWith(rest, "hold: ")) {
            journey.flags |= Journey::Held;
        } else if (Text::startsWith(rest, "discard: ")) {
            journey.flags |= Journey::Discarded;
        }
    } else if (d == PostfixDaemon::Pickup) {
        if (Text::startsWith(rest, "uid=") || Text::startsWith(rest, "sender=")) {
            journey.origin = JourneyOrigin::Pickup;
            bool found = false;
            const QByteArrayView from = bracketValue(rest, "from=<", &found);
            if (found) {
                journey.sender = ref(from);
                journey.flags |= Journey::HasSender;
            }
        }
    } else if (d == PostfixDaemon::Postsuper) {
        if (Text::equals(rest, "removed")) {
            journeyRemoved(j);
            retire(key, j);
        } else if (Text::startsWith(rest, "placed on hold")) {
            journey.flags |= Journey::Held;
        }
    } else if (d == PostfixDaemon::Notifier) {
        // "sender non-delivery notification: 5E2B31C0F3"
        const qsizetype at = find(rest, "notification: ");
        if (at >= 0) {
            const QByteArrayView id = rest.sliced(at + 14);
            const quint32 *it = m_queue.find(makeKey(host, id));
            if (it && *it != j + 1) {
                Journey &notice = m_index->m_journeys[*it - 1];
                notice.notificationOf = j;
                if (notice.origin == JourneyOrigin::Unknown) {
                    notice.origin = JourneyOrigin::Internal;
                }
            }
        }
    }
}

void JourneyBuilder::addDelivery(quint32 j, const PreparsedLine &pre, quint32 line, quint8 host)
{
    Delivery d = pre.delivery;
    d.line = line;
    d.journey = j;
    appendDelivery(j, d);

    const QByteArrayView next = pre.nextQueueId;
    if (next.size() >= 6) {
        const QueueKey key = makeKey(host, next);
        const quint32 *it = m_queue.find(key);
        if (it && *it != j + 1) {
            link(j, *it - 1);
        } else if (!it) {
            m_pendingLinks.insert(key, j);
        }
    }
}

void JourneyBuilder::appendDelivery(quint32 j, const Delivery &d)
{
    LogIndex &index = *m_index;
    const quint32 di = quint32(index.m_deliveries.size());
    index.m_deliveries.push_back(d);
    index.m_deliveryNext.push_back(Journey::None);
    LogIndex::JourneyLinks &links = index.m_links[j];
    if (links.lastDelivery == Journey::None) {
        links.firstDelivery = di;
    } else {
        index.m_deliveryNext[links.lastDelivery] = di;
    }
    links.lastDelivery = di;
    ++index.m_journeys[j].deliveryCount;
}

void JourneyBuilder::parseReject(quint32 j, QByteArrayView rest, quint32 line, bool cleanup)
{
    addReject(j, RejectLine::parse(rest, cleanup), line);
}

void JourneyBuilder::addReject(quint32 j, const RejectLine::Fields &f, quint32 line)
{
    Journey &journey = m_index->m_journeys[j];
    Delivery d;
    d.line = line;
    d.journey = j;
    d.status = DeliveryStatus::Rejected;
    if (f.hasFrom && !journey.has(Journey::HasSender)) {
        journey.sender = ref(f.from);
        journey.flags |= Journey::HasSender;
    }
    if (f.hasTo) {
        d.recipient = ref(f.to);
    }
    if (!f.client.isEmpty() && journey.client.isEmpty()) {
        journey.client = ref(f.client);
    }
    d.text = ref(f.reply);
    d.dsn = ref(f.dsn);
    journey.flags |= f.flags;
    appendDelivery(j, d);
}

std::shared_ptr<LogIndex> JourneyBuilder::finish()
{
    if (m_summaryThreaded && !m_summaryStarted && !m_cancel) {
        startSummaryThread(); // nothing was processed: the summary still reads everything
    }
    waitForSummary();
    LogIndex &index = *m_index;
    countKinds();
    // Growth by doubling can leave up to half of a vector unused, and the index lives long. But
    // the unused end of a large vector (mapped by malloc on its own, never written) is address
    // space the kernel has not backed with memory: copying a few hundred megabytes to give it
    // back would take a tenth of a second and save nothing resident. Only a vector small enough to
    // share the heap, whose spare room may be memory in use, is trimmed when well over.
    auto shrink = [](auto &v) {
        constexpr size_t MappedBytes = 32 * 1024 * 1024; // glibc's largest mmap threshold
        const bool mapped = v.capacity() * sizeof(v[0]) >= MappedBytes;
        if (!mapped && v.capacity() > v.size() + v.size() / 8 + 1024) {
            v.shrink_to_fit();
        }
    };
    shrink(index.m_lines);
    shrink(index.m_journeys);
    shrink(index.m_links);
    shrink(index.m_deliveries);
    shrink(index.m_deliveryNext);
    shrink(index.m_linePairs);
    m_queue.clear();
    m_retired.clear();
    m_pendingLinks.clear();
    m_sessions.clear();
    m_clientProcesses.clear();
    return std::move(m_index);
}

} // namespace Mailroom
