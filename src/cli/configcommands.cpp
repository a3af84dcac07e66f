// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl config | relay | journal | testmail | mailbox — twins of the helper's methods
// (queue: queuecommand.cpp).
#include "clisupport.h"
#include "command.h"
#include "configfilecommand.h"
#include "configlintcommand.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "hosts/remotemailbox.h"
#include "logs/deliveryline.h"
#include "relaytestcommand.h"
#include "setup/testmailtracker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

using namespace CliSupport;

namespace {
// The positional arguments, or nullopt with *status the exit status (help shown, usage error).
std::optional<QStringList> parse(QCommandLineParser &parser, const QString &name, const QStringList &args, int *status)
{
    parser.addHelpOption();
    *status = parseArguments(parser, name, args);
    if (*status >= 0) {
        return std::nullopt;
    }
    return parser.positionalArguments();
}

// --- config ---------------------------------------------------------------
int configCommand(const QStringList &args)
{
    if (args.value(0) == QLatin1String("lint")) { // offline, own options: src/cli/configlintcommand.cpp
        if (!CliSupport::hostName().isEmpty()) {
            return CliSupport::usage(QCoreApplication::translate(
                "mailroomctl", "\"config lint\" checks a file on this machine; it does not work with -H."));
        }
        return ConfigLintCommand::run(args.mid(1));
    }
    // Whole main.cf (show, edit, apply) has its own file and options.
    if (ConfigFileCommand::handlesConfigVerb(args.value(0))) {
        return ConfigFileCommand::runConfig(args);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Read or change Postfix's main.cf through the helper (validated, backed up, checked, reloaded).\n"
        "  mailroomctl config get KEY…                 effective value, default, set in main.cf?\n"
        "  mailroomctl config diff KEY=VALUE… [-r KEY]  show the change as a diff, write nothing\n"
        "  mailroomctl config set KEY=VALUE… [-r KEY]   apply; rolled back if Postfix rejects it\n"
        "  mailroomctl config backups                  list backups\n"
        "  mailroomctl config restore ID               restore a main.cf or master.cf backup\n"
        "  mailroomctl config show|edit|apply FILE     the whole main.cf (see mailroomctl config show --help)\n"
        "  mailroomctl config lint [FILE]              check a main.cf offline (see mailroomctl config lint --help)"));
    const QCommandLineOption remove(
        {QStringLiteral("r"), QStringLiteral("remove")},
        QCoreApplication::translate("mailroomctl", "Remove KEY from main.cf (back to the default)."),
        QStringLiteral("KEY"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(remove);
    parser.addOption(json);
    int status = 0;
    const std::optional<QStringList> parsed = parse(parser, QStringLiteral("config"), args, &status);
    if (!parsed) {
        return status;
    }
    QStringList pos = *parsed;
    if (pos.isEmpty()) {
        return usage(
            QCoreApplication::translate("mailroomctl", "usage: mailroomctl config get|diff|set|backups|restore …"));
    }
    const QString verb = pos.takeFirst();
    auto p = proxy();
    if (verb == QLatin1String("get")) {
        if (pos.isEmpty()) {
            return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl config get KEY…"));
        }
        QDBusPendingReply<Mailroom::ConfigValueList> reply = p->GetConfig(pos);
        if (int rc = wait(reply)) {
            return rc;
        }
        QString out;
        QJsonArray a;
        for (const auto &v : reply.value()) {
            a.append(QJsonObject {{QStringLiteral("key"), v.key},
                                  {QStringLiteral("value"), v.value},
                                  {QStringLiteral("default"), v.defaultValue},
                                  {QStringLiteral("explicit"), v.explicitlySet}});
            out += QStringLiteral("%1 = %2%3\n")
                       .arg(v.key, v.value,
                            v.explicitlySet ? QString() : QCoreApplication::translate("mailroomctl", "   (default)"));
        }
        parser.isSet(json) ? printJson(a) : print(out);
        return 0;
    }
    if (verb == QLatin1String("diff") || verb == QLatin1String("set")) {
        Mailroom::StringMap set;
        for (const QString &kv : pos) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not KEY=VALUE").arg(kv));
            }
            set.insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
        }
        const QStringList removals = parser.values(remove);
        if (verb == QLatin1String("diff")) {
            QDBusPendingReply<QString> reply = p->PreviewConfigChange(set, removals);
            if (int rc = wait(reply)) {
                return rc;
            }
            print(reply.value().isEmpty() ? QCoreApplication::translate("mailroomctl", "No change.\n") : reply.value());
            return 0;
        }
        QDBusPendingReply<QString, QString> reply = p->ApplyConfigChange(set, removals);
        if (int rc = wait(reply)) {
            return rc;
        }
        const QString backup = reply.argumentAt<0>();
        print(reply.argumentAt<1>());
        print(backup.isEmpty()
                  ? QCoreApplication::translate("mailroomctl", "Nothing to change: main.cf already says so.\n")
                  : QCoreApplication::translate("mailroomctl", "Applied. Previous main.cf saved as backup %1.\n")
                        .arg(backup));
        return 0;
    }
    if (verb == QLatin1String("backups")) {
        QDBusPendingReply<Mailroom::ConfigBackupList> reply = p->ListConfigBackups();
        if (int rc = wait(reply)) {
            return rc;
        }
        QString out;
        for (const auto &b : reply.value()) {
            out += QStringLiteral("%1  %2\n")
                       .arg(b.id.leftJustified(34), QDateTime::fromSecsSinceEpoch(b.time).toString(Qt::ISODate));
        }
        print(out);
        return 0;
    }
    if (verb == QLatin1String("restore") && pos.size() == 1) {
        QDBusPendingReply<QString> reply = p->RestoreConfigBackup(pos.at(0));
        if (int rc = wait(reply)) {
            return rc;
        }
        print(QCoreApplication::translate("mailroomctl", "Restored. The file it replaced was saved as backup %1.\n")
                  .arg(reply.value()));
        return 0;
    }
    return usage(
        QCoreApplication::translate("mailroomctl", "usage: mailroomctl config get|diff|set|backups|restore …"));
}

// --- relay ----------------------------------------------------------------
int relayCommand(const QStringList &args)
{
    // "relay test" has options of its own and needs no helper.
    if (args.value(0) == QLatin1String("test")) {
        if (!CliSupport::hostName().isEmpty()) {
            return CliSupport::usage(QCoreApplication::translate(
                "mailroomctl", "\"relay test\" logs in to the relay from this machine; it does not work with -H."));
        }
        return RelayTestCommand::run(args.mid(1));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Send all outgoing mail through an authenticated SMTP relay, or stop doing so.\n"
        "  mailroomctl relay set HOST[:PORT] USER   the password is asked for (or read from standard\n"
        "                                           input with --password-stdin), never an argument\n"
        "  mailroomctl relay remove\n"
        "  mailroomctl relay test HOST --user USER  test the login first, changing nothing\n"
        "                                           (see mailroomctl relay test --help)"));
    const QCommandLineOption stdinOpt(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("mailroomctl", "Read the password from standard input."));
    parser.addOption(stdinOpt);
    int status = 0;
    const std::optional<QStringList> parsed = parse(parser, QStringLiteral("relay"), args, &status);
    if (!parsed) {
        return status;
    }
    const QStringList pos = *parsed;
    auto p = proxy();
    if (pos.size() == 1 && pos.at(0) == QLatin1String("remove")) {
        QDBusPendingReply<> reply = p->RemoveRelay();
        return wait(reply);
    }
    if (pos.size() != 3 || pos.at(0) != QLatin1String("set")) {
        return usage(QCoreApplication::translate(
            "mailroomctl",
            "usage: mailroomctl relay set HOST[:PORT] USER | relay remove | relay test HOST --user USER"));
    }
    QString host;
    int portInHost = 0;
    if (!splitHostPort(pos.at(1), &host, &portInHost)) {
        return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not HOST or HOST:PORT").arg(pos.at(1)));
    }
    const ushort port = portInHost ? ushort(portInHost) : 587;
    const QString password = readPassword(parser.isSet(stdinOpt));
    QDBusPendingReply<> reply = p->SetRelay(host, port, pos.at(2), password);
    if (int rc = wait(reply)) {
        return rc;
    }
    print(
        QCoreApplication::translate("mailroomctl", "Relay set: mail now goes through [%1]:%2. Postfix was restarted.\n")
            .arg(host)
            .arg(port));
    return 0;
}

// --- journal --------------------------------------------------------------
QString formatEntry(const Mailroom::LogEntry &e)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(e.timeUsec / 1000));
    return QStringLiteral("%1 %2[%3]: %4\n")
        .arg(t.toString(QStringLiteral("MMM dd HH:mm:ss")), e.identifier, QString::number(e.pid), e.message);
}

int journalCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl", "Show the mail log from the system journal (Postfix and other mail programs)."));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")},
                                    QCoreApplication::translate("mailroomctl", "Keep printing new entries."));
    const QCommandLineOption lines({QStringLiteral("n"), QStringLiteral("lines")},
                                   QCoreApplication::translate("mailroomctl", "Show only the last N entries."),
                                   QStringLiteral("N"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QCoreApplication::translate("mailroomctl", "Start at this time (ISO 8601, e.g. 2026-03-25T11:00)."),
        QStringLiteral("TIME"));
    const QCommandLineOption grep(QStringLiteral("grep"),
                                  QCoreApplication::translate("mailroomctl", "Only entries containing TEXT."),
                                  QStringLiteral("TEXT"));
    parser.addOption(follow);
    parser.addOption(lines);
    parser.addOption(since);
    parser.addOption(grep);
    int status = 0;
    const std::optional<QStringList> parsed = parse(parser, QStringLiteral("journal"), args, &status);
    if (!parsed) {
        return status;
    }
    quint64 sinceUsec = 0;
    if (parser.isSet(since)) {
        const QDateTime t = QDateTime::fromString(parser.value(since), Qt::ISODate);
        if (!t.isValid()) {
            return usage(QCoreApplication::translate("mailroomctl", "\"%1\" is not a time").arg(parser.value(since)));
        }
        sinceUsec = quint64(t.toMSecsSinceEpoch()) * 1000;
    }
    const QString text = parser.value(grep);
    auto p = proxy();
    QString cursor;
    QList<Mailroom::LogEntry> all;
    for (;;) {
        QDBusPendingReply<Mailroom::LogEntryList, QString> reply = p->GetMailLog(cursor, sinceUsec, 5000);
        if (int rc = wait(reply)) {
            return rc;
        }
        const auto entries = reply.argumentAt<0>();
        cursor = reply.argumentAt<1>();
        for (const auto &e : entries) {
            if (text.isEmpty() || e.message.contains(text)) {
                all.append(e);
            }
        }
        if (entries.size() < 5000) {
            break;
        }
    }
    const int n = parser.isSet(lines) ? parser.value(lines).toInt() : -1;
    const qsizetype first = n >= 0 ? qMax<qsizetype>(0, all.size() - n) : 0;
    for (qsizetype i = first; i < all.size(); ++i) {
        print(formatEntry(all.at(i)));
    }
    while (parser.isSet(follow) && !cursor.isEmpty()) {
        QDBusPendingReply<Mailroom::LogEntryList, QString> reply = p->WaitForMailLog(cursor, 25000);
        if (int rc = wait(reply)) {
            return rc;
        }
        for (const auto &e : reply.argumentAt<0>()) {
            if (text.isEmpty() || e.message.contains(text)) {
                print(formatEntry(e));
            }
        }
        cursor = reply.argumentAt<1>();
    }
    return 0;
}

// --- testmail -------------------------------------------------------------
// Exit statuses of testmail --wait: 0 delivered, 7 returned to the sender (bounced or expired),
// 8 deferred (still queued after a failed attempt), 6 no answer in time; helper errors as always.
int testmailExitStatus(const Mailroom::TestMailTracker &tracker, const Mailroom::DeliveryLine &delivery,
                       const QString &error)
{
    if (tracker.helperError().isError()) {
        printError(error);
        return exitCodeFor(tracker.helperError());
    }
    switch (delivery.status) {
    case Mailroom::DeliveryStatus::Sent:
        return 0;
    case Mailroom::DeliveryStatus::Bounced:
    case Mailroom::DeliveryStatus::Expired:
        return 7;
    case Mailroom::DeliveryStatus::Deferred:
        return 8;
    default:
        break;
    }
    if (!error.isEmpty()) {
        printError(error);
    }
    return 6;
}

int testmailCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "Send a test message from a local user to an address and print its queue id.\n"
        "With --wait, follow it through the log until it is delivered, deferred, bounced or expired.\n"
        "Exit status with --wait: 0 delivered, 8 deferred, 7 bounced or expired, 6 no result in time."));
    const QCommandLineOption subject(
        QStringLiteral("subject"), QCoreApplication::translate("mailroomctl", "The subject line."),
        QStringLiteral("TEXT"), QCoreApplication::translate("mailroomctl", "Mailroom test message"));
    const QCommandLineOption waitOpt(
        QStringLiteral("wait"),
        QCoreApplication::translate("mailroomctl", "Wait for the delivery result (up to 60 seconds)."));
    parser.addOption(subject);
    parser.addOption(waitOpt);
    parser.addPositionalArgument(QStringLiteral("from-user"),
                                 QCoreApplication::translate("mailroomctl", "Local user sending"));
    parser.addPositionalArgument(QStringLiteral("to"), QCoreApplication::translate("mailroomctl", "Recipient address"));
    int status = 0;
    const std::optional<QStringList> parsed = parse(parser, QStringLiteral("testmail"), args, &status);
    if (!parsed) {
        return status;
    }
    const QStringList pos = *parsed;
    if (pos.size() != 2) {
        return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl testmail FROM_USER TO_ADDRESS"));
    }
    auto p = proxy();
    if (!parser.isSet(waitOpt)) {
        QDBusPendingReply<QString> reply = p->SendTestMail(pos.at(0), pos.at(1), parser.value(subject));
        if (int rc = wait(reply)) {
            return rc;
        }
        print(QCoreApplication::translate("mailroomctl", "Queued as %1\n").arg(reply.value()));
        return 0;
    }
    // The same follow-up as the Setup assistant's test step, so both agree on what an answer is.
    QEventLoop loop;
    Mailroom::TestMailTracker tracker(p.get());
    tracker.setTimeLimit(60000);
    int result = 0;
    QObject::connect(&tracker, &Mailroom::TestMailTracker::queued, &loop, [](const QString &queueId) {
        print(QCoreApplication::translate("mailroomctl", "Queued as %1\n").arg(queueId));
    });
    QObject::connect(&tracker, &Mailroom::TestMailTracker::logLine, &loop,
                     [](const Mailroom::LogEntry &e) { print(formatEntry(e)); });
    QObject::connect(&tracker, &Mailroom::TestMailTracker::finished, &loop,
                     [&](const Mailroom::DeliveryLine &delivery, const QString &error) {
                         result = testmailExitStatus(tracker, delivery, error);
                         loop.quit();
                     });
    tracker.send(pos.at(0), pos.at(1), parser.value(subject));
    loop.exec();
    return result;
}

// --- mailbox --------------------------------------------------------------
int mailboxCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl", "Print another local user's mailbox (read-only, through the helper; administrators only)."));
    parser.addPositionalArgument(QStringLiteral("user"),
                                 QCoreApplication::translate("mailroomctl", "The user whose mailbox to read"));
    int status = 0;
    const std::optional<QStringList> parsed = parse(parser, QStringLiteral("mailbox"), args, &status);
    if (!parsed) {
        return status;
    }
    const QStringList pos = *parsed;
    if (pos.size() != 1) {
        return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl mailbox USER"));
    }
    auto p = proxy();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    if (!Mailroom::RemoteMailbox::canPassDescriptors(bus())) {
        // Another host's bus (over SSH) cannot pass the descriptor: the same bytes in chunks.
        const Mailroom::HelperError error = Mailroom::RemoteMailbox::read(
            *p, pos.at(0), [&out](const QByteArray &chunk) { return out.write(chunk) == chunk.size(); });
        if (error.isError()) {
            out.flush();
            printError(error.userMessage());
            return exitCodeFor(error);
        }
        return out.flush() ? 0 : 1;
    }
    QDBusPendingReply<QDBusUnixFileDescriptor> reply = p->OpenMailbox(pos.at(0));
    if (int rc = wait(reply)) {
        return rc;
    }
    QFile in;
    if (!in.open(reply.value().fileDescriptor(), QIODevice::ReadOnly)) {
        printError(in.errorString());
        return 1;
    }
    while (!in.atEnd()) {
        out.write(in.read(1 << 16));
    }
    return 0;
}

const CommandRegistration configReg {
    {QStringLiteral("config"), QT_TRANSLATE_NOOP("mailroomctl", "Read or change main.cf (diff, backup, rollback)"),
     configCommand}};
const CommandRegistration relayReg {
    {QStringLiteral("relay"),
     QT_TRANSLATE_NOOP("mailroomctl", "Send mail through an authenticated SMTP relay, or test its login"),
     relayCommand}};
const CommandRegistration journalReg {{QStringLiteral("journal"),
                                       QT_TRANSLATE_NOOP("mailroomctl", "Show or follow the mail log in the journal"),
                                       journalCommand}};
const CommandRegistration testmailReg {{QStringLiteral("testmail"),
                                        QT_TRANSLATE_NOOP("mailroomctl", "Send a test message and follow it"),
                                        testmailCommand}};
const CommandRegistration mailboxReg {{QStringLiteral("mailbox"),
                                       QT_TRANSLATE_NOOP("mailroomctl", "Print another user's mailbox (admin)"),
                                       mailboxCommand}};
} // namespace
