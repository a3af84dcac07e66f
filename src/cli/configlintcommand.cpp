// SPDX-License-Identifier: GPL-2.0-or-later
#include "configlintcommand.h"

#include "clisupport.h"
#include "config/maincflinter.h"
#include "postfix/mynetworks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInterface>

#include <cstdio>

using namespace Mailroom::Config;

namespace ConfigLintCommand {

namespace {
QJsonObject toJson(const LintFinding &f)
{
    QJsonObject o {{QStringLiteral("line"), f.line},
                   {QStringLiteral("severity"), LintFinding::severityName(f.severity)},
                   {QStringLiteral("rule"), f.rule},
                   {QStringLiteral("message"), f.message}};
    if (!f.relatedLines.isEmpty()) {
        QJsonArray related;
        for (int l : f.relatedLines) {
            related.append(l);
        }
        o.insert(QStringLiteral("relatedLines"), related);
    }
    switch (f.fix.kind) {
    case LintFinding::Fix::Kind::None:
        break;
    case LintFinding::Fix::Kind::ReplaceLines:
        o.insert(QStringLiteral("fix"),
                 QJsonObject {{QStringLiteral("kind"), QStringLiteral("replace-lines")},
                              {QStringLiteral("label"), f.fix.label},
                              {QStringLiteral("firstLine"), f.fix.firstLine},
                              {QStringLiteral("lastLine"), f.fix.lastLine},
                              {QStringLiteral("replacement"), f.fix.replacement}});
        break;
    case LintFinding::Fix::Kind::RunPostmap:
        o.insert(QStringLiteral("fix"),
                 QJsonObject {{QStringLiteral("kind"), QStringLiteral("postmap")},
                              {QStringLiteral("label"), f.fix.label},
                              {QStringLiteral("table"), f.fix.table}});
        break;
    }
    return o;
}
} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Check a main.cf the way the Configuration page's editor does, without the helper: unknown or obsolete "
        "parameters, keys set twice, “key = key = …” typos, $references to nothing, a mynetworks wider than "
        "this host's networks, lookup tables missing or not rebuilt, values Postfix would refuse.\n"
        "FILE defaults to /etc/postfix/main.cf. Exit status: 0 no errors, 1 errors found, 2 usage or read "
        "error."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mailroomctl", "The main.cf to check."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mailroomctl", "Show this help."));
    const QCommandLineOption json = CliSupport::jsonOption();
    parser.addOptions({help, json});
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("config lint"), args); status >= 0) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        CliSupport::printError(
            QCoreApplication::translate("mailroomctl", "usage: mailroomctl config lint [FILE] [--json]"));
        return 2;
    }
    const QString path = positional.value(0, QStringLiteral("/etc/postfix/main.cf"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CliSupport::printError(
            QCoreApplication::translate("mailroomctl", "cannot read %1: %2").arg(path, file.errorString()));
        return 2;
    }
    const QString text = QString::fromUtf8(file.readAll());

    MainCfLinter::Environment env;
    QString catalogNote;
    env.catalog = ParameterCatalog::loadInstalled(&catalogNote);
    env.hostAddresses = Mailroom::MyNetworks::fromInterfaces(QNetworkInterface::allInterfaces());
    QFile master(QStringLiteral("/etc/postfix/master.cf"));
    if (master.open(QIODevice::ReadOnly)) {
        env.masterCf = QString::fromUtf8(master.readAll());
    }
    const QList<LintFinding> findings = MainCfLinter(env).lint(text);
    int errors = 0;
    int warnings = 0;
    for (const LintFinding &f : findings) {
        errors += f.severity == LintFinding::Severity::Error;
        warnings += f.severity == LintFinding::Severity::Warning;
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const LintFinding &f : findings) {
            list.append(toJson(f));
        }
        CliSupport::printJson(QJsonObject {{QStringLiteral("file"), path},
                                           {QStringLiteral("postconfDefaults"), !env.catalog.isEmpty()},
                                           {QStringLiteral("errors"), errors},
                                           {QStringLiteral("warnings"), warnings},
                                           {QStringLiteral("findings"), list}});
        return errors > 0 ? 1 : 0;
    }
    if (env.catalog.isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                           "mailroomctl", "Note: %1 Unknown names, $references and value types are not checked.")
                           .arg(catalogNote)));
    }
    QString out;
    for (const LintFinding &f : findings) {
        out += QStringLiteral("%1:%2: %3: %4\n")
                   .arg(path)
                   .arg(f.line)
                   .arg(LintFinding::severityText(f.severity), f.message);
        for (int l : f.relatedLines) {
            out += QStringLiteral("    ") + QCoreApplication::translate("mailroomctl", "see line %1").arg(l)
                + QLatin1Char('\n');
        }
        if (f.fix.kind == LintFinding::Fix::Kind::ReplaceLines) {
            out += QStringLiteral("    ")
                + (f.fix.replacement.isEmpty()
                       ? QCoreApplication::translate("mailroomctl", "fix: remove the line")
                       : QCoreApplication::translate("mailroomctl", "fix: %1").arg(f.fix.replacement))
                + QLatin1Char('\n');
        } else if (f.fix.kind == LintFinding::Fix::Kind::RunPostmap) {
            out += QStringLiteral("    ")
                + QCoreApplication::translate("mailroomctl", "fix: postmap %1").arg(f.fix.table) + QLatin1Char('\n');
        }
    }
    out += QCoreApplication::translate("mailroomctl", "%1: %n error(s)", nullptr, errors).arg(path)
        + QStringLiteral(", ") + QCoreApplication::translate("mailroomctl", "%n warning(s)", nullptr, warnings)
        + QLatin1Char('\n');
    CliSupport::print(out);
    return errors > 0 ? 1 : 0;
}

} // namespace ConfigLintCommand
