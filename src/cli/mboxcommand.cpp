// SPDX-License-Identifier: GPL-2.0-or-later
#include "mboxcommand.h"

#include "clisupport.h"
#include "command.h"
#include "mail/localdateformatter.h"
#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/mboxrecovery.h"
#include "mail/messagestatus.h"
#include "mail/messagetable.h"
#include "mail/mimeheader.h"
#include "mail/spamlearner.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <thread>

namespace MboxCommand {

namespace {

// Appends text cut to a number of terminal columns, counting East Asian wide characters as two
// (an invalid surrogate counts as U+FFFD), padded with spaces if asked.
QString statusWord(Mailroom::MessageStatus::Flags f)
{
    using namespace Mailroom::MessageStatus;
    if (f & Deleted) {
        return QStringLiteral("deleted");
    }
    if (f & Answered) {
        return QStringLiteral("answered");
    }
    if (f & Read) {
        return QStringLiteral("read");
    }
    return (f & Old) ? QStringLiteral("unread") : QStringLiteral("new");
}
} // namespace

namespace {
// Rows [from, to) of the listing as UTF-8, built without QString::arg or a QDateTime per row.
QByteArray formatRows(const Mailroom::MessageTable &table, qsizetype from, qsizetype to, int numberWidth)
{
    QString out;
    out.reserve((to - from) * 96);
    Mailroom::LocalDateFormatter dates;
    for (qsizetype i = from; i < to; ++i) {
        const QString number = QString::number(i + 1);
        out.resize(out.size() + (numberWidth - number.size()), QLatin1Char(' '));
        out += number;
        out += QLatin1Char(' ');
        out += QLatin1Char(Mailroom::MessageStatus::letter(table.flags(i)));
        out += QLatin1Char(' ');
        if (const qint64 secs = table.entry(i).date) {
            dates.append(out, secs);
        } else {
            out.resize(out.size() + 16, QLatin1Char(' '));
        }
        out += QLatin1String("  ");
        TerminalTable::appendColumns(out, table.fromDisplay(i), 24, true);
        out += QLatin1String("  ");
        out += table.subject(i);
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}
} // namespace

QByteArray formatText(const Mailroom::MessageTable &table)
{
    const qsizetype n = table.size();
    const int numberWidth = int(QString::number(n).size());
    // Decoding the headers is most of the work: a long list is done in two halves on two cores
    // (the table is only read; each half has its own date formatter).
    if (n < 20000 || std::thread::hardware_concurrency() < 2) {
        return formatRows(table, 0, n, numberWidth);
    }
    QByteArray second;
    std::thread worker([&] { second = formatRows(table, n / 2, n, numberWidth); });
    QByteArray out = formatRows(table, 0, n / 2, numberWidth);
    worker.join();
    out += second;
    return out;
}

QByteArray formatJson(const QString &path, const Mailroom::MessageTable &table)
{
    QJsonArray messages;
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QDateTime d = table.date(i);
        const QString from = table.from(i);
        messages.append(QJsonObject {
            {QStringLiteral("number"), qint64(i + 1)},
            {QStringLiteral("status"), statusWord(table.flags(i))},
            {QStringLiteral("flags"),
             QString::fromLatin1(Mailroom::MessageStatus::statusHeaderValue(table.flags(i))
                                 + Mailroom::MessageStatus::xStatusHeaderValue(table.flags(i)))},
            {QStringLiteral("date"), d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("from"), from},
            {QStringLiteral("from_name"), Mailroom::MimeHeader::displayAddress(from)},
            {QStringLiteral("from_address"), Mailroom::MimeHeader::addressOf(from)},
            {QStringLiteral("subject"), table.subject(i)},
            {QStringLiteral("size"), table.entry(i).length},
            {QStringLiteral("incomplete"), bool(table.flags(i) & Mailroom::MessageStatus::Incomplete)},
        });
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("mailbox"), path}, {QStringLiteral("messages"), messages}})
        .toJson(QJsonDocument::Indented);
}

namespace {
// Loads a mailbox's index into table; prints the error and returns false when it cannot.
bool loadTable(const QString &path, Mailroom::MessageTable &table)
{
    auto sink = [&table](Mailroom::MessageBatch &&batch) {
        table.apply(std::move(batch));
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        CliSupport::printError(QCoreApplication::translate("mailroomctl", "%1: no such mailbox").arg(path));
        return false;
    }
    if (info.isDir()) {
        Mailroom::MaildirStore store(path);
        if (!store.load(sink)) {
            CliSupport::printError(store.errorString());
            return false;
        }
    } else {
        Mailroom::MboxIndexer indexer(path);
        indexer.setBatchSizes(100000, 100000);
        if (!indexer.update(sink)) {
            CliSupport::printError(indexer.errorString());
            return false;
        }
    }
    return true;
}

// mbox recover FILE: what opening the mailbox in the GUI does first (MboxRecovery): an
// interrupted rewrite's recovery copy is removed when no longer needed, the rewrite finished from
// it where that is safe, and otherwise described. 0 when nothing is left to see to.
int recover(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        CliSupport::printError(QCoreApplication::translate("mailroomctl", "%1: no such mbox file").arg(path));
        return 1;
    }
    const auto outcomes = Mailroom::MboxRecovery::check(path, Mailroom::MboxRecovery::Mode::Finish);
    const QString text = Mailroom::MboxRecovery::describe(outcomes);
    if (Mailroom::MboxRecovery::needsAttention(outcomes)) {
        CliSupport::printError(text);
        return 1;
    }
    CliSupport::print(
        (text.isEmpty() ? QCoreApplication::translate("mailroomctl", "%1: no interrupted rewrite to finish.").arg(path)
                        : text)
        + QLatin1Char('\n'));
    return 0;
}

// mbox learn --spam|--ham MBOX NUMBER…: sa-learn as the calling user on those messages.
int learn(bool spam, const QStringList &pos)
{
    const QString path = pos.at(1);
    Mailroom::MessageTable table;
    if (!loadTable(path, table)) {
        return 1;
    }
    const bool maildir = QFileInfo(path).isDir();
    QList<QByteArray> messages;
    for (qsizetype i = 2; i < pos.size(); ++i) {
        bool ok = false;
        const int number = pos.at(i).toInt(&ok);
        if (!ok || number < 1 || number > table.size()) {
            CliSupport::printError(
                QCoreApplication::translate("mailroomctl", "%1: no message number %2 (the mailbox has %3)")
                    .arg(path, pos.at(i))
                    .arg(table.size()));
            return 2;
        }
        QString error;
        const QByteArray raw = maildir ? Mailroom::MaildirStore(path).readMessage(table.key(number - 1), &error)
                                       : Mailroom::MboxIndexer::readMessage(path, table.entry(number - 1), &error);
        if (raw.isEmpty()) {
            CliSupport::printError(error);
            return 1;
        }
        messages.append(raw);
    }
    Mailroom::SpamLearner learner;
    QString message;
    const bool ok
        = learner.run(spam ? Mailroom::SpamLearner::Kind::Spam : Mailroom::SpamLearner::Kind::Ham, messages, &message);
    if (!ok) {
        CliSupport::printError(message);
        return 1;
    }
    std::fprintf(stdout, "%s\n", message.toLocal8Bit().constData());
    return 0;
}
} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Work with local mailboxes (mbox files and Maildirs) without the GUI.\n\n"
                                    "Subcommands:\n  list FILE   print the message list\n"
                                    "  recover FILE   finish an interrupted rewrite from its recovery copy, where "
                                    "that is safe\n"
                                    "  learn --spam|--ham FILE NUMBER…   teach your SpamAssassin (sa-learn) "
                                    "with these messages"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("mailroomctl", "Show this help."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("mailroomctl", "Print machine-readable JSON."));
    const QCommandLineOption spam(QStringLiteral("spam"),
                                  QCoreApplication::translate("mailroomctl", "learn: the messages are spam."));
    const QCommandLineOption ham(QStringLiteral("ham"),
                                 QCoreApplication::translate("mailroomctl", "learn: the messages are not spam."));
    parser.addOption(help);
    parser.addOption(json);
    parser.addOption(spam);
    parser.addOption(ham);
    parser.addPositionalArgument(QStringLiteral("list"),
                                 QCoreApplication::translate("mailroomctl", "Print the message list of a mailbox."),
                                 QStringLiteral("list FILE"));
    if (const int status = CliSupport::parseArguments(parser, QStringLiteral("mbox"), args); status >= 0) {
        return status;
    }
    const QStringList pos = parser.positionalArguments();
    if (!pos.isEmpty() && pos.at(0) == QLatin1String("learn")) {
        if (pos.size() < 3 || parser.isSet(spam) == parser.isSet(ham)) {
            CliSupport::printError(
                QCoreApplication::translate("mailroomctl", "usage: mailroomctl mbox learn --spam|--ham FILE NUMBER…"));
            return 2;
        }
        return learn(parser.isSet(spam), pos);
    }
    if (pos.size() == 2 && pos.at(0) == QLatin1String("recover")) {
        return recover(pos.at(1));
    }
    if (pos.size() != 2 || pos.at(0) != QLatin1String("list")) {
        CliSupport::printError(QCoreApplication::translate(
            "mailroomctl", "usage: mailroomctl mbox list FILE [--json], or mailroomctl mbox recover FILE"));
        return 2;
    }
    const QString path = pos.at(1);
    if (QFileInfo(path).isFile()) {
        // Only told here (listing changes nothing); `mbox recover` or the GUI finishes it.
        const QString recovery = Mailroom::MboxRecovery::describe(
            Mailroom::MboxRecovery::check(path, Mailroom::MboxRecovery::Mode::Report));
        if (!recovery.isEmpty()) {
            CliSupport::printError(recovery);
        }
    }
    Mailroom::MessageTable table;
    if (!loadTable(path, table)) {
        return 1;
    }
    const QByteArray out = parser.isSet(json) ? formatJson(path, table) : formatText(table);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

namespace {
const CommandRegistration registration {
    {QStringLiteral("mbox"), QT_TRANSLATE_NOOP("mailroomctl", "List the messages of a local mailbox"), run, false}};
} // namespace

} // namespace MboxCommand
