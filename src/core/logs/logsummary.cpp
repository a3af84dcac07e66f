// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: process() is pflogsumm's main loop in one function, with the helpers
// it calls per line in this translation unit, so that the compiler can inline them (no LTO). The
// report, the JSON, reject classification and the Perl emulation are in files of their own.
#include "logs/logsummary.h"

#include "logs/bytescan.h"
#include "logs/logfacts.h"
#include "logs/loglineparser.h"
#include "logs/perlcompat.h"
#include "logs/textutil.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The rules below follow pflogsumm 1.1.5 line by line; comments quote the Perl they mirror.

namespace Mailroom {

namespace {

using Text::find;
using namespace Perl;

constexpr double MaxMessageSize = double(qint64(1) << 40); // see the from= line below

// Finds or creates the entry without building a key string when it exists.
template<typename T> T &slot(FlatStringMap<T> &map, std::string_view key)
{
    return map[key];
}

// The first index at or after i of ':' or one of Perl's \s (space, \t \n \v \f \r), the end of a
// queue id; else s.size(). Sixteen bytes at a time where SSE2 is there: every line is scanned so.
qsizetype endOfField(QByteArrayView s, qsizetype i)
{
    const char *const p = s.data();
    const qsizetype n = s.size();
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i fromTab = _mm_sub_epi8(v, _mm_set1_epi8('\t')); // \t … \r are 9 … 13
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(fromTab, _mm_set1_epi8(4)), fromTab);
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))), control);
        if (const int mask = _mm_movemask_epi8(hit)) {
            return i + std::countr_zero(unsigned(mask));
        }
    }
#endif
    while (i < n && p[i] != ':' && !isSpace(p[i])) {
        ++i;
    }
    return i;
}

// '[' or ':': the end of a command.
qsizetype endOfCommand(QByteArrayView s, qsizetype i)
{
    return ByteScan::findAny(s.data(), i, s.size(), '[', ':', ':');
}

// "[digits]: \w+: " at position b of "]: "; returns the index after it, or -1.
qsizetype afterPidAndId(QByteArrayView rem, qsizetype b)
{
    qsizetype d = b - 1;
    while (d >= 0 && isDigit(rem[d])) {
        --d;
    }
    if (d == b - 1 || d < 0 || rem[d] != '[') {
        return -1;
    }
    qsizetype i = b + 3;
    const qsizetype wordStart = i;
    while (i < rem.size() && isWord(rem[i])) {
        ++i;
    }
    if (i == wordStart || i + 1 >= rem.size() || rem[i] != ':' || rem[i + 1] != ' ') {
        return -1;
    }
    return i + 2;
}

} // namespace

LogSummary::LogSummary(const QByteArray &syslogName)
    : m_syslogName(syslogName.isEmpty() ? QByteArrayLiteral("postfix") : syslogName)
{
    intern("pickup"); // PickupId
}

LogSummary::~LogSummary() = default;

void LogSummary::setCollectFacts(bool collect)
{
    if (!collect) {
        m_facts.reset();
    } else if (!m_facts) {
        m_facts = std::make_unique<LogFacts>();
    }
}

QByteArray LogSummary::clientDomain(QByteArrayView s)
{
    std::string buffer;
    const std::string_view d = clientDomainView(s, buffer);
    return QByteArray(d.data(), qsizetype(d.size()));
}

bool LogSummary::commandAndQueueId(QByteArrayView rem, QByteArrayView &cmd, QByteArrayView &qid) const
{
    const qsizetype n = rem.size();
    // .*?: ([^:\s]+) from position `from`
    auto findQid = [&](qsizetype from) {
        // Usually "[pid]: " follows: it holds no colon, so the first ": " is the one after it.
        qsizetype q = from;
        if (q < n && rem[q] == '[') {
            do {
                ++q;
            } while (q < n && isDigit(rem[q]));
            if (q < n && rem[q] == ']') {
                ++q;
            }
        }
        if (q + 1 >= n || rem[q] != ':' || rem[q + 1] != ' ') {
            q = find<": ">(rem, q);
        }
        for (; q >= 0; q = find<": ">(rem, q + 1)) {
            const qsizetype c = q + 2;
            if (c < n && rem[c] != ':' && !isSpace(rem[c])) {
                qid = rem.sliced(c, endOfField(rem, c) - c);
                return true;
            }
        }
        return false;
    };
    // ^(?:postfix|$syslogName)(?:/(?:smtps|submission))?/([^\[:]*).*?: ([^:\s]+)
    auto tryPrefix = [&](QByteArrayView prefix) {
        if (!Text::startsWith(rem, prefix)) {
            return false;
        }
        const qsizetype i = prefix.size();
        const QByteArrayView after = rem.sliced(i);
        qsizetype starts[2];
        int count = 0;
        if (Text::startsWith(after, "/smtps/")) {
            starts[count++] = i + 7;
        } else if (Text::startsWith(after, "/submission/")) {
            starts[count++] = i + 12;
        }
        if (i < n && rem[i] == '/') {
            starts[count++] = i + 1;
        }
        for (int k = 0; k < count; ++k) {
            const qsizetype e = endOfCommand(rem, starts[k]);
            if (findQid(e)) {
                cmd = rem.sliced(starts[k], e - starts[k]);
                return true;
            }
        }
        return false;
    };
    if (tryPrefix("postfix") || (m_syslogName != "postfix" && tryPrefix(m_syslogName))) {
        return true;
    }
    // ^((?:postfix)(?:-script)?)(?:\[\d+\])?: ([^:\s]+)
    for (const QByteArrayView name : {QByteArrayView("postfix-script"), QByteArrayView("postfix")}) {
        if (!rem.startsWith(name)) {
            continue;
        }
        for (bool withPid : {true, false}) {
            qsizetype i = name.size();
            if (withPid) {
                if (i >= n || rem[i] != '[') {
                    continue;
                }
                qsizetype j = i + 1;
                while (j < n && isDigit(rem[j])) {
                    ++j;
                }
                if (j == i + 1 || j >= n || rem[j] != ']') {
                    continue;
                }
                i = j + 1;
            }
            if (i + 2 < n && rem[i] == ':' && rem[i + 1] == ' ' && rem[i + 2] != ':' && !isSpace(rem[i + 2])) {
                qsizetype e = i + 2;
                while (e < n && rem[e] != ':' && !isSpace(rem[e])) {
                    ++e;
                }
                cmd = name;
                qid = rem.sliced(i + 2, e - i - 2);
                return true;
            }
        }
    }
    return false;
}

bool LogSummary::commandAndQueueId(const ParsedLine &line, QByteArrayView &cmd, QByteArrayView &qid) const
{
    // The parser found "PROGRAM[pid]: MESSAGE" with a program of "postfix/" and a daemon with no
    // '/' (nor '[', ':' or space, which end a program): what the pattern below makes of that line
    // is the daemon and the message's first field, unless that field is empty (the pattern then
    // looks further along the line).
    const QByteArrayView msg = line.message;
    const QByteArrayView daemon = line.daemon;
    if (line.pid >= 0 && line.hasProgram && !msg.isEmpty() && msg.data()[-1] == ' ' && !daemon.isEmpty()
        && line.program.data() == line.remainder.data() && daemon.data() == line.program.data() + 8
        && Text::startsWith(line.program, "postfix/") && msg[0] != ':' && !isSpace(msg[0])) {
        cmd = daemon;
        qid = msg.first(endOfField(msg, 0));
        return true;
    }
    return commandAndQueueId(line.remainder, cmd, qid);
}

void LogSummary::addLine(const ParsedLine &line)
{
    QByteArrayView rem = line.remainder;
    // s/: \[ID \d+ [^\]]+\] /: / — Solaris syslog tags.
    if (Text::startsWith(line.message, "[ID ")) {
        static const QRegularExpression tag(QStringLiteral(": \\[ID \\d+ [^\\]]+\\] "));
        const QString text = QString::fromLatin1(rem);
        const auto m = tag.match(text);
        if (m.hasMatch()) {
            const QByteArray stripped
                = (text.left(m.capturedStart()) + QStringLiteral(": ") + text.mid(m.capturedEnd())).toLatin1();
            process(line, stripped);
            return;
        }
    }
    process(line, rem);
}

void LogSummary::count(Column column)
{
    ++m_perHour[size_t(m_hour)][column];
    if (!m_day) {
        // A continuation's first day may be its predecessor's last (merge() decides where it goes).
        m_day = m_continuation && m_dayCount == 1 ? &m_firstDayCounts
                                                  : &m_perDay[m_dayKey]; // std::map nodes stay where they are
    }
    ++m_day->counts[column];
    m_day->columns = std::max(m_day->columns, int(column) + 1);
}

LogSummary::QueueState &LogSummary::queue(QByteArrayView qid)
{
    QueueState &st = qid.size() <= ShortKey::MaxBytes ? m_queue[ShortKey::make(qid)] : slot(m_longQueue, sv(qid));
    if (m_continuation) [[unlikely]] {
        // What merge() reads again should the earlier range have left this id in another state.
        m_queueLines.push_back({m_lineBegin, m_lineLength, st.lastLine});
        st.lastLine = quint32(m_queueLines.size());
    }
    return st;
}

LogSummary::Traffic &LogSummary::recipientDomain(std::string_view domain, double delay, bool sent)
{
    if (!m_continuation) [[likely]] {
        return slot(m_recipientDomains, domain);
    }
    // Sums and maxima of delays depend on their order: merge() repeats them after the earlier's.
    const size_t entry = m_recipientDomains.indexOf(domain);
    m_domainDelays.push_back({delay, quint32(entry), sent});
    return m_recipientDomains.valueAt(entry);
}

void LogSummary::reserveFor(qint64 logBytes)
{
    // Busy mail logs hold about one queue id per 1,200 bytes (the bench's 1 GB logs: 853,179 and
    // 886,650 messages); reserving for one per 1,000 avoids rehashing while reading, without
    // making the kernel clear twice the table's pages (the table holds at most 70% keys, so a
    // denser log grows it once, near its end).
    m_queue.reserve(size_t(std::max<qint64>(0, logBytes / 1000)));
    if (m_continuation) {
        // A continuation records nearly every line (about 130 bytes each) for merge(): reserved at
        // once, so the records are never copied as the vectors grow. Reserving touches no page:
        // the kernel clears only the pages the records fill.
        m_queueLines.reserve(size_t(std::max<qint64>(0, logBytes / 64)));
        m_domainDelays.reserve(size_t(std::max<qint64>(0, logBytes / 256)));
    }
}

quint32 LogSummary::intern(std::string_view text)
{
    quint32 &id = slot(m_internIds, text);
    if (id == 0) {
        m_interned.emplace_back(text);
        id = quint32(m_interned.size());
    }
    return id;
}

void LogSummary::bump(CounterId counter, std::string_view a, std::string_view b, std::string_view c)
{
    // Each part with its length in front: unambiguous whatever bytes the parts hold.
    m_key.clear();
    for (const std::string_view part : {a, b, c}) {
        const quint32 length = quint32(part.size());
        m_key.append(reinterpret_cast<const char *>(&length), sizeof length);
        m_key.append(part);
    }
    ++slot(m_counters[counter], m_key);
    if (m_details) {
        m_details.reset();
    }
}

std::vector<LogSummary::Row> LogSummary::sortedRows(const Counter &counter)
{
    std::vector<Row> rows;
    rows.reserve(counter.size());
    for (const auto &[key, value] : counter) {
        Row row {{}, value};
        size_t at = 0;
        for (std::string_view &part : row.part) {
            quint32 length = 0;
            std::memcpy(&length, key.data() + at, sizeof length);
            at += sizeof length;
            part = std::string_view(key.data() + at, length);
            at += length;
        }
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) { return x.part < y.part; });
    return rows;
}

const LogSummary::Details &LogSummary::details() const
{
    QMutexLocker lock(&m_detailsMutex);
    if (m_details) {
        return *m_details;
    }
    auto d = std::make_unique<Details>();
    // From rows sorted as the maps sort their keys: every insertion lands at the end of its map,
    // without a search.
    auto bytes = [](std::string_view v) {
        return QByteArray(v.data(), qsizetype(v.size()));
    };
    const std::array<Detail3 *, 4> threeLevels {&d->rejects, &d->warns, &d->holds, &d->discards};
    for (int c = Rejects; c <= Discards; ++c) {
        Detail3 &target = *threeLevels[size_t(c - Rejects)];
        Detail3::iterator outer;
        Detail2::iterator inner;
        const Row *previous = nullptr;
        for (const Row &row : sortedRows(m_counters[size_t(c)])) {
            if (!previous || row.part[0] != previous->part[0]) {
                outer = target.insert(target.cend(), bytes(row.part[0]), {});
                inner = outer->insert(outer->cend(), bytes(row.part[1]), {});
            } else if (row.part[1] != previous->part[1]) {
                inner = outer->insert(outer->cend(), bytes(row.part[1]), {});
            }
            inner->insert(inner->cend(), bytes(row.part[2]), row.value);
            previous = &row;
        }
    }
    const std::array<Detail2 *, 6> twoLevels {&d->deferralReasons, &d->bounceReasons, &d->smtpFailures,
                                              &d->warnings,        &d->fatals,        &d->panics};
    for (int c = DeferralReasons; c <= Panics; ++c) {
        Detail2 &target = *twoLevels[size_t(c - DeferralReasons)];
        Detail2::iterator outer;
        const Row *previous = nullptr;
        for (const Row &row : sortedRows(m_counters[size_t(c)])) {
            if (!previous || row.part[0] != previous->part[0]) {
                outer = target.insert(target.cend(), bytes(row.part[0]), {});
            }
            outer->insert(outer->cend(), bytes(row.part[1]), row.value);
            previous = &row;
        }
    }
    for (const Row &row : sortedRows(m_counters[Master])) {
        d->master.insert(d->master.cend(), bytes(row.part[0]), row.value);
    }
    m_details = std::move(d);
    return *m_details;
}

void LogSummary::addText(QByteArrayView text, QDate referenceDate, const std::atomic_bool *cancel)
{
    const LogLineParser parser(referenceDate);
    addRange(text, parser, cancel);
}

void LogSummary::addRange(QByteArrayView text, const LogLineParser &parser, const std::atomic_bool *cancel)
{
    // A few lines at a time: each batch's lines are parsed and their queue ids' slots in the queue
    // table fetched (prefetch) before any of them is counted, so that the table's cache misses
    // (a busy log's table is far larger than the caches) overlap instead of following each other.
    constexpr int Batch = 8;
    enum class Kind : quint8
    {
        Unparsed,
        Parsed, // not for pflogsumm's totals, or no command and queue id
        Tagged, // a Solaris tag: addLine() takes it apart
        Counted, // cmd and qid known
    };
    struct Pending
    {
        ParsedLine p;
        const char *begin = nullptr;
        quint32 length = 0;
        Kind kind = Kind::Unparsed;
        QByteArrayView cmd, qid;
    };
    std::array<Pending, Batch> batch;
    ParsedLine latest;
    const char *c = text.data();
    const char *const end = c + text.size();
    quint32 untilCheck = 0;
    while (c < end) {
        int count = 0;
        for (; count < Batch && c < end; ++count) {
            const char *nl = static_cast<const char *>(std::memchr(c, '\n', size_t(end - c)));
            const char *e = nl ? nl : end;
            qsizetype length = e - c;
            if (length > 0 && c[length - 1] == '\r') {
                --length;
            }
            Pending &x = batch[size_t(count)];
            x.begin = c;
            x.length = quint32(length);
            x.kind = Kind::Unparsed;
            // Parsed into one ParsedLine, which remembers the last timestamp (the next line's is
            // usually the same), then copied.
            const bool parsed = parser.parse(QByteArrayView(c, length), latest);
            if (parsed) {
                x.p = latest;
                x.kind = Kind::Parsed;
                if (x.p.pflogsummTimestamp && Text::startsWith(x.p.message, "[ID ")) {
                    x.kind = Kind::Tagged;
                } else if (x.p.pflogsummTimestamp && commandAndQueueId(x.p, x.cmd, x.qid)) {
                    x.kind = Kind::Counted;
                    if (x.qid.size() <= ShortKey::MaxBytes) {
                        m_queue.prefetch(ShortKey::make(x.qid));
                    }
                }
            }
            c = nl ? nl + 1 : end;
        }
        for (int k = 0; k < count; ++k) {
            const Pending &x = batch[size_t(k)];
            if (x.kind == Kind::Unparsed) {
                if (m_facts) {
                    m_facts->addUnparsedLine();
                }
                continue;
            }
            if (m_facts) {
                m_facts->addLine(x.p);
            }
            if (x.p.pflogsummTimestamp) {
                m_lineBegin = x.begin;
                m_lineLength = x.length;
                if (x.kind == Kind::Tagged) {
                    addLine(x.p);
                } else if (x.kind == Kind::Counted) {
                    processCommand(x.p, x.p.remainder, x.cmd, x.qid);
                }
            }
        }
        untilCheck += quint32(count);
        if (cancel && untilCheck >= 65536) {
            untilCheck = 0;
            if (cancel->load(std::memory_order_relaxed)) {
                return;
            }
        }
    }
}

QMap<QByteArray, LogSummary::Traffic> toMap(const auto &hash)
{
    QMap<QByteArray, LogSummary::Traffic> map;
    for (const auto &[key, value] : hash) {
        map.insert(QByteArray(key.data(), qsizetype(key.size())), value);
    }
    return map;
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::senderTraffic() const
{
    return toMap(m_senders);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::sendingDomainTraffic() const
{
    return toMap(m_sendingDomains);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::recipientTraffic() const
{
    return toMap(m_recipients);
}

QMap<QByteArray, LogSummary::Traffic> LogSummary::recipientDomainTraffic() const
{
    return toMap(m_recipientDomains);
}

void LogSummary::process(const ParsedLine &line, QByteArrayView rem)
{
    QByteArrayView cmd, qid;
    if (commandAndQueueId(rem, cmd, qid)) {
        processCommand(line, rem, cmd, qid);
    }
}

void LogSummary::processCommand(const ParsedLine &line, QByteArrayView rem, QByteArrayView cmd, QByteArrayView qid)
{
    const qsizetype n = rem.size();
    if (line.day != m_lastDay) {
        m_lastDay = line.day;
        m_dayKey = line.year * 10000 + line.month * 100 + line.day;
        if (m_dayCount == 0) {
            m_firstDay = line.day;
            m_firstDayKey = m_dayKey;
        }
        m_day = nullptr;
        ++m_dayCount;
    }
    m_hour = line.hour;

    // regexp rejects happen in "cleanup":
    // /\/cleanup\[\d+\]: .*?\b((?:milter-)?reject|warning|hold|discard): (header|body|END-OF-MESSAGE) (.*)$/
    if (Text::equals(cmd, "cleanup")
        && ((find<": header ">(rem) >= 0) || (find<": body ">(rem) >= 0) || (find<": END-OF-MESSAGE ">(rem) >= 0))) {
        const qsizetype at = find<"/cleanup[">(rem);
        if (at >= 0) {
            qsizetype i = at + 9;
            const qsizetype digits = i;
            while (i < n && isDigit(rem[i])) {
                ++i;
            }
            if (i > digits && Text::startsWith(rem.sliced(i), "]: ")) {
                const qsizetype start = i + 3;
                for (qsizetype t = start; t < n; ++t) {
                    if (t > 0 && isWord(rem[t - 1])) {
                        continue;
                    }
                    const QByteArrayView at_t = rem.sliced(t);
                    QByteArrayView sub;
                    for (const char *k : {"milter-reject", "reject", "warning", "hold", "discard"}) {
                        const QByteArrayView kw(k);
                        if (at_t.startsWith(kw) && Text::startsWith(at_t.sliced(kw.size()), ": ")) {
                            sub = kw;
                            break;
                        }
                    }
                    if (sub.isEmpty()) {
                        continue;
                    }
                    const QByteArrayView afterSub = at_t.sliced(sub.size() + 2);
                    QByteArrayView reason;
                    for (const char *k : {"header", "body", "END-OF-MESSAGE"}) {
                        const QByteArrayView kw(k);
                        if (afterSub.startsWith(kw) && afterSub.size() > kw.size() && afterSub[kw.size()] == ' ') {
                            reason = kw;
                            break;
                        }
                    }
                    if (reason.isEmpty()) {
                        continue;
                    }
                    QByteArrayView rest = afterSub.sliced(reason.size() + 1);
                    // $rejRmdr =~ s/( from \S+?)?; from=<.*$//
                    if (const qsizetype f = find<"; from=<">(rest); f >= 0) {
                        qsizetype cut = f;
                        qsizetype s = f;
                        while (s > 0 && !isSpace(rest[s - 1])) {
                            --s;
                        }
                        if (s < f && s >= 6 && rest.sliced(s - 6, 6) == " from ") {
                            cut = s - 6;
                        }
                        rest = rest.first(cut);
                    }
                    const std::string_view detail = trimString(rest, 64, m_text);
                    if (Text::equals(sub, "reject") || Text::equals(sub, "milter-reject")) {
                        bump(Rejects, "cleanup", sv(reason), detail);
                        ++m_rejected;
                    } else if (Text::equals(sub, "warning")) {
                        bump(Warns, "cleanup", sv(reason), detail);
                        ++m_rejectWarnings;
                    } else if (Text::equals(sub, "hold")) {
                        bump(Holds, "cleanup", sv(reason), detail);
                        ++m_held;
                    } else {
                        bump(Discards, "cleanup", sv(reason), detail);
                        ++m_discarded;
                    }
                    count(Rejected);
                    return;
                }
            }
        }
    }

    auto afterLast = [&](QByteArrayView marker) {
        const qsizetype at = rem.lastIndexOf(marker);
        return at < 0 ? rem : rem.sliced(at + marker.size());
    };
    if (Text::equals(qid, "warning")) {
        bump(Warnings, sv(cmd), trimString(afterLast("warning: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "fatal")) {
        bump(Fatals, sv(cmd), trimString(afterLast("fatal: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "panic")) {
        bump(Panics, sv(cmd), trimString(afterLast("panic: "), 66, m_text));
        return;
    }
    if (Text::equals(qid, "reject")) {
        smtpdReject(rem, Rejects, m_rejected);
        return;
    }
    if (Text::equals(qid, "reject_warning")) {
        smtpdReject(rem, Warns, m_rejectWarnings);
        return;
    }
    if (Text::equals(qid, "hold")) {
        smtpdReject(rem, Holds, m_held);
        return;
    }
    if (Text::equals(qid, "discard")) {
        smtpdReject(rem, Discards, m_discarded);
        return;
    }
    if (Text::equals(cmd, "master")) {
        // (split(/^.*master.*: /, $logRmdr))[1]
        std::string_view key;
        const qsizetype m = find<"master">(rem);
        const qsizetype colon = rem.lastIndexOf(": ");
        if (m >= 0 && colon >= m + 6) {
            key = sv(rem.sliced(colon + 2));
        }
        bump(Master, key);
        return;
    }
    if (Text::equals(cmd, "smtpd") || Text::equals(cmd, "postscreen")) {
        // /\[\d+\]: \w+: client=(.+?)(,|$)/ at any "]: " wins; else the first
        // /\[\d+\]: \w+: (reject(?:_warning)?|hold|discard): /. One pass over the "]: " for both.
        QByteArrayView rejectTail;
        for (qsizetype b = find<"]: ">(rem); b >= 0; b = find<"]: ">(rem, b + 1)) {
            const qsizetype i = afterPidAndId(rem, b);
            if (i < 0) {
                continue;
            }
            const QByteArrayView tail = rem.sliced(i);
            if (Text::startsWith(tail, "client=") && tail.size() > 7) {
                const qsizetype comma = tail.indexOf(',', 8);
                const QByteArrayView client = tail.sliced(7, (comma < 0 ? tail.size() : comma) - 7);
                count(Received);
                ++m_received;
                const std::string_view domain = clientDomainView(client, m_text);
                // $rcvdMsg{$qid} = gimme_domain(…): a false value ("" or "0") is as good as none.
                queue(qid).receivedFrom = !domain.empty() && domain != "0" ? intern(domain) : 0;
                return;
            }
            if (rejectTail.isNull()
                && (Text::startsWith(tail, "reject: ") || Text::startsWith(tail, "reject_warning: ")
                    || Text::startsWith(tail, "hold: ") || Text::startsWith(tail, "discard: "))) {
                rejectTail = tail;
            }
        }
        if (Text::startsWith(rejectTail, "reject: ")) {
            smtpdReject(rem, Rejects, m_rejected);
        } else if (Text::startsWith(rejectTail, "reject_warning: ")) {
            smtpdReject(rem, Warns, m_rejectWarnings);
        } else if (Text::startsWith(rejectTail, "hold: ")) {
            smtpdReject(rem, Holds, m_held);
        } else if (Text::startsWith(rejectTail, "discard: ")) {
            smtpdReject(rem, Discards, m_discarded);
        }
        return;
    }

    // /from=<([^>]*)>, size=(\d+)/
    for (qsizetype f = find<"from=<">(rem); f >= 0; f = find<"from=<">(rem, f + 1)) {
        const qsizetype close = rem.indexOf('>', f + 6);
        if (close < 0) {
            break;
        }
        if (!Text::startsWith(rem.sliced(close + 1), ", size=")) {
            continue;
        }
        const qsizetype digits = close + 8;
        qsizetype e = digits;
        while (e < n && isDigit(rem[e])) {
            ++e;
        }
        if (e == digits) {
            continue;
        }
        QueueState &st = queue(qid);
        if (st.sizeSet) {
            return; // avoid double-counting!
        }
        const QByteArrayView sizeText = rem.sliced(digits, e - digits);
        // pflogsumm takes any number of digits; Postfix logs a queue file's size, far below 2^40
        // (1 TiB). A size beyond that counts as 2^40 here: so every total of sizes is a whole
        // number below 2^53 (for fewer than 8,192 such messages), exact in double whatever the
        // order of the additions, and the threads' totals merge into one pass's exactly (next to a
        // 58-digit size, the 3000 bytes of another delivery vanished from the merged total).
        const double size = std::min(perlNumber(sizeText), MaxMessageSize);
        st.size = size;
        st.sizeSet = sizeText != "0";
        if (const quint32 received = st.receivedFrom) {
            const std::string &receivedFromText = m_interned[received - 1];
            const QByteArrayView rawAddr = rem.sliced(f + 6, close - f - 6);
            std::string_view addr = "from=<>";
            size_t at = std::string::npos;
            if (!rawAddr.isEmpty()) {
                at = lowerDomainPart(rawAddr, m_scratch);
                addr = m_scratch;
            }
            // s/^[^@]+\@(.+)$/$1/ or the client's domain
            std::string_view domain;
            if (at != std::string::npos && at > 0 && at + 1 < addr.size()) {
                domain = addr.substr(at + 1);
            } else {
                domain = received == PickupId ? addr : std::string_view(receivedFromText);
            }
            Traffic &dom = slot(m_sendingDomains, domain);
            if (dom.count == 0) {
                ++m_sendingDomainCount;
            }
            ++dom.count;
            dom.size += size;
            Traffic &user = slot(m_senders, addr);
            if (user.count == 0) {
                ++m_senderCount;
            }
            ++user.count;
            user.size += size;
            m_bytesReceived += size;
            st.receivedFrom = 0; // delete($rcvdMsg{$qid})
        }
        return;
    }

    // /to=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]+), (?:conn_use=[^,]+, )?delay=([^,]+),
    //  (?:delays=[^,]+, )?(?:dsn=[^,]+, )?status=(\S+)(.*)$/
    for (qsizetype k = find<"to=<">(rem); k >= 0; k = find<"to=<">(rem, k + 1)) {
        const qsizetype close = rem.indexOf('>', k + 4);
        if (close < 0) {
            break;
        }
        qsizetype i = close + 1;
        // (On literals, whose lengths are known here: QByteArrayView measures them at run time.)
        auto expect = [&]<size_t N>(const char(&s)[N]) {
            if (Text::startsWith(rem.sliced(i), s)) {
                i += qsizetype(N - 1);
                return true;
            }
            return false;
        };
        // key=[^,]+, — returns the value, advancing i; optional keys leave i alone on failure.
        auto value = [&]<size_t N>(const char(&key)[N], QByteArrayView *out) {
            if (!Text::startsWith(rem.sliced(i), key)) {
                return false;
            }
            const qsizetype v = i + qsizetype(N - 1);
            const qsizetype comma = rem.indexOf(',', v);
            if (comma <= v || comma + 1 >= n || rem[comma + 1] != ' ') {
                return false;
            }
            if (out) {
                *out = rem.sliced(v, comma - v);
            }
            i = comma + 2;
            return true;
        };
        if (!expect(", ")) {
            continue;
        }
        if (Text::startsWith(rem.sliced(i), "orig_to=<")) {
            const qsizetype c2 = rem.indexOf('>', i + 9);
            if (c2 >= 0 && Text::startsWith(rem.sliced(c2 + 1), ", ")) {
                i = c2 + 3;
            }
        }
        QByteArrayView relay, delayText;
        if (!value("relay=", &relay)) {
            continue;
        }
        value("conn_use=", nullptr);
        if (!value("delay=", &delayText)) {
            continue;
        }
        value("delays=", nullptr);
        value("dsn=", nullptr);
        if (!expect("status=")) {
            continue;
        }
        qsizetype e = i;
        while (e < n && !isSpace(rem[e])) {
            ++e;
        }
        if (e == i) {
            continue;
        }
        const QByteArrayView status = rem.sliced(i, e - i);
        const QByteArrayView toRest = rem.sliced(e);
        // $addr =~ s/(@.+)/\L$1/ into a reused buffer; (my $domAddr = $addr) =~ s/^[^@]+\@//
        const QByteArrayView rawTo = rem.sliced(k + 4, close - k - 4);
        const size_t atPos = lowerDomainPart(rawTo, m_scratch);
        const QByteArrayView addr(m_scratch.data(), qsizetype(m_scratch.size()));
        const QByteArrayView domain
            = atPos != std::string::npos && atPos > 0 ? addr.sliced(qsizetype(atPos) + 1) : addr;
        const double delay = perlNumber(delayText);
        if (Text::equals(status, "sent")) {
            if (find<"forwarded as ">(toRest) >= 0) {
                ++m_forwarded;
                return;
            }
            Traffic &dom = recipientDomain(sv(domain), delay, true);
            if (dom.count == 0) {
                ++m_recipientDomainCount;
            }
            ++dom.count;
            dom.delaySum += delay;
            if (dom.delayMax == 0 || delay > dom.delayMax) {
                dom.delayMax = delay;
            }
            Traffic &user = slot(m_recipients, sv(addr));
            if (user.count == 0) {
                ++m_recipientCount;
            }
            ++user.count;
            count(Delivered);
            ++m_delivered;
            const QueueState &st = queue(qid);
            if (st.sizeSet) {
                dom.size += st.size;
                user.size += st.size;
                m_bytesDelivered += st.size;
            } else {
                m_noSize.insert(qid.toByteArray(), addr.toByteArray());
            }
            size_t bucket = 0;
            while (bucket + 1 < DelayBounds.size() && delay > DelayBounds[bucket]) {
                ++bucket;
            }
            ++m_delayHistogram[bucket];
        } else if (Text::equals(status, "deferred")) {
            // /, status=deferred \(([^\)]+)/
            QByteArray reason;
            if (const qsizetype at = find<", status=deferred (">(rem); at >= 0) {
                const qsizetype start = at + 19;
                qsizetype end = start;
                while (end < n && rem[end] != ')') {
                    ++end;
                }
                if (end > start) {
                    reason = rem.sliced(start, end - start).toByteArray();
                }
            }
            reason = stripCode(trimSaid(reason, 65));
            if (Text::startsWith(reason, "connect to ")) {
                reason = reason.mid(11);
            }
            bump(DeferralReasons, sv(cmd), sv(reason));
            count(Deferred);
            ++m_deferrals;
            QueueState &st = queue(qid);
            if (!st.deferred) {
                st.deferred = true;
                ++m_deferredMessages;
            }
            Traffic &dom = recipientDomain(sv(domain), delay, false);
            ++dom.defers;
            if (dom.delayMax == 0 || delay > dom.delayMax) {
                dom.delayMax = delay;
            }
        } else if (Text::equals(status, "bounced")) {
            // /, status=bounced \((.+)\)/
            QByteArray reason;
            if (const qsizetype at = find<", status=bounced (">(rem); at >= 0) {
                const qsizetype start = at + 18;
                const qsizetype end = rem.lastIndexOf(')');
                if (end > start) {
                    reason = rem.sliced(start, end - start).toByteArray();
                }
            }
            reason = stripCode(trimSaid(reason, 66));
            bump(BounceReasons, sv(relay), sv(reason));
            count(Bounced);
            ++m_bounced;
        }
        return;
    }

    if (Text::equals(cmd, "pickup")) {
        // /: (sender|uid)=/
        if ((find<": sender=">(rem) >= 0) || (find<": uid=">(rem) >= 0)) {
            count(Received);
            ++m_received;
            queue(qid).receivedFrom = PickupId;
        }
        return;
    }
    // Both patterns need " connect to " and either "; address " or a " (port N)" at the end: check
    // that first, so that the regular expressions only run on lines they may match.
    if (Text::equals(cmd, "smtp") && find<" connect to ">(rem) >= 0
        && (find<"; address ">(rem) >= 0 || (rem.endsWith(')') && find<" (port ">(rem) >= 0))) {
        // Old-style connection failures; Postfix 3 no longer logs these forms, so regexes suffice.
        static const QRegularExpression a(QStringLiteral("^.* connect to (\\S+?): ([^;]+); address \\S+ port.*$"));
        static const QRegularExpression b(QStringLiteral("^.* connect to ([^[]+)\\[\\S+?\\]: (.+?) \\(port \\d+\\)$"));
        const QString text = QString::fromLatin1(rem);
        QRegularExpressionMatch m = a.match(text);
        if (!m.hasMatch()) {
            m = b.match(text);
        }
        if (m.hasMatch()) {
            bump(SmtpFailures, sv(m.captured(2).toLower().toLatin1()), sv(m.captured(1).toLatin1()));
        }
    }
}

int LogSummary::rejectedPercent() const
{
    const double total = m_delivered + m_rejected + m_discarded;
    return total > 0 ? int((m_rejected / total) * 100) : 0;
}

int LogSummary::discardedPercent() const
{
    const double total = m_delivered + m_rejected + m_discarded;
    return total > 0 ? int((m_discarded / total) * 100) : 0;
}

} // namespace Mailroom
