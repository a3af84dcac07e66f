// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl queue — the twin of the Configuration section's queue tab.
#include "clisupport.h"
#include "command.h"
#include "helperproxy.h"
#include "helpertypes.h"
#include "queue/queueaction.h"
#include "queue/queueid.h"
#include "queue/queuemodel.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace CliSupport;

namespace {
int list(HelperProxy *p, bool asJson)
{
    QDBusPendingReply<Mailroom::QueueEntryList> reply = p->GetQueue();
    if (int rc = wait(reply)) {
        return rc;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonArray a;
    QList<QStringList> rows;
    for (const auto &e : reply.value()) {
        QJsonArray recipients;
        for (const auto &r : e.recipients) {
            recipients.append(
                QJsonObject {{QStringLiteral("address"), r.address}, {QStringLiteral("delay_reason"), r.delayReason}});
        }
        const qint64 age = qMax<qint64>(0, now - e.arrivalTime);
        a.append(QJsonObject {{QStringLiteral("queue"), e.queueName},
                              {QStringLiteral("id"), e.queueId},
                              {QStringLiteral("sender"), e.sender},
                              {QStringLiteral("arrival_time"), e.arrivalTime},
                              {QStringLiteral("age_seconds"), age},
                              {QStringLiteral("size"), e.size},
                              {QStringLiteral("recipients"), recipients}});
        rows.append({e.queueId, e.queueName, QString::number(e.size),
                     QDateTime::fromSecsSinceEpoch(e.arrivalTime).toString(QStringLiteral("MMM dd HH:mm:ss")),
                     Mailroom::QueueModel::ageText(age), e.sender});
        for (const auto &r : e.recipients) {
            rows.append({QStringLiteral("    ") + r.address});
            if (!r.delayReason.isEmpty()) {
                rows.append({QStringLiteral("        (%1)").arg(r.delayReason)});
            }
        }
    }
    const QString out = reply.value().isEmpty() ? QCoreApplication::translate("mailroomctl", "Mail queue is empty\n")
                                                : TerminalTable::format(rows, {2, 4});
    asJson ? printJson(a) : print(out);
    return 0;
}

int queueCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mailroomctl",
                                    "Show and manage Postfix's mail queue.\n"
                                    "  mailroomctl queue [list] [--json]      list (like mailq), with each deferral's "
                                    "reason\n"
                                    "  mailroomctl queue flush                retry all deferred mail now\n"
                                    "  mailroomctl queue retry ID…            retry these messages now\n"
                                    "  mailroomctl queue hold|release|requeue|delete ID…"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addHelpOption();
    const int status = parseArguments(parser, QStringLiteral("queue"), args);
    if (status >= 0) {
        return status;
    }
    QStringList pos = parser.positionalArguments();
    const QString verb = pos.isEmpty() ? QStringLiteral("list") : pos.takeFirst();
    if (verb == QLatin1String("list")) {
        auto p = proxy();
        return list(p.get(), parser.isSet(json));
    }
    if (verb == QLatin1String("flush")) {
        auto p = proxy();
        QDBusPendingReply<> reply = p->FlushQueue();
        return wait(reply);
    }
    const QList<std::pair<QLatin1StringView, Mailroom::QueueAction>> verbs {
        {QLatin1StringView("retry"), Mailroom::QueueAction::Retry},
        {QLatin1StringView("hold"), Mailroom::QueueAction::Hold},
        {QLatin1StringView("release"), Mailroom::QueueAction::Release},
        {QLatin1StringView("requeue"), Mailroom::QueueAction::Requeue},
        {QLatin1StringView("delete"), Mailroom::QueueAction::Delete}};
    auto found = std::find_if(verbs.begin(), verbs.end(), [&](const auto &v) { return v.first == verb; });
    if (found == verbs.end()) {
        return usage(QCoreApplication::translate("mailroomctl", "unknown queue action \"%1\"").arg(verb));
    }
    if (pos.isEmpty()) {
        return usage(QCoreApplication::translate("mailroomctl", "usage: mailroomctl queue %1 ID…").arg(verb));
    }
    // Refused here, before the helper is even asked (it checks again).
    for (const QString &id : std::as_const(pos)) {
        if (!Mailroom::QueueId::isValid(id)) {
            return usage(QCoreApplication::translate("mailroomctl",
                                                     "\"%1\" is not a queue id (letters and digits, as mailq "
                                                     "shows them without * or !); nothing was changed")
                             .arg(id));
        }
    }
    pos.removeDuplicates();
    auto p = proxy();
    QDBusPendingReply<> reply;
    switch (found->second) {
    case Mailroom::QueueAction::Retry:
        reply = p->RetryQueued(pos);
        break;
    case Mailroom::QueueAction::Hold:
        reply = p->HoldQueued(pos);
        break;
    case Mailroom::QueueAction::Release:
        reply = p->ReleaseQueued(pos);
        break;
    case Mailroom::QueueAction::Requeue:
        reply = p->RequeueQueued(pos);
        break;
    case Mailroom::QueueAction::Delete:
        reply = p->DeleteQueued(pos);
        break;
    }
    if (int rc = wait(reply)) {
        return rc;
    }
    print(Mailroom::QueueActions::doneText(found->second, int(pos.size())) + QLatin1Char('\n'));
    return 0;
}

const CommandRegistration queueReg {
    {QStringLiteral("queue"), QT_TRANSLATE_NOOP("mailroomctl", "Show and manage the mail queue"), queueCommand}};
} // namespace
