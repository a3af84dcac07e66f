// SPDX-License-Identifier: GPL-2.0-or-later
#include "logcommand.h"

#include "clisupport.h"
#include "command.h"
#include "logs/diagnosis.h"
#include "logs/journeybuilder.h"
#include "logs/journeyjson.h"
#include "logs/journeymodel.h"
#include "logs/logfacts.h"
#include "logs/loginanalysis.h"
#include "logs/logindex.h"
#include "logs/logsummary.h"
#include "logs/spamtotals.h"
#include "terminaltable.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <cstdio>

namespace LogCommand {

namespace {
using namespace Mailroom;

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

void printBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("mailroomctl log: %1\n").arg(message));
    print(stderr, QCoreApplication::translate("mailroomctl", "Try 'mailroomctl log --help'.") + QLatin1Char('\n'));
    return 2;
}

// What every log command takes besides its files: --rotated and --reference-date.
struct FileOptions
{
    QCommandLineOption rotated {
        QStringLiteral("rotated"),
        QCoreApplication::translate("mailroomctl", "Also read the rotated files FILE.1, FILE.2.gz, … (oldest first).")};
    QCommandLineOption reference {
        QStringLiteral("reference-date"),
        QCoreApplication::translate(
            "mailroomctl",
            "Date of the last line, for the year of old-style timestamps (default: the file's modification date)."),
        QCoreApplication::translate("mailroomctl", "YYYY-MM-DD")};

    // The date given (invalid when none was: the files' own dates count); false after printing
    // the usage error for one that is not a date.
    bool referenceDate(const QCommandLineParser &parser, QDate *date) const
    {
        *date = QDate();
        if (!parser.isSet(reference)) {
            return true;
        }
        *date = QDate::fromString(parser.value(reference), Qt::ISODate);
        if (!date->isValid()) {
            usageError(QCoreApplication::translate("mailroomctl", "invalid date \"%1\" (expected YYYY-MM-DD)")
                           .arg(parser.value(reference)));
            return false;
        }
        return true;
    }
};

struct Loaded
{
    std::shared_ptr<LogIndex> index;
    std::unique_ptr<LogSummary> summary;
};

enum class Journeys
{
    Always,
    // Only when the summary's facts need them: SpamAssassin's lines are joined to messages.
    ForSpamTotals,
};

// Reads the files (and their rotations with --rotated); prints the error and returns false if one
// cannot be read. The summary, with its LogFacts, is counted first, on every core.
bool load(const QStringList &files, bool rotated, const QDate &reference, const QByteArray &syslogName, Loaded *out,
          Journeys journeys = Journeys::Always)
{
    auto sources = std::make_shared<LogSourceSet>();
    for (const QString &file : files) {
        const QStringList paths = rotated ? LogSourceSet::withRotations(file) : QStringList {file};
        for (const QString &path : paths) {
            QString error;
            if (!sources->addFile(path, &error)) {
                print(stderr, QStringLiteral("mailroomctl: %1\n").arg(error));
                return false;
            }
        }
    }
    out->summary = std::make_unique<LogSummary>(syslogName);
    out->summary->setCollectFacts(true);
    JourneyBuilder builder(sources);
    builder.setReferenceDate(reference);
    builder.setSummary(out->summary.get());
    builder.summarizeNow(QThread::idealThreadCount());
    if (journeys == Journeys::Always || out->summary->facts()->mentionsSpamAssassin()) {
        builder.processAll();
        out->index = builder.finish();
    }
    return true;
}

QString formatDelay(float delay)
{
    const QLocale locale;
    if (delay < 60) {
        return QCoreApplication::translate("mailroomctl", "%1 s").arg(locale.toString(delay, 'f', delay < 10 ? 1 : 0));
    }
    if (delay < 3600) {
        return QCoreApplication::translate("mailroomctl", "%1 min").arg(locale.toString(delay / 60, 'f', 0));
    }
    return QCoreApplication::translate("mailroomctl", "%1 h").arg(locale.toString(delay / 3600, 'f', 1));
}

// One paragraph a person can act on.
QString verdict(const LogIndex &index, quint32 head)
{
    const JourneyRow row = index.row(head);
    const QLocale locale;
    auto s = [&](TextRef r) {
        return index.string(r);
    };
    QStringList recipients;
    for (const TextRef &r : row.recipients) {
        recipients.append(QStringLiteral("<%1>").arg(s(r)));
    }
    const QString from = row.hasSender ? QStringLiteral("<%1>").arg(s(row.sender))
                                       : QCoreApplication::translate("mailroomctl", "an unknown sender");
    const QString to = recipients.isEmpty() ? QCoreApplication::translate("mailroomctl", "unknown recipients")
                                            : recipients.join(QStringLiteral(", "));
    const QString when = locale.toString(JourneyModel::toDateTime(row.firstTime), QLocale::ShortFormat);
    QString text;
    switch (row.status) {
    case JourneyStatus::Sent:
        text = QCoreApplication::translate(
                   "mailroomctl", "Delivered. The message from %1 to %2 arrived %3 and was delivered via %4 after %5.")
                   .arg(from, to, when, s(row.relay),
                        row.delay >= 0 ? formatDelay(row.delay)
                                       : QCoreApplication::translate("mailroomctl", "an unknown time"));
        break;
    case JourneyStatus::Deferred:
        text = QCoreApplication::translate(
                   "mailroomctl",
                   "Deferred. The message from %1 to %2 (arrived %3) is still in the queue; the last attempt failed "
                   "temporarily: %4. Postfix keeps retrying.")
                   .arg(from, to, when, s(row.statusText));
        break;
    case JourneyStatus::Bounced:
        text = QCoreApplication::translate(
                   "mailroomctl",
                   "Bounced. The message from %1 to %2 (arrived %3) could not be delivered and was returned to the "
                   "sender: %4.")
                   .arg(from, to, when, s(row.statusText));
        break;
    case JourneyStatus::Expired:
        text = QCoreApplication::translate(
                   "mailroomctl",
                   "Expired. The message from %1 to %2 (arrived %3) stayed in the queue too long and was returned to "
                   "the sender. Last error: %4.")
                   .arg(from, to, when, s(row.statusText));
        break;
    case JourneyStatus::Rejected:
        text = QCoreApplication::translate("mailroomctl",
                                           "Rejected. The message from %1 to %2 was refused on %3 (client %4): %5.")
                   .arg(from, to, when, s(row.client), s(row.statusText));
        break;
    case JourneyStatus::Removed:
        text = QCoreApplication::translate(
                   "mailroomctl",
                   "Removed. The message from %1 to %2 (arrived %3) was removed from the queue without being "
                   "delivered (deleted by an administrator, discarded or held).")
                   .arg(from, to, when);
        break;
    case JourneyStatus::InProgress:
        text = QCoreApplication::translate(
                   "mailroomctl",
                   "In the queue. The message from %1 to %2 arrived %3; the log shows no delivery attempt yet.")
                   .arg(from, to, when);
        break;
    }
    const Diagnosis::Finding finding = Diagnosis::diagnoseJourney(index, head);
    if (finding.isValid()) {
        const QString whatToDo = finding.target == Diagnosis::FixTarget::None // nothing on this server to change
            ? QCoreApplication::translate("mailroomctl", "What to do: %1").arg(finding.suggestion)
            : QCoreApplication::translate("mailroomctl", "What to do: %1 (Setting: %2.)")
                  .arg(finding.suggestion, Diagnosis::targetName(finding.target));
        text = joinSentences(joinSentences(text, finding.explanation), whatToDo);
    } else if (const QString spam = Diagnosis::spamVerdict(index, head); !spam.isEmpty()) {
        text = joinSentences(text, spam);
    }
    return text;
}

// Logins and the refused ones, after the totals; nothing for a log without login lines.
QString loginReport(const LoginAnalysis &logins)
{
    if (logins.isEmpty()) {
        return {};
    }
    QString text = QCoreApplication::translate("mailroomctl", " %1  logins\n").arg(logins.succeeded(), 6)
        + QCoreApplication::translate("mailroomctl", " %1  failed logins\n").arg(logins.failed(), 6);
    if (logins.problems().isEmpty()) {
        return text;
    }
    const QString title = QCoreApplication::translate("mailroomctl", "Login problems");
    text += QStringLiteral("\n%1\n%2\n").arg(title, QString(TerminalTable::displayWidth(title), QLatin1Char('-')));
    for (const LoginAnalysis::Problem &p : logins.problems()) {
        // The log's own time, in one fixed form: the report reads the same in every locale.
        const QString when = JourneyModel::toDateTime(p.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString users = p.users.isEmpty() ? QStringLiteral("-") : p.users.join(QLatin1String(", "));
        text += QStringLiteral(" %1  %2  %3  %4\n   %5\n   %6\n")
                    .arg(when, LoginAnalysis::statusText(p), p.address, users, p.finding.explanation,
                         QCoreApplication::translate("mailroomctl", "What to do: %1").arg(p.finding.suggestion));
    }
    return text;
}

int summary(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl", "Totals of a Postfix mail log, counted like pflogsumm."));
    parser.addHelpOption();
    const QCommandLineOption json = CliSupport::jsonOption();
    const FileOptions common;
    const QCommandLineOption syslogName(
        QStringLiteral("syslog-name"),
        QCoreApplication::translate("mailroomctl", "Also count lines of this Postfix syslog_name (like pflogsumm)."),
        QCoreApplication::translate("mailroomctl", "NAME"));
    const QCommandLineOption top(
        QStringLiteral("top"),
        QCoreApplication::translate("mailroomctl",
                                    "How many senders, recipients and domains JSON lists (default 10, -1 all)."),
        QCoreApplication::translate("mailroomctl", "N"), QStringLiteral("10"));
    parser.addOptions({json, common.rotated, syslogName, common.reference, top});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mailroomctl", "Mail log files, oldest first."),
                                 QStringLiteral("FILE…"));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("log summary"), args); status >= 0) {
        return status;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(QCoreApplication::translate("mailroomctl", "no log file given"));
    }
    QDate date;
    if (!common.referenceDate(parser, &date)) {
        return 2;
    }
    bool topOk = false;
    const int topCount = parser.value(top).toInt(&topOk);
    if (!topOk) {
        return usageError(QCoreApplication::translate("mailroomctl", "invalid number \"%1\"").arg(parser.value(top)));
    }
    Loaded loaded;
    // Journeys are grouped only for SpamAssassin's totals: the rest comes from the summary's pass.
    if (!load(files, parser.isSet(common.rotated), date, parser.value(syslogName).toUtf8(), &loaded,
              Journeys::ForSpamTotals)) {
        return 1;
    }
    const LogFacts &facts = *loaded.summary->facts();
    const LoginAnalysis logins(facts);
    // Without SpamAssassin's lines in the log, every spam total is zero (LogFacts).
    const SpamTotals spam = loaded.index ? SpamTotals::of(*loaded.index) : SpamTotals();
    if (parser.isSet(json)) {
        QJsonObject o = loaded.summary->toJson(topCount);
        o.insert(QStringLiteral("lines"), qint64(facts.lines()));
        o.insert(QStringLiteral("unparsed_lines"), qint64(facts.unparsedLines()));
        if (!logins.isEmpty()) { // a log without logins keeps pflogsumm's keys only
            o.insert(QStringLiteral("logins"), logins.toJson());
        }
        if (!spam.isEmpty()) { // the same
            o.insert(QStringLiteral("spam"), spam.toJson());
        }
        printBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    printBytes(loaded.summary->pflogsummReport());
    const QString extra
        = QStringLiteral("\n%1\n%2\n")
              .arg(QCoreApplication::translate("mailroomctl", "Mailroom"),
                   QString(TerminalTable::displayWidth(QCoreApplication::translate("mailroomctl", "Mailroom")),
                           QLatin1Char('-')))
        + QCoreApplication::translate("mailroomctl", " %1  lines read\n").arg(facts.lines(), 6)
        + QCoreApplication::translate("mailroomctl", " %1  lines without a syslog timestamp\n")
              .arg(facts.unparsedLines(), 6);
    QString spamReport;
    if (!spam.isEmpty()) {
        spamReport = QCoreApplication::translate("mailroomctl", " %1  scanned by SpamAssassin\n").arg(spam.scanned, 6)
            + QCoreApplication::translate("mailroomctl", " %1  spam, delivered tagged\n").arg(spam.tagged, 6)
            + QCoreApplication::translate("mailroomctl", " %1  spam, rejected\n").arg(spam.rejected, 6);
    }
    print(stdout, extra + spamReport + loginReport(logins));
    return 0;
}

int trace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl", "Follow one message through the log: its lines and what happened to it."));
    parser.addHelpOption();
    const FileOptions common;
    parser.addOptions({common.rotated, common.reference});
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        QCoreApplication::translate("mailroomctl", "A queue id (4Kc9Dq0Sx5z9rxH, 3F2A1C0B4D) or a Message-ID."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mailroomctl", "Mail log files, oldest first."),
                                 QStringLiteral("FILE…"));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("log trace"), args); status >= 0) {
        return status;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return usageError(
            QCoreApplication::translate("mailroomctl", "expected a queue id or Message-ID and at least one log file"));
    }
    const QString id = positional.takeFirst();
    QDate date;
    if (!common.referenceDate(parser, &date)) {
        return 2;
    }
    Loaded loaded;
    if (!load(positional, parser.isSet(common.rotated), date, QByteArray(), &loaded)) {
        return 1;
    }
    const LogIndex &index = *loaded.index;
    const QList<quint32> heads = index.find(id.toUtf8());
    if (heads.isEmpty()) {
        print(stderr,
              QCoreApplication::translate("mailroomctl",
                                          "mailroomctl: no message with queue id or Message-ID \"%1\" in the log\n")
                  .arg(id));
        return 1;
    }
    int n = 0;
    for (quint32 head : heads) {
        QStringList ids;
        for (quint32 hop : index.chain(head)) {
            if (!index.journeys()[hop].queueId.isEmpty()) {
                ids.append(index.string(index.journeys()[hop].queueId));
            }
        }
        if (ids.isEmpty()) {
            ids.append(QStringLiteral("NOQUEUE"));
        }
        if (heads.size() > 1) {
            print(stdout,
                  QCoreApplication::translate("mailroomctl", "Journey %1 of %2: %3\n")
                      .arg(++n)
                      .arg(heads.size())
                      .arg(ids.join(QStringLiteral(" → "))));
        } else {
            print(stdout,
                  QCoreApplication::translate("mailroomctl", "Journey: %1\n").arg(ids.join(QStringLiteral(" → "))));
        }
        for (quint32 line : index.chainLines(head)) {
            printBytes(index.lineText(line).toByteArray() + '\n');
        }
        print(stdout, QLatin1Char('\n') + verdict(index, head) + QStringLiteral("\n\n"));
    }
    return 0;
}

int journeys(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl", "Every message journey in the log as JSON."));
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("mailroomctl", "Print machine-readable JSON (the only format)."));
    const FileOptions common;
    parser.addOptions({json, common.rotated, common.reference});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mailroomctl", "Mail log files, oldest first."),
                                 QStringLiteral("FILE…"));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("log journeys"), args); status >= 0) {
        return status;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usageError(QCoreApplication::translate("mailroomctl", "no log file given"));
    }
    QDate date;
    if (!common.referenceDate(parser, &date)) {
        return 2;
    }
    Loaded loaded;
    if (!load(files, parser.isSet(common.rotated), date, QByteArray(), &loaded)) {
        return 1;
    }
    printBytes(QJsonDocument(JourneyJson::report(*loaded.index, loaded.summary.get())).toJson(QJsonDocument::Indented));
    return 0;
}

void printLogUsage(FILE *to)
{
    print(
        to,
        QCoreApplication::translate("mailroomctl",
                                    "Usage: mailroomctl log summary FILE… [--json] [--rotated]\n"
                                    "       mailroomctl log trace QUEUEID|MESSAGEID FILE… [--rotated]\n"
                                    "       mailroomctl log journeys FILE… --json [--rotated]\n\n"
                                    "Reads Postfix mail logs (plain, rotated .1 and gzip-compressed .gz) offline.\n"));
}
} // namespace

int run(const QStringList &args)
{
    if (args.isEmpty()) {
        printLogUsage(stderr);
        return 2;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printLogUsage(stdout);
        return 0;
    }
    if (sub == QLatin1String("summary")) {
        return summary(rest);
    }
    if (sub == QLatin1String("trace")) {
        return trace(rest);
    }
    if (sub == QLatin1String("journeys")) {
        return journeys(rest);
    }
    return usageError(QCoreApplication::translate("mailroomctl", "unknown subcommand \"%1\"").arg(sub));
}

namespace {
const CommandRegistration registration {
    {QStringLiteral("log"), QT_TRANSLATE_NOOP("mailroomctl", "Summarize mail logs and trace messages"), run, false}};
} // namespace

} // namespace LogCommand
