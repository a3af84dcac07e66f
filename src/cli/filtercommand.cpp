// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl filter — SpamAssassin behind spamass-milter in front of Postfix: show, enable, set,
// disable, rule updates. mailroomctl delivery — Postfix's local delivery itself or through Procmail.
#include "filtercommand.h"
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using namespace CliSupport;
namespace SF = Mailroom::SpamFilter;

namespace FilterCommand {

namespace {
QString score(double v)
{
    return QString::number(v, 'f', 1);
}

// A score as the user typed it: a plain decimal number (never the locale's comma, no "inf").
bool parseScore(const QString &text, double *value)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        return false;
    }
    *value = v;
    return true;
}
} // namespace

QString formatText(const Mailroom::SpamFilterState &s, qint64 now)
{
    QString out;
    QTextStream ts(&out);
    const auto line = [&ts](const QString &label, const QString &value) {
        ts << TerminalTable::padded(label, 22) << value << '\n';
    };
    if (!s.installed) {
        line(QCoreApplication::translate("mailroomctl", "Spam filter:"),
             QCoreApplication::translate("mailroomctl", "not installed (mailroomctl package install spamassassin)"));
    } else if (!s.enabled) {
        line(QCoreApplication::translate("mailroomctl", "Spam filter:"),
             QCoreApplication::translate("mailroomctl", "off"));
    } else {
        line(QCoreApplication::translate("mailroomctl", "Spam filter:"),
             s.spamdActive && s.milterActive
                 ? QCoreApplication::translate("mailroomctl", "on — SpamAssassin checks incoming mail")
                 : QCoreApplication::translate("mailroomctl", "on, but not running"));
    }
    line(QCoreApplication::translate("mailroomctl", "Marked as spam at:"),
         QCoreApplication::translate("mailroomctl", "score %1 (X-Spam-Flag: YES)").arg(score(s.tagScore)));
    if (s.action == QLatin1String("folder")) {
        line(QCoreApplication::translate("mailroomctl", "Moved at:"),
             QCoreApplication::translate("mailroomctl", "score %1, into each user's ~/mail/Spam (by Procmail)")
                 .arg(score(s.actionScore)));
    } else {
        line(QCoreApplication::translate("mailroomctl", "Rejected at:"),
             s.action == QLatin1String("reject")
                 ? QCoreApplication::translate("mailroomctl", "score %1, at SMTP time (the sender gets the refusal)")
                       .arg(score(s.actionScore))
                 : QCoreApplication::translate("mailroomctl", "never (spam is delivered, marked)"));
    }
    line(QCoreApplication::translate("mailroomctl", "Subject tag:"),
         s.subjectTag.isEmpty() ? QCoreApplication::translate("mailroomctl", "none") : s.subjectTag);
    line(QCoreApplication::translate("mailroomctl", "Not checked:"),
         s.checkTrusted ? QCoreApplication::translate("mailroomctl", "logged-in senders")
                        : QCoreApplication::translate("mailroomctl", "logged-in senders, this host and mynetworks"));
    if (s.installed) {
        QString rules = s.rulesUpdated == 0 ? QCoreApplication::translate("mailroomctl", "the package's own")
                                            : QCoreApplication::translate("mailroomctl", "updated %1 UTC")
                                                  .arg(QDateTime::fromSecsSinceEpoch(s.rulesUpdated, QTimeZone::UTC)
                                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        rules += s.ruleUpdates ? QCoreApplication::translate("mailroomctl", "; updated daily with sa-update")
                               : QCoreApplication::translate("mailroomctl", "; no daily update");
        line(QCoreApplication::translate("mailroomctl", "Rules:"), rules);
        if (s.ruleUpdateState == QLatin1String("failed")) {
            ts << QCoreApplication::translate(
                "mailroomctl", "warning: the last rule update failed (journalctl -u spamassassin-maintenance)\n");
        }
        if (s.ruleUpdates && s.rulesUpdated != 0 && now - s.rulesUpdated > 7 * 86400) {
            ts << QCoreApplication::translate(
                "mailroomctl", "warning: the rules were last updated more than a week ago (no network?)\n");
        }
    }
    if (s.enabled && (!s.spamdActive || !s.milterActive)) {
        ts << QCoreApplication::translate(
                  "mailroomctl",
                  "warning: %1 is not running: mail passes unchecked. mailroomctl filter enable starts it again.\n")
                  .arg(!s.spamdActive ? QStringLiteral("spamd") : QStringLiteral("spamass-milter"));
    }
    line(QCoreApplication::translate("mailroomctl", "Local delivery:"),
         !s.procmailDelivery
             ? QCoreApplication::translate("mailroomctl", "Postfix (local)")
             : QCoreApplication::translate("mailroomctl", "Procmail — the users' own ~/.procmailrc rules"));
    ts.flush();
    return out;
}

QJsonObject toJson(const Mailroom::SpamFilterState &s)
{
    return {
        {QStringLiteral("installed"), s.installed},
        {QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("spamd_active"), s.spamdActive},
        {QStringLiteral("milter_active"), s.milterActive},
        {QStringLiteral("tag_score"), s.tagScore},
        {QStringLiteral("action"), s.action},
        {QStringLiteral("reject_score"),
         s.action == QLatin1String("reject") ? QJsonValue(s.actionScore) : QJsonValue()},
        {QStringLiteral("folder_score"),
         s.action == QLatin1String("folder") ? QJsonValue(s.actionScore) : QJsonValue()},
        {QStringLiteral("subject_tag"), s.subjectTag},
        {QStringLiteral("check_trusted"), s.checkTrusted},
        {QStringLiteral("rule_updates"), s.ruleUpdates},
        {QStringLiteral("rules_updated"), s.rulesUpdated == 0 ? QJsonValue() : QJsonValue(s.rulesUpdated)},
        {QStringLiteral("rule_update_failed"), s.ruleUpdateState == QLatin1String("failed")},
        {QStringLiteral("procmail_installed"), s.procmailInstalled},
        {QStringLiteral("procmail_delivery"), s.procmailDelivery},
        {QStringLiteral("mailbox_command"), s.mailboxCommand},
    };
}

QString applyOptions(const Mailroom::SpamFilterState &s, const Options &o, SF::Settings *settings)
{
    SF::Settings out;
    out.tagScore = s.tagScore;
    SF::parseAction(s.action, &out.action);
    out.actionScore = s.actionScore;
    out.subjectTag = s.subjectTag;
    out.checkTrusted = s.checkTrusted;
    if (!o.tag.isNull() && !parseScore(o.tag, &out.tagScore)) {
        return QCoreApplication::translate("mailroomctl", "--tag: \"%1\" is not a number").arg(o.tag);
    }
    if (int(!o.reject.isNull()) + int(!o.folder.isNull()) + int(o.noReject) > 1) {
        return QCoreApplication::translate("mailroomctl", "--reject, --folder and --no-reject contradict each other");
    }
    if (!o.folder.isNull()) {
        if (!parseScore(o.folder, &out.actionScore)) {
            return QCoreApplication::translate("mailroomctl", "--folder: \"%1\" is not a number").arg(o.folder);
        }
        out.action = SF::Action::Folder;
    }
    if (!o.reject.isNull()) {
        if (!parseScore(o.reject, &out.actionScore)) {
            return QCoreApplication::translate("mailroomctl", "--reject: \"%1\" is not a number").arg(o.reject);
        }
        out.action = SF::Action::Reject;
    }
    if (o.noReject) {
        out.action = SF::Action::Tag;
    }
    if (o.subjectTagSet) {
        out.subjectTag = o.subjectTag;
    }
    if (o.checkTrusted && o.skipTrusted) {
        return QCoreApplication::translate("mailroomctl", "--check-trusted and --skip-trusted contradict each other");
    }
    if (o.checkTrusted || o.skipTrusted) {
        out.checkTrusted = o.checkTrusted;
    }
    if (const QString why = SF::validate(out); !why.isEmpty()) {
        return why;
    }
    *settings = out;
    return {};
}

namespace {

bool fetch(Mailroom::SpamFilterState *state, int *rc)
{
    QDBusPendingReply<Mailroom::SpamFilterState> reply = proxy()->GetSpamFilter();
    if ((*rc = wait(reply))) {
        return false;
    }
    *state = reply.value();
    return true;
}

int show(bool json)
{
    Mailroom::SpamFilterState s;
    int rc = 0;
    if (!fetch(&s, &rc)) {
        return rc;
    }
    if (json) {
        printJson(toJson(s));
    } else {
        print(formatText(s, QDateTime::currentSecsSinceEpoch()));
    }
    return 0;
}

int runFilter(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "SpamAssassin checks the mail Postfix receives (through spamass-milter), while the sender is connected.\n"
        "  mailroomctl filter [status]          whether it is on, and its settings\n"
        "  mailroomctl filter enable [OPTIONS]  on (install it first: mailroomctl package install spamassassin)\n"
        "  mailroomctl filter set OPTIONS       change the settings of the filter that is on\n"
        "  mailroomctl filter disable           off: Postfix no longer asks it (main.cf as before)\n"
        "  mailroomctl filter updates on|off    daily rule updates with sa-update (needs network)\n"
        "Mail at or above the tag score gets X-Spam-Flag: YES (and the subject tag); at or above the\n"
        "reject score it is refused with 5.7.1, so the sender learns; or, with --folder, Procmail moves it\n"
        "into each user's ~/mail/Spam. Users' own rules (mailroomctl rules) can file marked mail too."));
    parser.addHelpOption();
    const QCommandLineOption tag(
        QStringLiteral("tag"),
        QCoreApplication::translate("mailroomctl", "Mark as spam at this score (SpamAssassin's default: 5)."),
        QCoreApplication::translate("mailroomctl", "SCORE"));
    const QCommandLineOption reject(QStringLiteral("reject"),
                                    QCoreApplication::translate("mailroomctl", "Reject at SMTP time at this score."),
                                    QCoreApplication::translate("mailroomctl", "SCORE"));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        QCoreApplication::translate("mailroomctl",
                                    "Move to the user's ~/mail/Spam at this whole score (needs Procmail)."),
        QCoreApplication::translate("mailroomctl", "SCORE"));
    const QCommandLineOption noReject(
        QStringLiteral("no-reject"), QCoreApplication::translate("mailroomctl", "Never reject: deliver spam, marked."));
    const QCommandLineOption subject(
        QStringLiteral("subject-tag"),
        QCoreApplication::translate("mailroomctl", "Put TEXT before the subject of spam (\"\" for none)."),
        QCoreApplication::translate("mailroomctl", "TEXT"));
    const QCommandLineOption checkTrusted(
        QStringLiteral("check-trusted"),
        QCoreApplication::translate("mailroomctl", "Check mail from this host and mynetworks too."));
    const QCommandLineOption skipTrusted(
        QStringLiteral("skip-trusted"),
        QCoreApplication::translate("mailroomctl", "Never check mail from this host and mynetworks (the default)."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({tag, reject, folder, noReject, subject, checkTrusted, skipTrusted, json});
    if (const int status = parseArguments(parser, QStringLiteral("filter"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0, QStringLiteral("status"));
    if (pos.size() <= 1 && verb == QLatin1String("status")) {
        return show(parser.isSet(json));
    }
    if (pos.size() == 2 && verb == QLatin1String("updates")
        && (pos.at(1) == QLatin1String("on") || pos.at(1) == QLatin1String("off"))) {
        const bool on = pos.at(1) == QLatin1String("on");
        QDBusPendingReply<> reply = proxy()->SetSpamRuleUpdates(on);
        if (const int rc = wait(reply)) {
            return rc;
        }
        print(on ? QCoreApplication::translate(
                       "mailroomctl", "Rule updates are on: sa-update runs daily when the machine has network.\n")
                 : QCoreApplication::translate("mailroomctl", "Rule updates are off.\n"));
        return 0;
    }
    if (pos.size() == 1 && verb == QLatin1String("disable")) {
        QDBusPendingReply<QString> reply
            = proxy()->SetSpamFilter(false, 5.0, QStringLiteral("tag"), 5.0, QString(), false);
        return printChange(
            reply,
            QCoreApplication::translate("mailroomctl",
                                        "The spam filter is off. Postfix was reloaded; spamd and spamass-milter "
                                        "were stopped.\n"));
    }
    if (pos.size() == 1 && (verb == QLatin1String("enable") || verb == QLatin1String("set"))) {
        Options o;
        if (parser.isSet(tag)) {
            o.tag = parser.value(tag);
        }
        if (parser.isSet(reject)) {
            o.reject = parser.value(reject);
        }
        if (parser.isSet(folder)) {
            o.folder = parser.value(folder);
        }
        o.noReject = parser.isSet(noReject);
        o.subjectTagSet = parser.isSet(subject);
        o.subjectTag = parser.value(subject);
        o.checkTrusted = parser.isSet(checkTrusted);
        o.skipTrusted = parser.isSet(skipTrusted);
        Mailroom::SpamFilterState s;
        int rc = 0;
        if (!fetch(&s, &rc)) {
            return rc;
        }
        if (verb == QLatin1String("set") && !s.enabled) {
            printError(QCoreApplication::translate(
                "mailroomctl",
                "the spam filter is off: mailroomctl filter enable [OPTIONS] turns it on with these "
                "settings"));
            return 1;
        }
        SF::Settings settings;
        if (const QString why = applyOptions(s, o, &settings); !why.isEmpty()) {
            return usage(why);
        }
        QDBusPendingReply<QString> reply
            = proxy()->SetSpamFilter(true, settings.tagScore, SF::actionName(settings.action), settings.actionScore,
                                     settings.subjectTag, settings.checkTrusted);
        return printChange(
            reply,
            QCoreApplication::translate("mailroomctl",
                                        "The spam filter is on. spamd and spamass-milter were restarted and Postfix "
                                        "was reloaded.\n"));
    }
    return usage(QCoreApplication::translate(
        "mailroomctl", "usage: mailroomctl filter [status|enable [OPTIONS]|set OPTIONS|disable|updates on|off]"));
}

int runDelivery(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "How Postfix delivers mail for local users.\n"
        "  mailroomctl delivery [status]   Postfix's own local delivery, or Procmail\n"
        "  mailroomctl delivery procmail   through Procmail, so each user's ~/.procmailrc rules apply\n"
        "                                  (mailroomctl rules); mail still lands in /var/mail/USER by default\n"
        "  mailroomctl delivery local      back to what main.cf's mailbox_command was before"));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int status = parseArguments(parser, QStringLiteral("delivery"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0, QStringLiteral("status"));
    if (pos.size() <= 1 && verb == QLatin1String("status")) {
        Mailroom::SpamFilterState s;
        int rc = 0;
        if (!fetch(&s, &rc)) {
            return rc;
        }
        if (parser.isSet(json)) {
            printJson(QJsonObject {{QStringLiteral("procmail_delivery"), s.procmailDelivery},
                                   {QStringLiteral("procmail_installed"), s.procmailInstalled},
                                   {QStringLiteral("mailbox_command"), s.mailboxCommand}});
        } else {
            print(s.procmailDelivery ? QCoreApplication::translate("mailroomctl", "Local delivery: Procmail (%1)\n")
                                           .arg(s.mailboxCommand)
                      : s.mailboxCommand.isEmpty()
                      ? QCoreApplication::translate("mailroomctl", "Local delivery: Postfix (local)\n")
                      : QCoreApplication::translate("mailroomctl", "Local delivery: %1\n").arg(s.mailboxCommand));
        }
        return 0;
    }
    if (pos.size() == 1 && (verb == QLatin1String("procmail") || verb == QLatin1String("local"))) {
        const bool on = verb == QLatin1String("procmail");
        QDBusPendingReply<QString> reply = proxy()->SetProcmailDelivery(on);
        return printChange(reply,
                           on ? QCoreApplication::translate(
                                    "mailroomctl", "Local mail is delivered through Procmail. Postfix was reloaded.\n")
                              : QCoreApplication::translate(
                                    "mailroomctl", "Local delivery is back as it was. Postfix was reloaded.\n"));
    }
    return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl delivery [status|procmail|local]"));
}

const CommandRegistration filter {
    {QStringLiteral("filter"),
     QT_TRANSLATE_NOOP("mailroomctl", "Show or change the spam filter (SpamAssassin) in front of Postfix"), runFilter}};
const CommandRegistration delivery {
    {QStringLiteral("delivery"),
     QT_TRANSLATE_NOOP("mailroomctl", "Show or change local delivery (Postfix or Procmail)"), runDelivery}};
} // namespace

} // namespace FilterCommand
