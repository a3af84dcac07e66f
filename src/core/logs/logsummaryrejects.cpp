// SPDX-License-Identifier: GPL-2.0-or-later
// LogSummary's classification of smtpd, postscreen and cleanup rejects (pflogsumm's proc_smtpd_reject());
// the rest of the counting is in logsummary.cpp. Called for reject lines only, so the call across
// translation units costs nothing measurable.
#include "logs/logsummary.h"
#include "logs/perlcompat.h"
#include "logs/textutil.h"

#include <cstring>
#include <string_view>

namespace Mailroom {

using Text::find;
using namespace Perl;

void LogSummary::smtpdReject(QByteArrayView rem, CounterId detail, double &counter)
{
    // proc_smtpd_reject()
    ++counter;
    count(Rejected);
    // /^.* \b(?:reject(?:_warning)?|hold|discard): (\S+) from (\S+?): (.*)$/ — rightmost keyword.
    const qsizetype n = rem.size();
    QByteArrayView type, from, rest;
    bool matched = false;
    // Candidates right to left: each ": " whose word before it, after a space, is a keyword (the
    // keywords contain neither spaces nor colons, so that word is the whole keyword: a space and
    // the keyword right before the colon). The colons are found with memrchr (vectorized).
    const auto lastColonBefore = [&](qsizetype end) {
        const void *colon = memrchr(rem.data(), ':', size_t(end));
        return colon ? qsizetype(static_cast<const char *>(colon) - rem.data()) : qsizetype(-1);
    };
    const auto keywordBefore = [&](qsizetype c) {
        for (const std::string_view keyword : {"reject", "reject_warning", "hold", "discard"}) {
            const auto length = qsizetype(keyword.size());
            if (c > length && rem[c - length - 1] == ' '
                && std::memcmp(rem.data() + c - length, keyword.data(), keyword.size()) == 0) {
                return true;
            }
        }
        return false;
    };
    for (qsizetype c = lastColonBefore(n); c > 0 && !matched; c = lastColonBefore(c)) {
        if (c + 1 >= n || rem[c + 1] != ' ' || !keywordBefore(c)) {
            continue;
        }
        qsizetype i = c + 2;
        const qsizetype typeStart = i;
        while (i < n && !isSpace(rem[i])) {
            ++i;
        }
        if (i == typeStart || !Text::startsWith(rem.sliced(i), " from ")) {
            continue;
        }
        const qsizetype fromStart = i + 6;
        qsizetype j = fromStart;
        while (j + 1 < n && !isSpace(rem[j]) && !(j > fromStart && rem[j] == ':' && rem[j + 1] == ' ')) {
            ++j;
        }
        if (j == fromStart || j + 1 >= n || rem[j] != ':' || rem[j + 1] != ' ') {
            continue;
        }
        type = rem.sliced(typeStart, i - typeStart);
        from = rem.sliced(fromStart, j - fromStart);
        rest = rem.sliced(j + 2);
        matched = true;
    }

    // The reason is rewritten in a buffer of this summary's: no allocation per reject.
    std::string &reason = m_text2;
    reason.assign(rest.data(), size_t(rest.size()));
    const auto npos = std::string::npos;
    auto codeAt = [&](size_t i) { // \d{3} followed by a space
        return reason.size() >= i + 4 && isDigit(reason[i]) && isDigit(reason[i + 1]) && isDigit(reason[i + 2])
            && reason[i + 3] == ' ';
    };
    if (Text::equals(type, "RCPT") || Text::equals(type, "DATA") || Text::equals(type, "CONNECT")) {
        // s/^(\d{3} <).*?(>:)/$1$2/
        if (codeAt(0) && reason.size() >= 5 && reason[4] == '<') {
            if (const size_t close = reason.find(">:", 5); close != npos) {
                reason.erase(5, close - 5);
            }
        }
        // s/^(?:\d{3} \d\.\d\.\d )(Protocol error);.*$/$1/
        if (codeAt(0) && reason.size() >= 10 && isDigit(reason[4]) && reason[5] == '.' && isDigit(reason[6])
            && reason[7] == '.' && isDigit(reason[8]) && reason[9] == ' '
            && std::string_view(reason).substr(10).starts_with("Protocol error;")) {
            reason = "Protocol error";
        }
        // s/^(?:.*?[:;] )(?:\[[^\]]+\] )?([^;,]+)[;,].*$/$1/
        for (size_t e = 0; e + 1 < reason.size(); ++e) {
            if ((reason[e] != ':' && reason[e] != ';') || reason[e + 1] != ' ') {
                continue;
            }
            // The end of ([^;,]+)[;,] from start, npos if it does not match.
            auto separatorAfter = [&](size_t start) {
                const size_t f = reason.find_first_of(";,", start);
                return f != npos && f > start ? f : npos;
            };
            const size_t start = e + 2;
            size_t takeStart = npos, takeEnd = npos;
            if (start < reason.size() && reason[start] == '[') {
                const size_t close = reason.find(']', start + 1);
                if (close != npos && close > start + 1 && close + 1 < reason.size() && reason[close + 1] == ' ') {
                    takeEnd = separatorAfter(close + 2);
                    takeStart = close + 2;
                }
            }
            if (takeEnd == npos) {
                takeEnd = separatorAfter(start);
                takeStart = start;
            }
            if (takeEnd != npos) {
                reason.resize(takeEnd); // in place: no copy of the text
                reason.erase(0, takeStart);
                break;
            }
        }
        // s/^((?:Sender|Recipient) address rejected: [^:]+):.*$/$1/
        for (const std::string_view prefix : {"Sender address rejected: ", "Recipient address rejected: "}) {
            if (std::string_view(reason).starts_with(prefix)) {
                const size_t colon = reason.find(':', prefix.size());
                if (colon != npos && colon > prefix.size()) {
                    reason.resize(colon);
                }
            }
        }
        // s/(client|Client host|Sender address) .+? blocked/blocked/
        for (size_t p = 0; p < reason.size(); ++p) {
            // Only where a keyword can start: one compare a position instead of three calls.
            if (reason[p] != 'c' && reason[p] != 'C' && reason[p] != 'S') {
                continue;
            }
            const std::string_view at = std::string_view(reason).substr(p);
            size_t kl = 0;
            for (const std::string_view kw : {"client ", "Client host ", "Sender address "}) {
                if (at.starts_with(kw)) {
                    kl = kw.size();
                    break;
                }
            }
            if (kl == 0) {
                continue;
            }
            if (const size_t blocked = reason.find(" blocked", p + kl + 1); blocked != npos) {
                reason.replace(p, blocked + 8 - p, "blocked");
            }
            break;
        }
    } else if (Text::equals(type, "MAIL")) {
        // s/^\d{3} (?:<.+>: )?([^;:]+)[;:]?.*$/$1/
        if (codeAt(0)) {
            auto keepUpTo = [&](size_t start) { // the text from start to the first ';' or ':'
                const size_t f = reason.find_first_of(";:", start);
                reason.resize(f == npos ? reason.size() : f);
                reason.erase(0, start);
            };
            bool done = false;
            if (reason.size() > 4 && reason[4] == '<') {
                for (size_t g = reason.rfind(">: "); g != npos && g >= 6; g = reason.rfind(">: ", g - 1)) {
                    const size_t v = g + 3;
                    if (v < reason.size() && reason[v] != ';' && reason[v] != ':') {
                        keepUpTo(v);
                        done = true;
                        break;
                    }
                }
            }
            if (!done && reason.size() > 4 && reason[4] != ';' && reason[4] != ':') {
                keepUpTo(4);
            }
        }
    } else {
        // s/^(?:.*[:;] )?([^,]+).*$/$1/
        bool done = false;
        for (qsizetype e = qsizetype(reason.size()) - 2; e >= 0; --e) {
            const auto u = size_t(e);
            if ((reason[u] == ':' || reason[u] == ';') && reason[u + 1] == ' ' && u + 2 < reason.size()
                && reason[u + 2] != ',') {
                const size_t comma = reason.find(',', u + 2);
                reason.resize(comma == npos ? reason.size() : comma);
                reason.erase(0, u + 2);
                done = true;
                break;
            }
        }
        if (!done && !reason.empty() && reason[0] != ',') {
            const size_t comma = reason.find(',');
            if (comma != npos && comma > 0) {
                reason.resize(comma);
            }
        }
    }

    // Recipient: to=<([^>]+)>, \d{3} <([^>]+)>: User unknown , to=<(.*?)(?:[, ]|$), else "<>".
    QByteArrayView to;
    bool haveTo = false;
    for (qsizetype t = find<"to=<">(rest); t >= 0 && !haveTo; t = find<"to=<">(rest, t + 1)) {
        const qsizetype close = rest.indexOf('>', t + 4);
        if (close > t + 4) {
            to = rest.sliced(t + 4, close - t - 4);
            haveTo = true;
        }
    }
    if (!haveTo) {
        for (qsizetype u = find<">: User unknown ">(rest); u >= 0 && !haveTo;
             u = find<">: User unknown ">(rest, u + 1)) {
            const qsizetype lt = rest.lastIndexOf('<', u);
            if (lt >= 4 && lt + 1 < u && rest[lt - 1] == ' ' && isDigit(rest[lt - 2]) && isDigit(rest[lt - 3])
                && isDigit(rest[lt - 4]) && !rest.sliced(lt + 1, u - lt - 1).contains('>')) {
                to = rest.sliced(lt + 1, u - lt - 1);
                haveTo = true;
            }
        }
    }
    if (!haveTo) {
        const qsizetype t = find<"to=<">(rest);
        if (t >= 0) {
            qsizetype e = t + 4;
            while (e < rest.size() && rest[e] != ',' && rest[e] != ' ') {
                ++e;
            }
            to = rest.sliced(t + 4, e - t - 4);
            haveTo = true;
        }
    }
    if (!haveTo) {
        to = "<>";
    }
    // Sender: /from=<([^>]+)>/ or "<>".
    QByteArrayView sender = "<>";
    for (qsizetype f = find<"from=<">(rest); f >= 0; f = find<"from=<">(rest, f + 1)) {
        const qsizetype close = rest.indexOf('>', f + 6);
        if (close > f + 6) {
            sender = rest.sliced(f + 6, close - f - 6);
            break;
        }
    }

    std::string_view data;
    const bool hasSemicolon = reason.find(';') != npos;
    auto findCoded = [&](std::string_view phrase) {
        // ^.*?\d{3} (PHRASE);.*$
        if (!hasSemicolon) {
            return false;
        }
        for (size_t p = reason.find(phrase); p != npos; p = reason.find(phrase, p + 1)) {
            if (p >= 4 && reason[p - 1] == ' ' && isDigit(reason[p - 2]) && isDigit(reason[p - 3])
                && isDigit(reason[p - 4]) && reason.size() > p + phrase.size() && reason[p + phrase.size()] == ';') {
                return true;
            }
        }
        return false;
    };
    const std::string_view said(reason);
    if (said.starts_with("Sender address rejected:")) {
        data = sv(sender);
    } else if (said.starts_with("Recipient address rejected:") || said == "User unknown"
               || said.starts_with("User unknown ")) {
        data = sv(to);
    } else if (findCoded("Improper use of SMTP command pipelining")) {
        reason = "Improper use of SMTP command pipelining";
        // /^.+? from (\S+?):.*$/
        for (qsizetype f = find<" from ">(rem); f >= 0; f = find<" from ">(rem, f + 1)) {
            if (f < 1) {
                continue;
            }
            qsizetype e = f + 6;
            while (e < rem.size() && !isSpace(rem[e]) && !(e > f + 6 && rem[e] == ':')) {
                ++e;
            }
            if (e > f + 6 && e < rem.size() && rem[e] == ':') {
                data = sv(rem.sliced(f + 6, e - f - 6));
                break;
            }
        }
    } else if (findCoded("Message size exceeds fixed limit")) {
        reason = "Message size exceeds fixed limit";
        data = clientDomainView(from, m_text);
    } else if (findCoded("Server configuration error") || findCoded("Server configuration problem")) {
        reason = findCoded("Server configuration error") ? "(Local) Server configuration error"
                                                         : "(Local) Server configuration problem";
        data = clientDomainView(from, m_text);
    } else {
        data = clientDomainView(from, m_text);
    }
    bump(detail, sv(type), reason, data);
}

} // namespace Mailroom
