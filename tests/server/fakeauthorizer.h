// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "authorizer.h"

#include <QHash>
#include <QList>
#include <QTimer>

// Answers like polkit would, a moment later (never inside check()), with the result
// the test chose; or holds the answer until answerHeld() to stand for a person still
// typing a password.
class FakeAuthorizer : public Authorizer
{
public:
    struct Check
    {
        QString busName;
        QString actionId;
        bool allowInteraction = false;
    };
    Result result = Result::Allowed;
    QHash<QString, Result> perAction; // answers for these actions instead of result
    QString detail;
    bool holdNext = false;
    bool holdAll = false; // every answer waits for answerAllHeld()
    QList<Check> checks;

    void check(const QString &busName, const QString &actionId, bool allowInteraction, Callback done) override
    {
        checks.append({busName, actionId, allowInteraction});
        if (holdAll) {
            m_allHeld.append(std::move(done));
            return;
        }
        if (holdNext) {
            holdNext = false;
            m_held = std::move(done);
            return;
        }
        const Result r = perAction.value(actionId, result);
        QTimer::singleShot(0, [done = std::move(done), r, d = detail] { done(r, d); });
    }

    bool remoteSession = false; // what isRemoteSession() answers
    void isRemoteSession(const QString &, std::function<void(bool remote)> done) override
    {
        QTimer::singleShot(0, [done = std::move(done), r = remoteSession] { done(r); });
    }

    bool isHolding() const { return bool(m_held); }
    void answerHeld(Result r)
    {
        auto done = std::move(m_held);
        m_held = {};
        done(r, {});
    }

    int heldCount() const { return int(m_allHeld.size()); }
    void answerAllHeld(Result r)
    {
        const auto all = std::move(m_allHeld);
        m_allHeld.clear();
        holdAll = false;
        for (const auto &done : all) {
            done(r, {});
        }
    }

private:
    Callback m_held;
    QList<Callback> m_allHeld;
};
