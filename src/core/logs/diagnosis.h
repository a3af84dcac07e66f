// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/loginevent.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Mailroom {

class LogIndex;

// Known Postfix failure patterns, explained in plain language, with the setting to fix.
class Diagnosis
{
public:
    // Which setting (and thus which Mailroom page) fixes the problem.
    enum class FixTarget
    {
        None,
        RelaySettings,
        MyNetworks,
        MyDestination,
        Dns,
        Firewall,
        Credentials,
        Tls
    };
    enum class Problem
    {
        None,
        OutboundPortBlocked, // connect to …:25: Connection timed out
        ConnectionTimedOut, // to a relay port
        ConnectionRefused,
        NetworkUnreachable,
        RelayAccessDenied, // our smtpd refused a client not in mynetworks
        RelayRefusedUs, // the relay host refused to relay for us: it wants a login
        UnknownLocalUser, // User unknown in local recipient table
        UnknownRemoteUser, // the recipient's server: 550 5.1.1 … User unknown / does not exist
        SaslFailedAtRelay, // our login at the relay was refused
        SaslFailedFromClient, // a client failed to log in to us
        TlsFailure,
        LoopsBackToMyself,
        DomainNotFound, // Host or domain name not found / Name service error
        Blocklisted, // the remote refused our IP address
        LoginWrongPassword, // a client's login to us: the password (or user name) is wrong
        LoginUnknownUser, // a client's login to us: no such user here
        LoginTlsRequired, // a client tried to log in or send before STARTTLS
        LoginPlaintextRefused, // Dovecot refused a password over an unencrypted connection
        LoginRelayUnauthenticated, // submission: mail to another domain without logging in
        PasswordGuessing, // many failed logins from one address in a short time
        RejectedAsSpam, // spamass-milter refused the message: SpamAssassin's score was too high
    };
    // Where the text came from: a remote server's answer to us, or our answer to a client.
    enum class Context
    {
        Delivery,
        Reject,
        Line
    };

    struct Finding
    {
        Problem problem = Problem::None;
        FixTarget target = FixTarget::None;
        QString explanation; // what happened, in plain language
        QString suggestion; // what to change
        bool isValid() const { return problem != Problem::None; }
    };

    static Finding diagnose(QByteArrayView text, Context context = Context::Line);
    // The most useful finding for a journey: its failed deliveries, rejections, then its lines.
    static Finding diagnoseJourney(const LogIndex &index, quint32 head);
    // A refused login of a client to this server (LoginAnalysis); None for Ok. The fix is in the
    // user's mail program, not a setting here: the target is None.
    static Finding diagnoseLogin(LoginResult result);
    // Many failed logins from one address: failures counted, the user names tried.
    static Finding diagnoseGuessing(int failures, const QString &address, const QStringList &users);
    static QString targetName(FixTarget target);
    // SpamAssassin's verdict on a journey in one sentence (empty when spamd did not scan it).
    static QString spamVerdict(const LogIndex &index, quint32 head);
};

} // namespace Mailroom
