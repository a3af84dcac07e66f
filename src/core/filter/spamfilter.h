// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The spam filter: SpamAssassin's daemon (spamd) checks each message Postfix's smtpd receives,
// through spamass-milter. Why a milter and not a content filter through spamc: the verdict comes
// while the sender is still connected, so mail above the reject score is refused with a 5xx
// reply (the sender learns, nothing bounces to a forged address), and Postfix needs no second
// smtpd service in master.cf to take the mail back. Pure text transformations; the helper
// writes the results through its transactions.
namespace Mailroom {
class MainCf;
}

namespace Mailroom::SpamFilter {

enum class Action
{
    Tag, // above the tag score: headers (and the subject tag) only
    Reject, // above the action score: refused at SMTP time (5.7.1), so the sender learns
    Folder // above the action score: delivered to the user's Spam folder (~/mail/Spam) by Procmail
};
QString actionName(Action action); // "tag", "reject", "folder"
bool parseAction(const QString &name, Action *action);

struct Settings
{
    double tagScore = 5.0; // SpamAssassin's required_score: X-Spam-Flag: YES at or above it
    Action action = Action::Reject;
    double actionScore = 10.0; // rejected or moved at or above it (ignored for Tag); whole for Folder
    QString subjectTag = QStringLiteral("[SPAM]"); // put before the subject of tagged mail; empty = none
    bool checkTrusted = false; // false: mail from this host and mynetworks is never checked
    bool operator==(const Settings &) const = default;
};

// Empty when the settings can be written; otherwise why not, in words.
QString validate(const Settings &settings);
inline constexpr double maximumScore = 1000.0;
inline constexpr int maximumSubjectTag = 40;
// SpamAssassin's X-Spam-Level header has one star per whole point, at most 50: the Spam folder's
// score is matched on it, so it is a whole number up to that.
inline constexpr int maximumFolderScore = 50;

// Mailroom's SpamAssassin settings file, read by spamd with the other *.cf in /etc/spamassassin
// (local.cf sorts after it and wins, so an admin's own settings stay in charge).
QString spamAssassinConfPath(const QString &dir = QStringLiteral("/etc/spamassassin"));
QByteArray spamAssassinConf(const Settings &settings);
// Reads back a file spamAssassinConf() wrote; false when text is not Mailroom's.
bool parseSpamAssassinConf(const QByteArray &text, Settings *settings);

// /etc/default/spamass-milter with its OPTIONS line replaced (the rest keeps its bytes):
// run as spamass-milter, skip logged-in senders (-I) and, unless checkTrusted, this host and
// trustedNetworks (-i), reject at actionScore (-r) when the action is Reject.
QByteArray milterDefaults(const QByteArray &current, const Settings &settings, const QStringList &trustedNetworks);
// The networks of main.cf's mynetworks in the form spamass-milter's -i takes (a.b.c.d/n, x::y/n);
// table lookups and host names are left out.
QStringList milterNetworks(const QString &mynetworks);

// The socket spamass-milter listens on, as Postfix's smtpd names it (relative to the queue
// directory, which smtpd runs in, chrooted or not), and its absolute path.
inline constexpr const char *milterSocket = "unix:spamass/spamass.sock";
inline constexpr const char *milterSocketPath = "/var/spool/postfix/spamass/spamass.sock";

// main.cf with the milter in smtpd_milters (added to a list already there) and a milter that
// does not answer letting mail through (milter_default_action = accept, unless set); and without
// it again. withoutMilter(withMilter(x)) == x byte for byte.
QByteArray withMilter(const QByteArray &mainCf);
QByteArray withoutMilter(const QByteArray &mainCf);
bool milterEnabled(const QByteArray &mainCf);
bool milterEnabled(const MainCf &mainCf);

// Procmail delivery: main.cf's mailbox_command.
inline constexpr const char *procmailCommand = "/usr/bin/procmail -a \"$EXTENSION\"";
bool procmailDelivery(const QString &mailboxCommand);

// The Spam folder action: Procmail reads Mailroom's rcfile instead of the user's own, which moves
// mail SpamAssassin scored at or above the action score to ~/mail/Spam and then reads the user's
// ~/.procmailrc (when there is one) as Procmail would have. Procmail runs it as the recipient,
// like ~/.procmailrc; root owns it, so no user can change another's delivery.
inline constexpr const char *folderRcPath = "/etc/mailroom/spam.procmailrc";
inline constexpr const char *folderCommand = "/usr/bin/procmail -a \"$EXTENSION\" /etc/mailroom/spam.procmailrc";
QByteArray folderRc(const Settings &settings);
bool folderDelivery(const QString &mailboxCommand);

} // namespace Mailroom::SpamFilter
