// SPDX-License-Identifier: GPL-2.0-or-later
#include "rulescommand.h"

#include "clisupport.h"
#include "command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

using namespace Mailroom;

namespace RulesCommand {

QString formatList(const QString &path, const ProcmailRc &rc)
{
    QString out;
    if (!rc.isEditable()) {
        out += QCoreApplication::translate("mailroomctl", "%1: read-only for Mailroom: %2\n").arg(path, rc.problem());
        return out;
    }
    if (rc.rules().isEmpty()) {
        out += QCoreApplication::translate("mailroomctl", "%1: no Mailroom rules.\n").arg(path);
    }
    for (qsizetype i = 0; i < rc.rules().size(); ++i) {
        out += QStringLiteral("%1  %2\n").arg(i + 1, 3).arg(rc.rules().at(i).describe());
    }
    if (rc.hasHandWrittenRecipes()) {
        out += QCoreApplication::translate(
            "mailroomctl", "The file also has hand-written recipes outside Mailroom's block (kept as they are).\n");
    }
    return out;
}

QJsonObject listJson(const QString &path, const ProcmailRc &rc)
{
    QJsonArray rules;
    for (qsizetype i = 0; i < rc.rules().size(); ++i) {
        const DeliveryRule &r = rc.rules().at(i);
        QJsonObject o = r.toJson();
        o.insert(QStringLiteral("number"), qint64(i + 1));
        o.insert(QStringLiteral("description"), r.describe());
        o.insert(QStringLiteral("recipe"), r.recipe());
        rules.append(o);
    }
    return QJsonObject {
        {QStringLiteral("file"), path},
        {QStringLiteral("editable"), rc.isEditable()},
        {QStringLiteral("problem"), rc.isEditable() ? QJsonValue() : QJsonValue(rc.problem())},
        {QStringLiteral("hand_written_recipes"), rc.hasHandWrittenRecipes()},
        {QStringLiteral("rules"), rules},
    };
}

QJsonObject verdictJson(const QString &message, const RuleVerdict &v)
{
    return QJsonObject {
        {QStringLiteral("message"), message},
        {QStringLiteral("rule"), v.matched() ? QJsonValue(v.rule + 1) : QJsonValue()},
        {QStringLiteral("action"), v.matched() ? DeliveryRule::actionName(v.action) : QStringLiteral("inbox")},
        {QStringLiteral("destination"), v.matched() ? QJsonValue(v.destination) : QJsonValue()},
        {QStringLiteral("hand_written_recipes"), v.handWrittenRecipes},
        {QStringLiteral("summary"), v.summary()},
    };
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Your own mail delivery rules (procmail, ~/.procmailrc), without the GUI and without privileges.\n\n"
        "Subcommands:\n"
        "  list                  print the rules (the default)\n"
        "  add CONDITION ACTION  add a rule at the end, e.g.\n"
        "                        add --spam --folder Spam\n"
        "                        add --subject \"[qt-devel]\" --folder Lists/qt\n"
        "                        add --header X-Mailer --contains Bulk --discard\n"
        "  remove N              remove rule N\n"
        "  test MSGFILE          which rule a message would meet (nothing is delivered; - reads stdin)"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mailroomctl", "Show this help."));
    const QCommandLineOption json = CliSupport::jsonOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("mailroomctl", "Condition: From contains TEXT."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("mailroomctl", "Condition: To or Cc contains TEXT."),
                                QStringLiteral("TEXT"));
    const QCommandLineOption subject(QStringLiteral("subject"),
                                     QCoreApplication::translate("mailroomctl", "Condition: Subject contains TEXT."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption header(
        QStringLiteral("header"),
        QCoreApplication::translate("mailroomctl", "Condition: header NAME contains the --contains TEXT."),
        QStringLiteral("NAME"));
    const QCommandLineOption contains(QStringLiteral("contains"),
                                      QCoreApplication::translate("mailroomctl", "The text for --header."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption spam(
        QStringLiteral("spam"),
        QCoreApplication::translate("mailroomctl", "Condition: the spam flag (X-Spam-Flag: YES) is set."));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        QCoreApplication::translate("mailroomctl", "Action: move to folder NAME under ~/mail."),
        QStringLiteral("NAME"));
    const QCommandLineOption forward(QStringLiteral("forward"),
                                     QCoreApplication::translate("mailroomctl", "Action: forward to ADDRESS."),
                                     QStringLiteral("ADDRESS"));
    const QCommandLineOption discard(QStringLiteral("discard"),
                                     QCoreApplication::translate("mailroomctl", "Action: discard the message."));
    parser.addOptions({help, json, from, to, subject, header, contains, spam, folder, forward, discard});
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QCoreApplication::translate("mailroomctl", "list, add, remove N or test MSGFILE."),
                                 QStringLiteral("[list|add|remove N|test MSGFILE]"));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("rules"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0, QStringLiteral("list"));
    const QString path = ProcmailRc::defaultPath();
    ProcmailRc rc;
    QString error;
    if (!ProcmailRc::load(path, &rc, &error)) {
        CliSupport::printError(error);
        return 1;
    }
    const auto printList = [&] {
        if (parser.isSet(json)) {
            CliSupport::printJson(listJson(path, rc));
        } else {
            CliSupport::print(formatList(path, rc));
        }
    };

    if (verb == QLatin1String("list") && pos.size() <= 1) {
        printList();
        return rc.isEditable() ? 0 : 1;
    }
    if (verb == QLatin1String("add") && pos.size() == 1) {
        DeliveryRule rule;
        int conditions = 0;
        if (parser.isSet(from)) {
            rule.field = DeliveryRule::Field::From;
            rule.text = parser.value(from);
            ++conditions;
        }
        if (parser.isSet(to)) {
            rule.field = DeliveryRule::Field::To;
            rule.text = parser.value(to);
            ++conditions;
        }
        if (parser.isSet(subject)) {
            rule.field = DeliveryRule::Field::Subject;
            rule.text = parser.value(subject);
            ++conditions;
        }
        if (parser.isSet(header)) {
            rule.field = DeliveryRule::Field::Header;
            rule.header = parser.value(header);
            rule.text = parser.value(contains);
            ++conditions;
        }
        if (parser.isSet(spam)) {
            rule.field = DeliveryRule::Field::SpamFlag;
            ++conditions;
        }
        int actions = 0;
        if (parser.isSet(folder)) {
            rule.action = DeliveryRule::Action::Folder;
            rule.target = parser.value(folder);
            ++actions;
        }
        if (parser.isSet(forward)) {
            rule.action = DeliveryRule::Action::Forward;
            rule.target = parser.value(forward);
            ++actions;
        }
        if (parser.isSet(discard)) {
            rule.action = DeliveryRule::Action::Discard;
            ++actions;
        }
        if (conditions != 1 || actions != 1 || (parser.isSet(contains) && !parser.isSet(header))) {
            return CliSupport::usage(
                QCoreApplication::translate("mailroomctl",
                                            "rules add takes one condition (--from, --to, --subject, --header NAME "
                                            "--contains TEXT or --spam) and one action (--folder, --forward or "
                                            "--discard)"));
        }
        if (const QString e = rule.validationError(); !e.isEmpty()) {
            CliSupport::printError(QCoreApplication::translate("mailroomctl", "rule refused: %1").arg(e));
            return 1;
        }
        DeliveryRules rules = rc.rules();
        rules.append(rule);
        if (!rc.save(path, rules, &error)) {
            CliSupport::printError(error);
            return 1;
        }
        printList();
        return 0;
    }
    if (verb == QLatin1String("remove") && pos.size() == 2) {
        bool ok = false;
        const int n = pos.at(1).toInt(&ok);
        if (!ok || n < 1 || n > rc.rules().size()) {
            CliSupport::printError(
                QCoreApplication::translate("mailroomctl", "there is no rule %1 (see mailroomctl rules list)")
                    .arg(pos.at(1)));
            return 1;
        }
        DeliveryRules rules = rc.rules();
        rules.removeAt(n - 1);
        if (!rc.save(path, rules, &error)) {
            CliSupport::printError(error);
            return 1;
        }
        printList();
        return 0;
    }
    if (verb == QLatin1String("test") && pos.size() == 2) {
        QFile f;
        const QString file = pos.at(1);
        const bool ok = file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            CliSupport::printError(
                QCoreApplication::translate("mailroomctl", "cannot read %1: %2").arg(file, f.errorString()));
            return 1;
        }
        if (!rc.isEditable()) {
            CliSupport::printError(rc.problem());
            return 1;
        }
        const RuleVerdict v = RulesTester::test(rc.rules(), f.readAll(), QDir::homePath(), rc.hasHandWrittenRecipes());
        if (parser.isSet(json)) {
            CliSupport::printJson(verdictJson(file, v));
        } else {
            CliSupport::print(v.summary() + QLatin1Char('\n'));
        }
        return 0;
    }
    return CliSupport::usage(
        QCoreApplication::translate("mailroomctl",
                                    "usage: mailroomctl rules [list | add CONDITION ACTION | remove N | test MSGFILE] "
                                    "[--json]"));
}

namespace {
const CommandRegistration registration {
    {QStringLiteral("rules"), QT_TRANSLATE_NOOP("mailroomctl", "Your own mail delivery rules (procmail)"), run, false}};
} // namespace

} // namespace RulesCommand
