// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl submission|imap — Postfix's submission port 587 and Dovecot's IMAP (143, 993) for
// the users' own mail clients: show, enable, disable.
#include "mailaccesscommand.h"
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace CliSupport;

namespace MailAccessCommand {

QString formatText(const Mailroom::MailAccessState &s)
{
    QString out;
    QTextStream ts(&out);
    const auto line = [&ts](const QString &label, const QString &value) {
        ts << TerminalTable::padded(label, 22) << value << '\n';
    };
    line(QCoreApplication::translate("mailroomctl", "Submission (587):"),
         !s.submission ? QCoreApplication::translate("mailroomctl", "off")
             : s.submissionSecure
             ? QCoreApplication::translate("mailroomctl", "on — STARTTLS, then a login with the user's system password")
             : QCoreApplication::translate("mailroomctl",
                                           "on, but without Mailroom's settings (TLS or login not required)"));
    line(QCoreApplication::translate("mailroomctl", "IMAP (143):"),
         s.imap ? QCoreApplication::translate("mailroomctl", "on — STARTTLS required before login")
                : QCoreApplication::translate("mailroomctl", "off"));
    line(QCoreApplication::translate("mailroomctl", "IMAPS (993):"),
         s.imaps ? QCoreApplication::translate("mailroomctl", "on — TLS from the first byte")
                 : QCoreApplication::translate("mailroomctl", "off"));
    line(QCoreApplication::translate("mailroomctl", "Dovecot:"),
         !s.dovecotInstalled
             ? QCoreApplication::translate("mailroomctl", "not installed (mailroomctl package install dovecot)")
             : s.dovecotActive ? QCoreApplication::translate("mailroomctl", "running")
                               : QCoreApplication::translate("mailroomctl", "installed, not running"));
    if (s.submission && s.submissionSecure && !s.authSocket) {
        ts << QCoreApplication::translate(
            "mailroomctl",
            "warning: Dovecot's login service for Postfix is missing: logins on port 587 fail. "
            "Run mailroomctl submission enable again.\n");
    }
    if ((s.imap || s.imaps) && !s.dovecotActive) {
        ts << QCoreApplication::translate(
            "mailroomctl", "warning: IMAP is on but Dovecot is not running: mailroomctl service start dovecot\n");
    }
    line(QCoreApplication::translate("mailroomctl", "Certificate:"),
         s.certificateFile.isEmpty()
             ? QCoreApplication::translate("mailroomctl", "none (mailroomctl tls self-signed makes one)")
             : s.certificateFile);
    ts.flush();
    return out;
}

QJsonObject toJson(const Mailroom::MailAccessState &s)
{
    return {
        {QStringLiteral("submission"), s.submission},
        {QStringLiteral("submission_secure"), s.submissionSecure},
        {QStringLiteral("imap"), s.imap},
        {QStringLiteral("imaps"), s.imaps},
        {QStringLiteral("dovecot_installed"), s.dovecotInstalled},
        {QStringLiteral("imap_installed"), s.imapInstalled},
        {QStringLiteral("dovecot_active"), s.dovecotActive},
        {QStringLiteral("auth_socket"), s.authSocket},
        {QStringLiteral("certificate_file"), s.certificateFile},
    };
}

namespace {

int show(bool json)
{
    QDBusPendingReply<Mailroom::MailAccessState> reply = proxy()->GetMailAccess();
    if (int rc = wait(reply)) {
        return rc;
    }
    if (json) {
        printJson(toJson(reply.value()));
    } else {
        print(formatText(reply.value()));
    }
    return 0;
}

int runSubmission(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Postfix's submission port (587), where the users' mail clients send mail.\n"
        "  mailroomctl submission [status]   whether it is on, and what it requires\n"
        "  mailroomctl submission enable     on: STARTTLS required, then a login with the user's system\n"
        "                                    password (checked by Dovecot); only those who logged in may\n"
        "                                    send to other domains. Needs a certificate and Dovecot.\n"
        "  mailroomctl submission disable    off (master.cf's service removed)\n"
        "master.cf is backed up, checked with postfix check and rolled back if Postfix refuses it."));
    parser.addHelpOption();
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int status = parseArguments(parser, QStringLiteral("submission"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0, QStringLiteral("status"));
    if (pos.size() <= 1 && verb == QLatin1String("status")) {
        return show(parser.isSet(json));
    }
    if (pos.size() == 1 && (verb == QLatin1String("enable") || verb == QLatin1String("disable"))) {
        const bool on = verb == QLatin1String("enable");
        QDBusPendingReply<QString> reply = proxy()->SetSubmission(on);
        return printChange(
            reply,
            on ? QCoreApplication::translate("mailroomctl",
                                             "Submission is on: port 587, STARTTLS and login required. Postfix was "
                                             "reloaded.\n")
               : QCoreApplication::translate("mailroomctl", "Submission is off. Postfix was reloaded.\n"));
    }
    return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl submission [status|enable|disable]"));
}

int runImap(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Dovecot's IMAP server, where the users' mail clients read their mail (/var/mail/USER as INBOX).\n"
        "  mailroomctl imap [status]          whether it is on\n"
        "  mailroomctl imap enable [--imaps]  on port 143 with STARTTLS required before login; --imaps\n"
        "                                     also on 993 (TLS from the first byte). Needs a certificate\n"
        "                                     and Dovecot (mailroomctl package install dovecot).\n"
        "  mailroomctl imap disable           off\n"
        "Dovecot's settings file is backed up, checked with doveconf and rolled back if Dovecot does not "
        "start."));
    parser.addHelpOption();
    const QCommandLineOption imaps(
        QStringLiteral("imaps"),
        QCoreApplication::translate("mailroomctl", "enable: port 993 (implicit TLS) as well."));
    const QCommandLineOption only(QStringLiteral("imaps-only"),
                                  QCoreApplication::translate("mailroomctl", "enable: port 993 only, not 143."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(imaps);
    parser.addOption(only);
    parser.addOption(json);
    if (const int status = parseArguments(parser, QStringLiteral("imap"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0, QStringLiteral("status"));
    if (pos.size() <= 1 && verb == QLatin1String("status")) {
        return show(parser.isSet(json));
    }
    if (pos.size() == 1 && verb == QLatin1String("enable")) {
        const bool starttls = !parser.isSet(only);
        const bool implicit = parser.isSet(imaps) || parser.isSet(only);
        QDBusPendingReply<QString> reply = proxy()->SetImap(starttls, implicit);
        return printChange(reply, QCoreApplication::translate("mailroomctl", "IMAP is on. Dovecot was restarted.\n"));
    }
    if (pos.size() == 1 && verb == QLatin1String("disable")) {
        QDBusPendingReply<QString> reply = proxy()->SetImap(false, false);
        return printChange(reply, QCoreApplication::translate("mailroomctl", "IMAP is off. Dovecot was restarted.\n"));
    }
    return usage(QCoreApplication::translate("mailroomctl",
                                             "usage: mailroomctl imap [status|enable [--imaps|--imaps-only]|disable]"));
}

const CommandRegistration submission {
    {QStringLiteral("submission"),
     QT_TRANSLATE_NOOP("mailroomctl", "Show, enable or disable the submission port (587) for mail clients"),
     runSubmission}};
const CommandRegistration imap {
    {QStringLiteral("imap"),
     QT_TRANSLATE_NOOP("mailroomctl", "Show, enable or disable IMAP (Dovecot) for mail clients"), runImap}};
} // namespace

} // namespace MailAccessCommand
