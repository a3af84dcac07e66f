// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Mailroom {

// Whether a server certificate needs the admin now: expired, not valid yet, or at most
// warnDays whole days left. `now` is a parameter so the rule is the same on every date and in tests.
struct CertificateExpiry
{
    enum class State
    {
        Valid,
        ExpiresSoon,
        Expired,
        NotYetValid,
    };
    static constexpr int warnDays = 30;

    State state = State::Valid;
    qint64 daysLeft = 0; // whole days until notAfter (negative once expired)

    static CertificateExpiry at(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now);
    bool needsAttention() const { return state != State::Valid; }
    // One sentence on the state, and what to do about it. source is TlsCertificateState::source
    // ("letsencrypt" renews with certbot; others through Mailroom's Certificates tab).
    QString message(const QString &hostName, const QString &source) const;
};

} // namespace Mailroom
