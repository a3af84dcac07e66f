// SPDX-License-Identifier: GPL-2.0-or-later
#include "filter/spamfilter.h"

#include "postfix/maincf.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Mailroom::SpamFilter {

namespace {
constexpr const char *stateMarker = "# mailroom:";
constexpr const char *mainCfComment = "# Mailroom: the spam filter (SpamAssassin through spamass-milter)";

QByteArray milterBlock()
{
    return QByteArray(mainCfComment) + '\n' + "smtpd_milters = " + milterSocket + '\n'
        + "milter_default_action = accept\n";
}

QString score(double value)
{
    // One decimal as SpamAssassin prints scores; never the locale's comma.
    return QString::number(value, 'f', 1);
}

bool isScore(double value)
{
    return std::isfinite(value) && value >= 0 && value <= maximumScore;
}

QStringList splitList(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        out.append(text.mid(start, end - start));
        start = end;
    }
    return out;
}

QByteArray withFinalNewline(const QByteArray &text)
{
    return text.isEmpty() || text.endsWith('\n') ? text : text + '\n';
}
} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Tag:
        return QStringLiteral("tag");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Folder:
        return QStringLiteral("folder");
    }
    return {};
}

bool parseAction(const QString &name, Action *action)
{
    for (Action a : {Action::Tag, Action::Reject, Action::Folder}) {
        if (name == actionName(a)) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString validate(const Settings &s)
{
    if (!isScore(s.tagScore)) {
        return QStringLiteral("the tag score must be a number from 0 to %1").arg(maximumScore);
    }
    if (s.action == Action::Reject) {
        if (!isScore(s.actionScore)) {
            return QStringLiteral("the reject score must be a number from 0 to %1").arg(maximumScore);
        }
        if (s.actionScore < s.tagScore) {
            return QStringLiteral("the reject score (%1) is below the tag score (%2): mail would be rejected as spam "
                                  "that is not marked as spam")
                .arg(score(s.actionScore), score(s.tagScore));
        }
    }
    if (s.action == Action::Folder) {
        if (!std::isfinite(s.actionScore) || s.actionScore < 1 || s.actionScore > maximumFolderScore
            || s.actionScore != std::floor(s.actionScore)) {
            return QStringLiteral("the Spam folder score must be a whole number from 1 to %1 (SpamAssassin's "
                                  "X-Spam-Level header counts whole points)")
                .arg(maximumFolderScore);
        }
        if (s.actionScore < s.tagScore) {
            return QStringLiteral("the Spam folder score (%1) is below the tag score (%2): mail that is not marked as "
                                  "spam would be moved to the Spam folder")
                .arg(score(s.actionScore), score(s.tagScore));
        }
    }
    if (s.subjectTag.size() > maximumSubjectTag) {
        return QStringLiteral("the subject tag is longer than %1 characters").arg(maximumSubjectTag);
    }
    for (const QChar c : s.subjectTag) {
        if (c.category() == QChar::Other_Control || c == u'#' || c == u'\\' || c == u'\u2028' || c == u'\u2029') {
            return QStringLiteral("the subject tag may not contain control characters, '#' or '\\'");
        }
    }
    if (s.subjectTag != s.subjectTag.trimmed()) {
        return QStringLiteral("the subject tag may not start or end with a space");
    }
    return {};
}

QString spamAssassinConfPath(const QString &dir)
{
    return dir + QStringLiteral("/90-mailroom.cf");
}

QByteArray spamAssassinConf(const Settings &s)
{
    QByteArray out;
    out += "# Mailroom's SpamAssassin settings, written by Mailroom (Configuration > Spam filter, or mailroomctl\n"
           "# filter set): changes here are replaced. Your own settings go in local.cf, read after this file.\n";
    out += QStringLiteral("%1 action=%2 action_score=%3 trusted=%4\n")
               .arg(QLatin1String(stateMarker), actionName(s.action), score(s.actionScore),
                    s.checkTrusted ? QStringLiteral("check") : QStringLiteral("skip"))
               .toUtf8();
    out += "required_score " + score(s.tagScore).toUtf8() + '\n';
    if (!s.subjectTag.isEmpty()) {
        out += "rewrite_header Subject " + s.subjectTag.toUtf8() + '\n';
    }
    // Spam stays as it was sent, with SpamAssassin's headers added, instead of wrapped in a report.
    out += "report_safe 0\n";
    // One star per point on every checked message: the Spam folder's Procmail rule reads it.
    out += "add_header all Level _STARS(*)_\n";
    return out;
}

bool parseSpamAssassinConf(const QByteArray &text, Settings *settings)
{
    Settings s;
    s.subjectTag.clear();
    bool marker = false;
    bool required = false;
    for (const QByteArray &raw : lines(text)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String(stateMarker))) {
            marker = true;
            for (const QString &field : line.mid(qstrlen(stateMarker)).split(u' ', Qt::SkipEmptyParts)) {
                const QString key = field.section(u'=', 0, 0);
                const QString value = field.section(u'=', 1);
                if (key == QLatin1String("action") && !parseAction(value, &s.action)) {
                    return false;
                }
                if (key == QLatin1String("action_score")) {
                    bool ok = false;
                    s.actionScore = value.toDouble(&ok);
                    if (!ok) {
                        return false;
                    }
                }
                if (key == QLatin1String("trusted")) {
                    s.checkTrusted = value == QLatin1String("check");
                }
            }
        } else if (line.startsWith(QLatin1String("required_score "))) {
            bool ok = false;
            s.tagScore = line.mid(15).trimmed().toDouble(&ok);
            required = ok;
        } else if (line.startsWith(QLatin1String("rewrite_header Subject "))) {
            s.subjectTag = line.mid(23).trimmed();
        }
    }
    if (!marker || !required) {
        return false;
    }
    *settings = s;
    return true;
}

QStringList milterNetworks(const QString &mynetworks)
{
    QStringList out;
    for (QString item : splitList(mynetworks)) {
        if (item.contains(u':') && (item.contains(u'[') || !item.contains(u'/'))) {
            // [::1]/128 → ::1/128; "hash:/etc/…" and other lookup tables are left out below.
            item.remove(u'[').remove(u']');
        }
        const QString address = item.section(u'/', 0, 0);
        QHostAddress parsed;
        if (!parsed.setAddress(address)) {
            continue;
        }
        const QString prefix = item.section(u'/', 1);
        if (prefix.isEmpty()) {
            out.append(parsed.toString()
                       + (parsed.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/128")
                                                                             : QStringLiteral("/32")));
            continue;
        }
        bool ok = false;
        const int bits = prefix.toInt(&ok);
        const int max = parsed.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        if (ok && bits >= 0 && bits <= max) {
            out.append(parsed.toString() + u'/' + QString::number(bits));
        }
    }
    out.removeDuplicates();
    return out;
}

QByteArray milterDefaults(const QByteArray &current, const Settings &s, const QStringList &trustedNetworks)
{
    QStringList options {QStringLiteral("-u"), QStringLiteral("spamass-milter"), QStringLiteral("-I")};
    if (!s.checkTrusted) {
        QStringList nets {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        nets += trustedNetworks;
        nets.removeDuplicates();
        options << QStringLiteral("-i") << nets.join(u',');
    }
    if (s.action == Action::Reject) {
        options << QStringLiteral("-r") << QString::number(int(std::ceil(s.actionScore)));
    }
    const QByteArray line = "OPTIONS=\"" + options.join(u' ').toUtf8() + "\"\n";
    const QByteArray comment = "# Mailroom: the spam filter's options (mailroomctl filter set); changes are replaced\n";
    QByteArray out;
    bool replaced = false;
    QList<QByteArray> all = lines(withFinalNewline(current));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QByteArray &l = all[i];
        if (l == comment) {
            continue; // written again above the OPTIONS line
        }
        if (l.trimmed().startsWith("OPTIONS=")) {
            if (!replaced) {
                out += comment + line;
                replaced = true;
            }
            continue;
        }
        out += l;
    }
    if (!replaced) {
        out += comment + line;
    }
    return out;
}

bool milterEnabled(const MainCf &mainCf)
{
    return splitList(mainCf.value(QStringLiteral("smtpd_milters"), QString())).contains(QLatin1String(milterSocket));
}

bool milterEnabled(const QByteArray &mainCf)
{
    return milterEnabled(MainCf::fromByteArray(mainCf));
}

QByteArray withMilter(const QByteArray &mainCf)
{
    if (milterEnabled(mainCf)) {
        return mainCf;
    }
    MainCf cf = MainCf::fromByteArray(mainCf);
    const auto milters = cf.value(QStringLiteral("smtpd_milters"));
    const bool haveDefaultAction = cf.contains(QStringLiteral("milter_default_action"));
    if (!milters || milters->trimmed().isEmpty()) {
        if (!milters && !haveDefaultAction) {
            // A block of its own at the end, which withoutMilter() takes out as it came (a file
            // without a final newline keeps going without one).
            const QByteArray block = milterBlock();
            if (mainCf.isEmpty() || mainCf.endsWith('\n')) {
                return mainCf + block;
            }
            return mainCf + '\n' + block.chopped(1);
        }
        cf.set(QStringLiteral("smtpd_milters"), QString::fromLatin1(milterSocket));
    } else {
        cf.set(QStringLiteral("smtpd_milters"), *milters + QStringLiteral(", ") + QLatin1String(milterSocket));
    }
    if (!haveDefaultAction) {
        cf.set(QStringLiteral("milter_default_action"), QStringLiteral("accept"));
    }
    return cf.toByteArray();
}

QByteArray withoutMilter(const QByteArray &mainCf)
{
    const QByteArray block = milterBlock();
    if (const QByteArray unterminated = '\n' + block.chopped(1); mainCf.endsWith(unterminated)) {
        return mainCf.chopped(unterminated.size());
    }
    if (const qsizetype at = mainCf.indexOf(block); at >= 0 && (at == 0 || mainCf.at(at - 1) == '\n')) {
        QByteArray out = mainCf;
        out.remove(at, block.size());
        return out;
    }
    if (!milterEnabled(mainCf)) {
        return mainCf;
    }
    MainCf cf = MainCf::fromByteArray(mainCf);
    QStringList milters = splitList(cf.value(QStringLiteral("smtpd_milters"), QString()));
    milters.removeAll(QLatin1String(milterSocket));
    if (milters.isEmpty()) {
        cf.remove(QStringLiteral("smtpd_milters"));
    } else {
        cf.set(QStringLiteral("smtpd_milters"), milters.join(QStringLiteral(", ")));
    }
    return cf.toByteArray();
}

QByteArray folderRc(const Settings &s)
{
    const int stars = std::clamp(int(s.actionScore), 1, maximumFolderScore);
    QByteArray level;
    for (int i = 0; i < stars; ++i) {
        level += "\\*";
    }
    QByteArray out;
    out += "# Mailroom's spam folder rule, written by Mailroom (Configuration > Spam filter, or mailroomctl filter\n"
           "# set --folder): changes here are replaced. Postfix runs Procmail with this file for every local\n"
           "# recipient (main.cf's mailbox_command); each user's own rules stay in ~/.procmailrc.\n";
    out += "# mailroom: folder_score=" + QByteArray::number(stars) + '\n';
    out += "\n# SpamAssassin scored it " + QByteArray::number(stars)
        + " or more (one star per point): into ~/mail/Spam, made when missing.\n";
    out += ":0\n* ^X-Spam-Level: " + level + "\n* ? test -d \"$HOME/mail\" || mkdir -m 700 \"$HOME/mail\"\n"
        + "$HOME/mail/Spam\n";
    out += "\n# Then the user's own rules, as Procmail reads them without this file.\n"
           ":0\n* ? test -f \"$HOME/.procmailrc\"\n{ INCLUDERC=$HOME/.procmailrc }\n";
    return out;
}

bool folderDelivery(const QString &mailboxCommand)
{
    return mailboxCommand.simplified() == QLatin1String(folderCommand);
}

bool procmailDelivery(const QString &mailboxCommand)
{
    const QString program = mailboxCommand.trimmed().section(u' ', 0, 0);
    return program == QLatin1String("/usr/bin/procmail") || program == QLatin1String("procmail");
}

} // namespace Mailroom::SpamFilter
