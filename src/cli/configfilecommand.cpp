// SPDX-License-Identifier: GPL-2.0-or-later
#include "configfilecommand.h"

#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "postfix/configfiletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

using namespace CliSupport;

namespace {
// Reads a local file for ApplyConfigFile, refusing what the helper would refuse.
bool readLocal(const QString &path, QByteArray *bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(QCoreApplication::translate("mailroomctl", "cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    *bytes = f.read(Mailroom::ConfigFileText::MaxBytes + 1);
    const QString problem = Mailroom::ConfigFileText::problem(*bytes);
    if (!problem.isEmpty()) {
        printError(QCoreApplication::translate("mailroomctl", "%1: %2 Nothing was sent.").arg(path, problem));
        return false;
    }
    return true;
}

bool confirm(const QString &question)
{
    if (!isatty(STDIN_FILENO)) {
        return true;
    }
    print(question);
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin)) {
        return false;
    }
    return answer[0] == 'y' || answer[0] == 'Y';
}

// Preview, then apply against revision; prints the outcome. keptCopy: where the edits
// stay when they could not be applied ("" when there is no such copy).
int applyText(HelperProxy &p, const QString &file, const QByteArray &bytes, const QString &revision, bool ask,
              const QString &keptCopy)
{
    const QString text = QString::fromUtf8(bytes);
    QDBusPendingReply<QString> preview = p.PreviewConfigFile(file, text);
    if (int rc = wait(preview)) {
        return rc;
    }
    if (preview.value().isEmpty()) {
        print(QCoreApplication::translate("mailroomctl", "No change: %1 already says exactly this.\n").arg(file));
        return 0;
    }
    print(preview.value());
    if (ask
        && !confirm(
            QCoreApplication::translate("mailroomctl", "Apply this change to /etc/postfix/%1? [y/N] ").arg(file))) {
        print(QCoreApplication::translate("mailroomctl", "Not applied.%1\n")
                  .arg(keptCopy.isEmpty()
                           ? QString()
                           : QCoreApplication::translate("mailroomctl", " Your edited copy is kept in %1.")
                                 .arg(keptCopy)));
        return 1;
    }
    QDBusPendingReply<QString, QString, QString> reply = p.ApplyConfigFile(file, text, revision);
    if (int rc = wait(reply)) {
        if (!keptCopy.isEmpty()) {
            printError(QCoreApplication::translate("mailroomctl", "Your edited copy is kept in %1.").arg(keptCopy));
        }
        return rc;
    }
    if (!reply.argumentAt<2>().isEmpty()) {
        print(QCoreApplication::translate("mailroomctl", "Postfix has new warnings:\n%1\n").arg(reply.argumentAt<2>()));
    }
    print(QCoreApplication::translate(
              "mailroomctl", "Applied; Postfix checked and reloaded it. The previous %1 was saved as backup %2.\n")
              .arg(file, reply.argumentAt<1>()));
    if (!keptCopy.isEmpty()) {
        QFile::remove(keptCopy);
    }
    return 0;
}

int show(HelperProxy &p, const QString &file, bool revisionOnly)
{
    QDBusPendingReply<QString, QString> reply = p.GetConfigFile(file);
    if (int rc = wait(reply)) {
        return rc;
    }
    print(revisionOnly ? reply.argumentAt<1>() + QLatin1Char('\n') : reply.argumentAt<0>());
    return 0;
}

// expectedRevision empty: against the file as it is now.
int applyFile(HelperProxy &p, const QString &file, const QString &path, bool ask, QString expectedRevision)
{
    QByteArray bytes;
    if (!readLocal(path, &bytes)) {
        return 2;
    }
    if (expectedRevision.isEmpty()) {
        QDBusPendingReply<QString, QString> current = p.GetConfigFile(file);
        if (int rc = wait(current)) {
            return rc;
        }
        expectedRevision = current.argumentAt<1>();
    }
    return applyText(p, file, bytes, expectedRevision, ask, {});
}

int postmap(HelperProxy &p, const QString &table)
{
    QDBusPendingReply<> reply = p.RunPostmap(table);
    if (int rc = wait(reply)) {
        return rc;
    }
    print(QCoreApplication::translate("mailroomctl", "postmap %1: done.\n").arg(table));
    return 0;
}

int edit(HelperProxy &p, const QString &file)
{
    QDBusPendingReply<QString, QString> current = p.GetConfigFile(file);
    if (int rc = wait(current)) {
        return rc;
    }
    const QByteArray original = current.argumentAt<0>().toUtf8();
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/mailroom-XXXXXX-") + file);
    copy.setAutoRemove(false);
    if (!copy.open() || copy.write(original) != original.size() || !copy.flush()) {
        printError(
            QCoreApplication::translate("mailroomctl", "cannot write a temporary copy: %1").arg(copy.errorString()));
        return 1;
    }
    copy.close();
    QString editor = qEnvironmentVariable("VISUAL", qEnvironmentVariable("EDITOR"));
    if (editor.isEmpty()) {
        editor = QStringLiteral("editor");
    }
    QStringList command = QProcess::splitCommand(editor);
    const QString program = command.takeFirst();
    const int status = QProcess::execute(program, command << copy.fileName());
    if (status != 0) {
        printError(
            QCoreApplication::translate(
                "mailroomctl", "the editor %1 failed (exit status %2); nothing was applied. Your copy is kept in %3.")
                .arg(program)
                .arg(status)
                .arg(copy.fileName()));
        return 1;
    }
    QByteArray edited;
    if (!readLocal(copy.fileName(), &edited)) {
        printError(QCoreApplication::translate("mailroomctl", "Your copy is kept in %1.").arg(copy.fileName()));
        return 2;
    }
    if (edited == original) {
        QFile::remove(copy.fileName());
        print(QCoreApplication::translate("mailroomctl", "No change: %1 was not edited.\n").arg(file));
        return 0;
    }
    return applyText(p, file, edited, current.argumentAt<1>(), true, copy.fileName());
}

int fileCommand(const QString &command, const QString &file, const QStringList &args, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption yes(
        {QStringLiteral("y"), QStringLiteral("yes")},
        QCoreApplication::translate("mailroomctl", "Apply without asking (the diff is still printed)."));
    const QCommandLineOption revision(
        QStringLiteral("revision"),
        QCoreApplication::translate("mailroomctl",
                                    "apply: only if the file is still at REV (see --print-revision); exit "
                                    "status 5 when it changed."),
        QStringLiteral("REV"));
    const QCommandLineOption revisionFlag(
        QStringLiteral("print-revision"),
        QCoreApplication::translate("mailroomctl", "Print only the file's revision."));
    parser.addOption(yes);
    parser.addOption(revision);
    parser.addOption(revisionFlag);
    parser.addHelpOption();
    const int status = parseArguments(parser, command, args);
    if (status >= 0) {
        return status;
    }
    QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    auto p = proxy();
    if (verb == QLatin1String("show") && pos.size() == 1) {
        return show(*p, file, parser.isSet(revisionFlag));
    }
    if (verb == QLatin1String("apply") && pos.size() == 2) {
        return applyFile(*p, file, pos.at(1), !parser.isSet(yes), parser.value(revision));
    }
    if (verb == QLatin1String("postmap") && pos.size() == 2 && command == QLatin1String("config")) {
        return postmap(*p, pos.at(1));
    }
    if (verb == QLatin1String("edit") && pos.size() == 1) {
        return edit(*p, file);
    }
    return usage(
        command == QLatin1String("config")
            ? QCoreApplication::translate("mailroomctl", "usage: mailroomctl config show|edit|apply FILE|postmap TABLE")
            : QCoreApplication::translate("mailroomctl", "usage: mailroomctl master show|edit|apply FILE"));
}

int masterCommand(const QStringList &args)
{
    return fileCommand(
        QStringLiteral("master"), QStringLiteral("master.cf"), args,
        QCoreApplication::translate(
            "mailroomctl",
            "Read or replace Postfix's master.cf (the service table) through the helper.\n"
            "  mailroomctl master show [--print-revision]   print /etc/postfix/master.cf (or its revision)\n"
            "  mailroomctl master edit          edit a copy in $EDITOR, then apply it\n"
            "  mailroomctl master apply FILE    replace master.cf with FILE: the diff is shown, then\n"
            "                                   it is backed up, written, checked (postfix check,\n"
            "                                   postconf -M) and Postfix reloaded; rolled back when\n"
            "                                   Postfix refuses it. With --revision REV, only if\n"
            "                                   master.cf is still at REV; exit status 5 when it changed."));
}

const CommandRegistration masterReg {
    {QStringLiteral("master"), QT_TRANSLATE_NOOP("mailroomctl", "Read or replace master.cf (diff, backup, rollback)"),
     masterCommand}};
} // namespace

namespace ConfigFileCommand {

bool handlesConfigVerb(const QString &verb)
{
    return verb == QLatin1String("show") || verb == QLatin1String("edit") || verb == QLatin1String("apply")
        || verb == QLatin1String("postmap");
}

int runConfig(const QStringList &args)
{
    return fileCommand(
        QStringLiteral("config"), QStringLiteral("main.cf"), args,
        QCoreApplication::translate(
            "mailroomctl",
            "Read or replace Postfix's whole main.cf through the helper.\n"
            "  mailroomctl config show [--print-revision]   print /etc/postfix/main.cf (or its revision)\n"
            "  mailroomctl config edit          edit a copy in $EDITOR, then apply it\n"
            "  mailroomctl config apply FILE    replace main.cf with FILE: the diff is shown, then\n"
            "                                   it is backed up, written, checked (postfix check,\n"
            "                                   postconf) and Postfix reloaded; rolled back when\n"
            "                                   Postfix refuses it. With --revision REV, only if main.cf\n"
            "                                   is still at REV; exit status 5 when it changed.\n"
            "  mailroomctl config postmap TYPE:FILE   rebuild a hash:, lmdb: or cdb: table that main.cf\n"
            "                                   uses, under /etc/postfix"));
}

} // namespace ConfigFileCommand
