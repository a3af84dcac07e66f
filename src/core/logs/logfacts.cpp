// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/logfacts.h"

#include "logs/linepreparser.h"
#include "logs/logindex.h"
#include "logs/loginline.h"
#include "logs/loglineparser.h"
#include "logs/spamdline.h"
#include "logs/textutil.h"

#include <algorithm>
#include <cstring>

namespace Mailroom {

namespace {
// "reject: …" or "milter-reject: …": the rejects JourneyBuilder reads with RejectLine, the only
// Postfix lines that can make a journey spam (RejectLine flags SpamRejected by the reply).
bool isReject(QByteArrayView rest)
{
    return Text::startsWith(rest, "reject: ") || Text::startsWith(rest, "milter-reject: ");
}
// a[0, n) == b[0, n), eight bytes at a time (the last eight overlapping the ones before).
bool sameBytes(const char *a, const char *b, qsizetype n)
{
    const auto load64 = [](const char *p) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    const auto load32 = [](const char *p) {
        quint32 v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    if (n >= 8) {
        for (qsizetype i = 0; i + 8 < n; i += 8) {
            if (load64(a + i) != load64(b + i)) {
                return false;
            }
        }
        return load64(a + n - 8) == load64(b + n - 8);
    }
    if (n >= 4) {
        return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}
} // namespace

void LogFacts::addLine(const ParsedLine &p)
{
    ++m_lines;
    const quint8 host = internHost(p.host);
    LoginLine::Fields f;
    bool login = false;
    if (LogLineParser::isPostfix(p)) {
        // What LinePreparser hands JourneyBuilder: the message after a Solaris tag, its queue id.
        const QByteArrayView msg = LinePreparser::withoutSolarisTag(p.message);
        const bool smtpd = Text::equals(p.daemon, "smtpd");
        const bool cleanup = !smtpd && Text::equals(p.daemon, "cleanup");
        if (!smtpd && !cleanup && !Text::startsWith(msg, "NOQUEUE: ")) {
            return; // neither a login nor a reject JourneyBuilder reads
        }
        const qsizetype q = LinePreparser::queueIdLength(msg);
        if (!m_spamAssassin) {
            const QByteArrayView rest = msg.sliced(std::min(q > 0 ? q + 2 : 9, msg.size()));
            const bool reject
                = q > 0 ? (smtpd || cleanup) && isReject(rest) : Text::startsWith(msg, "NOQUEUE: ") && isReject(rest);
            m_spamAssassin = reject && SpamdLine::isSpamReject(rest);
        }
        login = smtpd && LoginLine::parsePostfix(p, msg, q, f);
    } else if (LoginLine::isDovecot(p)) {
        login = LoginLine::parseDovecot(p.message, f);
    } else if (SpamdLine::isSpamd(p.program)) {
        m_spamAssassin = true;
    }
    if (login) { // as JourneyBuilder::addLogin
        LoginEvent e;
        e.user = keep(f.user);
        e.address = keep(f.address);
        e.line = quint32(m_lines - 1);
        e.time = p.time;
        e.attempts = f.attempts;
        e.service = f.service;
        e.result = f.result;
        e.host = host;
        m_logins.push_back(e);
    }
}

void LogFacts::merge(const LogFacts &later)
{
    std::vector<quint8> hostOf(later.m_hosts.size());
    for (qsizetype h = 0; h < later.m_hosts.size(); ++h) {
        hostOf[size_t(h)] = internHost(later.m_hosts.at(h));
    }
    const auto textOffset = quint64(m_text.size());
    m_text.append(later.m_text);
    auto moved = [textOffset](TextRef ref) {
        return ref.isEmpty() ? TextRef() : TextRef(ref.offset() + textOffset, ref.length());
    };
    m_logins.reserve(m_logins.size() + later.m_logins.size());
    for (LoginEvent e : later.m_logins) {
        e.user = moved(e.user);
        e.address = moved(e.address);
        e.line += quint32(m_lines);
        // A host beyond MaxHosts in `later` is MaxHosts here too.
        e.host = e.host < hostOf.size() ? hostOf[e.host] : LogIndex::MaxHosts;
        m_logins.push_back(e);
    }
    m_lines += later.m_lines;
    m_unparsed += later.m_unparsed;
    m_spamAssassin = m_spamAssassin || later.m_spamAssassin;
}

TextRef LogFacts::keep(QByteArrayView text)
{
    if (text.isEmpty()) {
        return {};
    }
    const TextRef ref(quint64(m_text.size()), quint64(text.size()));
    m_text.append(text.first(std::min<qsizetype>(text.size(), TextRef::MaxLength)));
    return ref;
}

// As JourneyBuilder::internHost: a number per name in order of appearance, MaxHosts for the rest.
quint8 LogFacts::internHost(QByteArrayView host)
{
    // Most lines name the previous line's host, and this runs for every line: compared with a
    // copy of it held here, without a call.
    // (m_lastHostSize is -1 or at most the copy's size.)
    if (host.size() == m_lastHostSize && sameBytes(host.data(), m_lastHostText.data(), host.size())) {
        return m_lastHost;
    }
    const quint8 index = LogIndex::hostNumber(m_hosts, host);
    if (index != LogIndex::MaxHosts && host.size() <= qsizetype(sizeof m_lastHostText)) {
        m_lastHost = index;
        m_lastHostSize = host.size();
        std::copy(host.begin(), host.end(), m_lastHostText.begin());
    } else {
        m_lastHostSize = -1;
    }
    return index;
}

} // namespace Mailroom
