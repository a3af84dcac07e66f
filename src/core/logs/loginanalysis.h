// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/diagnosis.h"
#include "logs/loginevent.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Mailroom {

class LogFacts;
class LogIndex;

// What the login lines of a log mean for the admin: every refused login with its reason, and
// addresses that failed often in a short time flagged as possible password guessing. The front
// ends (Postfix, imap-login) say only "failed"; Dovecot's auth line for the same address and user
// shortly before says why (unknown user or wrong password) and, for Postfix, who tried. Times are
// the log's own (never the wall clock), so the result depends on the log alone.
class LoginAnalysis
{
public:
    // GuessingThreshold failed attempts from one address within GuessingWindow seconds (the
    // first and the last of them at most that far apart) make it a guesser.
    static constexpr int GuessingThreshold = 5;
    static constexpr quint32 GuessingWindow = 600;

    struct Problem
    {
        bool guessing = false; // one row for all failures of the address
        LoginResult result = LoginResult::WrongPassword; // of a single failure
        LoginService service = LoginService::Smtp;
        quint32 time = 0; // the (first) failure's
        quint32 line = 0; // its line in the index
        QString address;
        QStringList users; // distinct, in order of appearance
        int failures = 1; // attempts counted
        Diagnosis::Finding finding;
    };

    explicit LoginAnalysis(const LogIndex &index);
    // The same from the logins LogFacts gathered (identical to the index's of the same log).
    explicit LoginAnalysis(const LogFacts &facts);

    const QList<Problem> &problems() const { return m_problems; }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; } // attempts, Dovecot's "3 attempts" counting three
    bool isEmpty() const { return m_succeeded == 0 && m_failed == 0; }
    // The lines the problems stand for (to leave out journeys that say the same).
    const QList<quint32> &problemLines() const { return m_problemLines; }

    // {"succeeded": n, "failed": n, "problems": [{time, kind, service, address, users, failures,
    // explanation, suggestion}]}; times as written in the log, ISO 8601 without a zone.
    QJsonObject toJson() const;

    static QString serviceName(LoginService service); // "IMAP", "submission"…
    static QString serviceKey(LoginService service); // for JSON: "imap", "submission"…
    static QString resultKey(LoginResult result); // for JSON: "wrong_password"…
    static QString statusText(const Problem &problem); // the Status column

private:
    void analyse(const std::vector<LoginEvent> &events, const std::function<QByteArrayView(TextRef)> &text);

    QList<Problem> m_problems;
    QList<quint32> m_problemLines;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace Mailroom
