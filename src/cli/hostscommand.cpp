// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl hosts — the hosts a user watches, each asked over SSH at once (src/core/hosts).
#include "clisupport.h"
#include "command.h"
#include "hosts/hostsoverview.h"
#include "hosts/savedhosts.h"
#include "terminaltable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <unistd.h>

using namespace CliSupport;

namespace {
QString dateText(const QDateTime &t, const QString &format)
{
    return t.isValid() ? t.toLocalTime().toString(format) : QStringLiteral("-");
}

QJsonValue jsonTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

int status(const QList<Mailroom::HostAddress> &hosts, bool asJson)
{
    if (hosts.isEmpty()) {
        print(QCoreApplication::translate("mailroomctl", "No hosts saved: mailroomctl hosts add [USER@]HOST[:PORT]\n"));
        return 0;
    }
    Mailroom::HostsOverview overview;
    QEventLoop loop;
    QObject::connect(&overview, &Mailroom::HostsOverview::connected, &overview, &Mailroom::HostsOverview::refresh);
    QObject::connect(&overview, &Mailroom::HostsOverview::refreshed, &loop, &QEventLoop::quit);
    Mailroom::HelperConnection::Options options; // never a prompt: many hosts at once
    QTimer::singleShot(0, &overview, [&] { overview.setHosts(hosts, options); });
    loop.exec();

    QJsonArray a;
    QList<QStringList> rows {
        {QCoreApplication::translate("mailroomctl", "HOST"), QCoreApplication::translate("mailroomctl", "POSTFIX"),
         QCoreApplication::translate("mailroomctl", "QUEUE"), QCoreApplication::translate("mailroomctl", "DEFERRED"),
         QCoreApplication::translate("mailroomctl", "LAST BOUNCE"),
         QCoreApplication::translate("mailroomctl", "CERTIFICATE UNTIL")}};
    int failed = 0;
    for (const Mailroom::HostStatus &s : overview.statuses()) {
        const bool ok = s.state == Mailroom::HostStatus::State::Ready;
        failed += ok ? 0 : 1;
        a.append(QJsonObject {{QStringLiteral("host"), s.host.toString()},
                              {QStringLiteral("reachable"), ok},
                              {QStringLiteral("error"), s.error.isEmpty() ? QJsonValue() : QJsonValue(s.error)},
                              {QStringLiteral("postfix_installed"), s.postfixInstalled},
                              {QStringLiteral("postfix_running"), s.postfixRunning},
                              {QStringLiteral("postfix_state"), s.postfixState},
                              {QStringLiteral("queued"), s.queued},
                              {QStringLiteral("deferred"), s.deferred},
                              {QStringLiteral("last_bounce"), jsonTime(s.lastBounce)},
                              {QStringLiteral("last_bounce_recipient"), s.lastBounceRecipient},
                              {QStringLiteral("certificate_expiry"), jsonTime(s.certificateExpiry)},
                              {QStringLiteral("answer_ms"), s.answerMs}});
        if (!ok) {
            rows.append({s.host.toString(), s.error}); // the error in place of the rest
            continue;
        }
        const QString postfix
            = !s.postfixInstalled ? QCoreApplication::translate("mailroomctl", "not installed") : s.postfixState;
        rows.append({s.host.toString(), postfix, s.queued < 0 ? QStringLiteral("?") : QString::number(s.queued),
                     s.deferred < 0 ? QStringLiteral("?") : QString::number(s.deferred),
                     dateText(s.lastBounce, QStringLiteral("yyyy-MM-dd HH:mm")),
                     dateText(s.certificateExpiry, QStringLiteral("yyyy-MM-dd"))});
        if (!s.error.isEmpty()) {
            rows.append({QStringLiteral("    ") + s.error});
        }
    }
    const QString out = TerminalTable::format(rows, {2, 3});
    if (asJson) {
        printJson(a);
    } else {
        print(out);
    }
    return failed == 0 ? 0 : 3;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mailroomctl",
        "The hosts you watch (saved in ~/.config/mailroom/hosts.ini), asked over SSH all at once:\n"
        "  mailroomctl hosts                       Postfix, queue, deferred, last bounce, certificate\n"
        "  mailroomctl hosts add [USER@]HOST[:PORT]…\n"
        "  mailroomctl hosts remove [USER@]HOST[:PORT]…\n"
        "  mailroomctl hosts list                  the saved hosts only, without connecting"));
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 QCoreApplication::translate("mailroomctl", "add, remove or list"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addHelpOption();
    if (int rc = parseArguments(parser, QStringLiteral("hosts"), args); rc >= 0) {
        return rc;
    }
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(0);
    if (verb.isEmpty()) {
        return status(Mailroom::SavedHosts::load(), parser.isSet(json));
    }
    if (verb == QLatin1String("list")) {
        QJsonArray a;
        QString out;
        for (const Mailroom::HostAddress &h : Mailroom::SavedHosts::load()) {
            a.append(h.toString());
            out += h.toString() + QLatin1Char('\n');
        }
        if (parser.isSet(json)) {
            printJson(a);
        } else {
            print(out);
        }
        return 0;
    }
    if (verb != QLatin1String("add") && verb != QLatin1String("remove")) {
        return usage(QCoreApplication::translate("mailroomctl", "unknown verb \"%1\" (add, remove or list)").arg(verb));
    }
    if (pos.size() < 2) {
        return usage(
            QCoreApplication::translate("mailroomctl", "usage: mailroomctl hosts %1 [USER@]HOST[:PORT]…").arg(verb));
    }
    // Every address is checked before anything is saved.
    QList<Mailroom::HostAddress> given;
    for (const QString &text : pos.mid(1)) {
        QString error;
        const Mailroom::HostAddress h = Mailroom::HostAddress::parse(text, &error);
        if (!h.isValid()) {
            return usage(error);
        }
        given.append(h);
    }
    if (verb == QLatin1String("add")) {
        for (auto it = given.crbegin(); it != given.crend(); ++it) {
            Mailroom::SavedHosts::remember(*it);
        }
        return 0;
    }
    int rc = 0;
    for (const Mailroom::HostAddress &h : given) {
        if (!Mailroom::SavedHosts::forget(h)) {
            printError(QCoreApplication::translate("mailroomctl", "%1 is not saved").arg(h.toString()));
            rc = 1;
        }
    }
    return rc;
}

const CommandRegistration registration {
    {QStringLiteral("hosts"), QT_TRANSLATE_NOOP("mailroomctl", "Watch several mail hosts over SSH"), run, false}};
} // namespace
