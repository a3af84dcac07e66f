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
    if (m_lastHost >= 0) {
        // Inline: most lines name the previous line's host, and this runs for every line.
        const QByteArray &last = m_hosts.at(m_lastHost);
        if (last.size() == host.size() && std::memcmp(last.constData(), host.data(), size_t(host.size())) == 0) {
            return quint8(m_lastHost);
        }
    }
    const quint8 index = LogIndex::hostNumber(m_hosts, host);
    if (index != LogIndex::MaxHosts) {
        m_lastHost = index;
    }
    return index;
}

} // namespace Mailroom
