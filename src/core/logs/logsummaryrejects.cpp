// SPDX-License-Identifier: GPL-2.0-or-later
// LogSummary's classification of smtpd, postscreen and cleanup rejects (pflogsumm's proc_smtpd_reject());
// the rest of the counting is in logsummary.cpp. Called for reject lines only, so the call across
// translation units costs nothing measurable.
#include "logs/logsummary.h"
#include "logs/perlcompat.h"
#include "logs/textutil.h"

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
    // keywords contain neither spaces nor colons, so that word is the whole keyword).
    for (qsizetype c = rem.lastIndexOf(':'); c > 0 && !matched; c = rem.lastIndexOf(':', c - 1)) {
        if (c + 1 >= n || rem[c + 1] != ' ') {
            continue;
        }
        qsizetype k = c;
        while (k > 0 && rem[k - 1] != ' ' && rem[k - 1] != ':') {
            --k;
        }
        if (k == 0 || rem[k - 1] != ' ') {
            continue;
        }
        const QByteArrayView word = rem.sliced(k, c - k);
        if (!Text::equals(word, "reject") && !Text::equals(word, "reject_warning") && !Text::equals(word, "hold")
            && !Text::equals(word, "discard")) {
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

    QByteArray reason = rest.toByteArray();
    if (Text::equals(type, "RCPT") || Text::equals(type, "DATA") || Text::equals(type, "CONNECT")) {
        // s/^(\d{3} <).*?(>:)/$1$2/
        if (reason.size() >= 5 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' '
            && reason[4] == '<') {
            const qsizetype close = reason.indexOf(">:", 5);
            if (close >= 0) {
                reason = reason.left(5) + reason.mid(close);
            }
        }
        // s/^(?:\d{3} \d\.\d\.\d )(Protocol error);.*$/$1/
        if (reason.size() >= 10 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' '
            && isDigit(reason[4]) && reason[5] == '.' && isDigit(reason[6]) && reason[7] == '.' && isDigit(reason[8])
            && reason[9] == ' ' && Text::startsWith(reason.mid(10), "Protocol error;")) {
            reason = "Protocol error";
        }
        // s/^(?:.*?[:;] )(?:\[[^\]]+\] )?([^;,]+)[;,].*$/$1/
        for (qsizetype e = 0; e + 1 < reason.size(); ++e) {
            if ((reason[e] != ':' && reason[e] != ';') || reason[e + 1] != ' ') {
                continue;
            }
            // The end of ([^;,]+)[;,] from start, -1 if it does not match.
            auto separatorAfter = [&](qsizetype start) -> qsizetype {
                qsizetype f = start;
                while (f < reason.size() && reason[f] != ';' && reason[f] != ',') {
                    ++f;
                }
                return f > start && f < reason.size() ? f : -1;
            };
            const qsizetype start = e + 2;
            qsizetype takeStart = -1, takeEnd = -1;
            if (start < reason.size() && reason[start] == '[') {
                const qsizetype close = reason.indexOf(']', start + 1);
                if (close > start + 1 && close + 1 < reason.size() && reason[close + 1] == ' ') {
                    takeEnd = separatorAfter(close + 2);
                    takeStart = close + 2;
                }
            }
            if (takeEnd < 0) {
                takeEnd = separatorAfter(start);
                takeStart = start;
            }
            if (takeEnd >= 0) {
                reason.truncate(takeEnd); // in place: no copy of the text
                reason.remove(0, takeStart);
                break;
            }
        }
        // s/^((?:Sender|Recipient) address rejected: [^:]+):.*$/$1/
        for (const char *prefix : {"Sender address rejected: ", "Recipient address rejected: "}) {
            const qsizetype p = qsizetype(qstrlen(prefix));
            if (reason.startsWith(prefix)) {
                const qsizetype colon = reason.indexOf(':', p);
                if (colon > p) {
                    reason.truncate(colon);
                }
            }
        }
        // s/(client|Client host|Sender address) .+? blocked/blocked/
        for (qsizetype p = 0; p < reason.size(); ++p) {
            // Only where a keyword can start: one compare a position instead of three calls.
            if (reason[p] != 'c' && reason[p] != 'C' && reason[p] != 'S') {
                continue;
            }
            const QByteArrayView at = QByteArrayView(reason).sliced(p);
            qsizetype kl = 0;
            for (const char *kw : {"client ", "Client host ", "Sender address "}) {
                if (at.startsWith(kw)) {
                    kl = qsizetype(qstrlen(kw));
                    break;
                }
            }
            if (kl == 0) {
                continue;
            }
            const qsizetype blocked = reason.indexOf(" blocked", p + kl + 1);
            if (blocked >= 0) {
                reason = reason.left(p) + "blocked" + reason.mid(blocked + 8);
            }
            break;
        }
    } else if (Text::equals(type, "MAIL")) {
        // s/^\d{3} (?:<.+>: )?([^;:]+)[;:]?.*$/$1/
        if (reason.size() >= 4 && isDigit(reason[0]) && isDigit(reason[1]) && isDigit(reason[2]) && reason[3] == ' ') {
            auto upTo = [&](qsizetype start) {
                qsizetype f = start;
                while (f < reason.size() && reason[f] != ';' && reason[f] != ':') {
                    ++f;
                }
                return reason.mid(start, f - start);
            };
            bool done = false;
            if (reason.size() > 4 && reason[4] == '<') {
                for (qsizetype g = reason.lastIndexOf(">: "); g >= 6; g = reason.lastIndexOf(">: ", g - 1)) {
                    const qsizetype v = g + 3;
                    if (v < reason.size() && reason[v] != ';' && reason[v] != ':') {
                        reason = upTo(v);
                        done = true;
                        break;
                    }
                }
            }
            if (!done && reason.size() > 4 && reason[4] != ';' && reason[4] != ':') {
                reason = upTo(4);
            }
        }
    } else {
        // s/^(?:.*[:;] )?([^,]+).*$/$1/
        bool done = false;
        for (qsizetype e = reason.size() - 2; e >= 0; --e) {
            if ((reason[e] == ':' || reason[e] == ';') && reason[e + 1] == ' ' && e + 2 < reason.size()
                && reason[e + 2] != ',') {
                const qsizetype comma = reason.indexOf(',', e + 2);
                reason = reason.mid(e + 2, (comma < 0 ? reason.size() : comma) - e - 2);
                done = true;
                break;
            }
        }
        if (!done && !reason.isEmpty() && reason[0] != ',') {
            const qsizetype comma = reason.indexOf(',');
            if (comma > 0) {
                reason.truncate(comma);
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
    const bool hasSemicolon = reason.contains(';');
    auto findCoded = [&](QByteArrayView phrase) {
        // ^.*?\d{3} (PHRASE);.*$
        if (!hasSemicolon) {
            return false;
        }
        for (qsizetype p = reason.indexOf(phrase); p >= 0; p = reason.indexOf(phrase, p + 1)) {
            if (p >= 4 && reason[p - 1] == ' ' && isDigit(reason[p - 2]) && isDigit(reason[p - 3])
                && isDigit(reason[p - 4]) && reason.size() > p + phrase.size() && reason[p + phrase.size()] == ';') {
                return true;
            }
        }
        return false;
    };
    if (Text::startsWith(reason, "Sender address rejected:")) {
        data = sv(sender);
    } else if (Text::startsWith(reason, "Recipient address rejected:") || Text::equals(reason, "User unknown")
               || Text::startsWith(reason, "User unknown ")) {
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
    bump(detail, sv(type), sv(reason), data);
}

} // namespace Mailroom
