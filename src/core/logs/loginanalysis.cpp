// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/loginanalysis.h"

#include "logs/journeymodel.h"
#include "logs/logfacts.h"
#include "logs/logindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Mailroom {

namespace {
using TextOf = std::function<QByteArrayView(TextRef)>;

// How far back an auth line may be to explain a failure: Dovecot logs the front end's line when
// the client disconnects, which can be a while after the attempt.
constexpr quint32 AuthLookBack = 120;
constexpr int AuthLookBackEvents = 64;

struct Refined
{
    LoginResult result;
    TextRef user;
};

// used: auth events already taken to explain another failure (each explains one).
Refined refine(const std::vector<LoginEvent> &events, const TextOf &text, size_t event, std::vector<bool> &used)
{
    const LoginEvent &e = events[event];
    Refined r {e.result, e.user};
    if (e.result != LoginResult::WrongPassword || e.service == LoginService::Auth || e.address.isEmpty()) {
        return r;
    }
    const QByteArrayView address = text(e.address);
    const QByteArrayView user = text(e.user);
    for (size_t i = event, seen = 0; i-- > 0 && seen < AuthLookBackEvents; ++seen) {
        const LoginEvent &a = events[i];
        if (a.time + AuthLookBack < e.time) {
            break;
        }
        if (a.service != LoginService::Auth || used[i] || a.host != e.host || text(a.address) != address) {
            continue;
        }
        if (!user.isEmpty() && !a.user.isEmpty() && text(a.user) != user) {
            continue;
        }
        used[i] = true;
        r.result = a.result;
        if (r.user.isEmpty()) {
            r.user = a.user; // Postfix's SASL warning does not name the user; Dovecot's auth does
        }
        break;
    }
    return r;
}
} // namespace

LoginAnalysis::LoginAnalysis(const LogIndex &index)
{
    analyse(index.logins(), [&index](TextRef ref) { return index.text(ref); });
}

LoginAnalysis::LoginAnalysis(const LogFacts &facts)
{
    analyse(facts.logins(), [&facts](TextRef ref) { return facts.text(ref); });
}

void LoginAnalysis::analyse(const std::vector<LoginEvent> &events, const TextOf &text)
{
    const auto string = [&text](TextRef ref) {
        return QString::fromUtf8(text(ref));
    };
    // Failures of the front ends (the auth lines only explain them), grouped by address in
    // order of first appearance.
    QHash<QByteArray, qsizetype> groupOf;
    QList<QList<size_t>> groups;
    for (size_t i = 0; i < events.size(); ++i) {
        const LoginEvent &e = events[i];
        if (e.service == LoginService::Auth) {
            continue;
        }
        if (!e.failed()) {
            ++m_succeeded;
            continue;
        }
        m_failed += e.attempts;
        // Lines without an address cannot be told apart: each stands alone.
        const QByteArray key = e.address.isEmpty() ? QByteArray() : text(e.address).toByteArray();
        qsizetype g = key.isEmpty() ? -1 : groupOf.value(key, -1);
        if (g < 0) {
            g = groups.size();
            groups.emplaceBack();
            if (!key.isEmpty()) {
                groupOf.insert(key, g);
            }
        }
        groups[g].append(i);
    }

    std::vector<bool> used(events.size(), false);
    for (QList<size_t> &group : groups) {
        // By the log's time (several hosts' logs need not be in order), then log order.
        std::stable_sort(group.begin(), group.end(),
                         [&](size_t a, size_t b) { return events[a].time < events[b].time; });
        bool guessing = false;
        int inWindow = 0;
        for (qsizetype lo = 0, hi = 0; hi < group.size() && !guessing; ++hi) {
            inWindow += events[group[hi]].attempts;
            while (events[group[hi]].time - events[group[lo]].time > GuessingWindow) {
                inWindow -= events[group[lo++]].attempts;
            }
            guessing = inWindow >= GuessingThreshold;
        }
        if (guessing) {
            Problem p;
            p.guessing = true;
            const LoginEvent &first = events[group.first()];
            p.service = first.service;
            p.result = first.result;
            p.time = first.time;
            p.line = first.line;
            p.address = string(first.address);
            p.failures = 0;
            for (size_t i : group) {
                p.failures += events[i].attempts;
                const TextRef user = refine(events, text, i, used).user;
                const QString name = string(user);
                if (!name.isEmpty() && !p.users.contains(name)) {
                    p.users.append(name);
                }
                m_problemLines.append(events[i].line);
            }
            p.finding = Diagnosis::diagnoseGuessing(p.failures, p.address, p.users);
            m_problems.append(std::move(p));
            continue;
        }
        for (size_t i : group) {
            const LoginEvent &e = events[i];
            const Refined r = refine(events, text, i, used);
            Problem p;
            p.result = r.result;
            p.service = e.service;
            p.time = e.time;
            p.line = e.line;
            p.address = string(e.address);
            if (!r.user.isEmpty()) {
                p.users.append(string(r.user));
            }
            p.failures = e.attempts;
            p.finding = Diagnosis::diagnoseLogin(r.result);
            m_problemLines.append(e.line);
            m_problems.append(std::move(p));
        }
    }
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    std::sort(m_problemLines.begin(), m_problemLines.end());
}

QJsonObject LoginAnalysis::toJson() const
{
    QJsonArray problems;
    for (const Problem &p : m_problems) {
        problems.append(QJsonObject {
            {QStringLiteral("time"), JourneyModel::toDateTime(p.time).toString(Qt::ISODate)},
            {QStringLiteral("kind"), p.guessing ? QStringLiteral("password_guessing") : resultKey(p.result)},
            {QStringLiteral("service"), serviceKey(p.service)},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("users"), QJsonArray::fromStringList(p.users)},
            {QStringLiteral("failures"), p.failures},
            {QStringLiteral("explanation"), p.finding.explanation},
            {QStringLiteral("suggestion"), p.finding.suggestion},
        });
    }
    return {{QStringLiteral("succeeded"), m_succeeded},
            {QStringLiteral("failed"), m_failed},
            {QStringLiteral("problems"), problems}};
}

QString LoginAnalysis::serviceName(LoginService service)
{
    switch (service) {
    case LoginService::Auth:
        return QCoreApplication::translate("LoginAnalysis", "login");
    case LoginService::Smtp:
        return QCoreApplication::translate("LoginAnalysis", "SMTP (25)");
    case LoginService::Submission:
        return QCoreApplication::translate("LoginAnalysis", "submission (587)");
    case LoginService::Submissions:
        return QCoreApplication::translate("LoginAnalysis", "submission (465)");
    case LoginService::Imap:
        return QCoreApplication::translate("LoginAnalysis", "IMAP");
    case LoginService::Imaps:
        return QCoreApplication::translate("LoginAnalysis", "IMAP (993)");
    case LoginService::Pop3:
        return QCoreApplication::translate("LoginAnalysis", "POP3");
    }
    return {};
}

QString LoginAnalysis::serviceKey(LoginService service)
{
    switch (service) {
    case LoginService::Auth:
        return QStringLiteral("auth");
    case LoginService::Smtp:
        return QStringLiteral("smtp");
    case LoginService::Submission:
        return QStringLiteral("submission");
    case LoginService::Submissions:
        return QStringLiteral("submissions");
    case LoginService::Imap:
        return QStringLiteral("imap");
    case LoginService::Imaps:
        return QStringLiteral("imaps");
    case LoginService::Pop3:
        return QStringLiteral("pop3");
    }
    return {};
}

QString LoginAnalysis::resultKey(LoginResult result)
{
    switch (result) {
    case LoginResult::Ok:
        return QStringLiteral("ok");
    case LoginResult::WrongPassword:
        return QStringLiteral("wrong_password");
    case LoginResult::UnknownUser:
        return QStringLiteral("unknown_user");
    case LoginResult::TlsRequired:
        return QStringLiteral("tls_required");
    case LoginResult::PlaintextRefused:
        return QStringLiteral("plaintext_refused");
    case LoginResult::RelayUnauthenticated:
        return QStringLiteral("relay_refused_unauthenticated");
    }
    return {};
}

QString LoginAnalysis::statusText(const Problem &p)
{
    if (p.guessing) {
        return QCoreApplication::translate("LoginAnalysis", "Password guessing");
    }
    switch (p.result) {
    case LoginResult::Ok:
        break;
    case LoginResult::WrongPassword:
        return QCoreApplication::translate("LoginAnalysis", "Wrong password (%1)").arg(serviceName(p.service));
    case LoginResult::UnknownUser:
        return QCoreApplication::translate("LoginAnalysis", "Unknown user (%1)").arg(serviceName(p.service));
    case LoginResult::TlsRequired:
        return QCoreApplication::translate("LoginAnalysis", "TLS required (%1)").arg(serviceName(p.service));
    case LoginResult::PlaintextRefused:
        return QCoreApplication::translate("LoginAnalysis", "Password without TLS refused (%1)")
            .arg(serviceName(p.service));
    case LoginResult::RelayUnauthenticated:
        return QCoreApplication::translate("LoginAnalysis", "Sent without logging in (%1)").arg(serviceName(p.service));
    }
    return {};
}

} // namespace Mailroom
