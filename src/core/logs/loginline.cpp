// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/loginline.h"

#include "logs/linepreparser.h"
#include "logs/logfields.h"
#include "logs/loglineparser.h"
#include "logs/textutil.h"

#include <algorithm>

namespace Mailroom {

namespace {
using Text::find;
using Text::startsWith;

template<Text::Needle needle> bool contains(QByteArrayView text)
{
    return find<needle>(text) >= 0;
}

// The address inside the first "host[address]" at or after from.
QByteArrayView bracketAddress(QByteArrayView text, qsizetype from = 0)
{
    const qsizetype open = text.indexOf('[', from);
    if (open < 0) {
        return {};
    }
    const qsizetype close = text.indexOf(']', open + 1);
    return close < 0 ? QByteArrayView() : text.sliced(open + 1, close - open - 1);
}

// The value of "key" (written with its '=') up to ',' or the end.
template<Text::Needle key> QByteArrayView commaValue(QByteArrayView text)
{
    qsizetype at = find<key>(text);
    // "rip=" must not match inside "orip=": a key starts the text or follows ", " or " ".
    while (at > 0 && text[at - 1] != ' ') {
        at = find<key>(text, at + 1);
    }
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + key.size;
    qsizetype end = text.indexOf(',', start);
    if (end < 0) {
        end = text.size();
    }
    return text.sliced(start, end - start);
}

LoginService postfixService(QByteArrayView program)
{
    // postfix/submission/smtpd, postfix-out/smtps/smtpd: the service is the middle part.
    const qsizetype first = program.indexOf('/');
    const qsizetype last = program.lastIndexOf('/');
    if (first < 0 || last <= first) {
        return LoginService::Smtp;
    }
    const QByteArrayView name = program.sliced(first + 1, last - first - 1);
    if (Text::equals(name, "submission")) {
        return LoginService::Submission;
    }
    if (Text::equals(name, "smtps") || Text::equals(name, "submissions")) {
        return LoginService::Submissions;
    }
    return LoginService::Smtp;
}
} // namespace

bool LoginLine::isDovecot(const ParsedLine &line)
{
    return line.hasProgram && startsWith(line.program, "dovecot");
}

bool LoginLine::parse(const ParsedLine &line, Fields &out)
{
    if (isDovecot(line)) {
        return parseDovecot(line.message, out);
    }
    if (LogLineParser::isPostfix(line) && Text::equals(line.daemon, "smtpd")) {
        return parsePostfix(line, line.message, LinePreparser::queueIdLength(line.message), out);
    }
    return false;
}

bool LoginLine::parsePostfix(const ParsedLine &line, QByteArrayView m, qsizetype queueIdLength, Fields &out)
{
    if (queueIdLength > 0) {
        // "QUEUEID: client=host[address], sasl_method=PLAIN, sasl_username=alice"
        const QByteArrayView rest = m.sliced(std::min(queueIdLength + 2, m.size()));
        if (!startsWith(rest, "client=")) {
            return false;
        }
        const QByteArrayView user = commaValue<"sasl_username=">(rest);
        if (user.isEmpty()) {
            return false;
        }
        out = Fields();
        out.service = postfixService(line.program);
        out.result = LoginResult::Ok;
        out.user = user;
        out.address = bracketAddress(rest);
        return true;
    }
    if (startsWith(m, "warning: ")) {
        // "warning: unknown[203.0.113.5]: SASL PLAIN authentication failed: UGFzc3dvcmQ6"
        const qsizetype sasl = find<"]: SASL ">(m);
        if (sasl < 0 || !contains<" authentication failed">(m.sliced(sasl))) {
            return false;
        }
        out = Fields();
        out.service = postfixService(line.program);
        out.result = LoginResult::WrongPassword;
        out.address = bracketAddress(m.first(sasl + 1));
        out.user = commaValue<"sasl_username=">(m.sliced(sasl));
        return true;
    }
    if (startsWith(m, "NOQUEUE: reject: ")) {
        // "NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 530 5.7.0 Must issue a STARTTLS command first; …"
        const QByteArrayView rest = m.sliced(17);
        const LoginService service = postfixService(line.program);
        LoginResult result;
        if (contains<"Must issue a STARTTLS command first">(rest)
            || contains<"Error: authentication not enabled">(rest)) {
            result = LoginResult::TlsRequired;
        } else if (service != LoginService::Smtp && contains<"Relay access denied">(rest)) {
            result = LoginResult::RelayUnauthenticated;
        } else {
            return false;
        }
        const qsizetype from = find<" from ">(rest);
        if (from < 0) {
            return false;
        }
        out = Fields();
        out.service = service;
        out.result = result;
        out.address = bracketAddress(rest, from);
        return true;
    }
    return false;
}

bool LoginLine::parseDovecot(QByteArrayView m, Fields &out)
{
    // "imap-login: Login: user=<alice>, …", "auth-worker(4711): pam(alice,203.0.113.5): …"; old
    // setups repeat the program ("dovecot: auth: …").
    if (startsWith(m, "dovecot: ")) {
        m = m.sliced(9);
    }
    const qsizetype colon = find<": ">(m);
    if (colon <= 0) {
        return false;
    }
    const QByteArrayView tag = m.first(colon);
    QByteArrayView rest = m.sliced(colon + 2);
    if (startsWith(rest, "Info: ")) { // Dovecot's own log files carry the level
        rest = rest.sliced(6);
    }
    if (startsWith(tag, "auth")) {
        // "pam(alice,203.0.113.5,<sess>): pam_authenticate() failed: Authentication failure (Password mismatch?)"
        // "pam(nobody,203.0.113.5,<sess>): unknown user"
        const qsizetype open = rest.indexOf('(');
        const qsizetype close = find<"): ">(rest);
        if (open <= 0 || close < open || rest.first(open).contains(' ')) {
            return false;
        }
        const QByteArrayView reason = rest.sliced(close + 3);
        LoginResult result;
        if (contains<"unknown user">(reason) || contains<"User not known">(reason)
            || contains<"user unknown">(reason)) {
            result = LoginResult::UnknownUser;
        } else if (contains<"assword mismatch">(reason) || contains<"Authentication failure">(reason)) {
            result = LoginResult::WrongPassword;
        } else {
            return false;
        }
        const QByteArrayView inside = rest.sliced(open + 1, close - open - 1);
        const qsizetype comma = inside.indexOf(',');
        out = Fields();
        out.service = LoginService::Auth;
        out.result = result;
        out.user = comma < 0 ? inside : inside.first(comma);
        if (comma >= 0) {
            const qsizetype next = inside.indexOf(',', comma + 1);
            out.address = inside.sliced(comma + 1, (next < 0 ? inside.size() : next) - comma - 1);
        }
        return true;
    }
    LoginService service;
    if (Text::equals(tag, "imap-login")) {
        service = contains<"lport=993">(rest) ? LoginService::Imaps : LoginService::Imap;
    } else if (Text::equals(tag, "pop3-login")) {
        service = LoginService::Pop3;
    } else if (Text::equals(tag, "submission-login")) {
        service = LoginService::Submission;
    } else {
        return false;
    }
    LoginResult result;
    quint16 attempts = 1;
    if (startsWith(rest, "Login: ") || startsWith(rest, "Logged in: ")) {
        // "Login:" up to 2.3, "Logged in:" in 2.4
        result = LoginResult::Ok;
    } else if (const qsizetype failed = find<"(auth failed, ">(rest); failed >= 0) {
        // 2.3: "Disconnected (auth failed, 3 attempts in 12 secs): user=<alice>, …"
        // 2.4: "Login aborted: Connection closed (auth failed, 1 attempts in 2 secs) (auth_failed): …"
        result = LoginResult::WrongPassword;
        qsizetype digits = 0;
        const quint64 n = LogFields::parseNumber(rest.sliced(failed + 14), &digits);
        attempts = digits > 0 ? quint16(std::clamp<quint64>(n, 1, 0xFFFF)) : 1;
    } else if (contains<"plaintext auth">(rest) || contains<"(cleartext_auth_disabled)">(rest)
               || contains<"Plaintext authentication disabled">(rest)) {
        // 2.3: "(tried to use disallowed plaintext auth)", older "disabled plaintext auth"
        result = LoginResult::PlaintextRefused;
    } else {
        return false;
    }
    out = Fields();
    out.service = service;
    out.result = result;
    out.attempts = attempts;
    const qsizetype user = find<"user=<">(rest);
    if (user >= 0) {
        const qsizetype end = rest.indexOf('>', user + 6);
        if (end > user + 6) {
            out.user = rest.sliced(user + 6, end - user - 6);
        }
    }
    out.address = commaValue<"rip=">(rest);
    return true;
}

} // namespace Mailroom
