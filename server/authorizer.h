// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

// Seam: decides whether a caller on the bus may perform a polkit action.
class Authorizer
{
public:
    enum class Result
    {
        Allowed,
        Denied, // includes "challenge" that was not, or could not be, answered, and every error
    };
    using Callback = std::function<void(Result, const QString &detail)>;

    virtual ~Authorizer();

    // busName is the caller's unique system bus name (":1.42"). An empty or
    // non-unique name is denied without asking. The callback runs exactly once.
    virtual void check(const QString &busName, const QString &actionId, bool allowInteraction, Callback done) = 0;

    // After a denial: whether the caller runs in a remote login session (SSH), which polkit's
    // shipped defaults never allow, so the error can say so. The callback runs exactly once;
    // false when it cannot be told.
    virtual void isRemoteSession(const QString &busName, std::function<void(bool remote)> done);
};
