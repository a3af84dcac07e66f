// SPDX-License-Identifier: GPL-2.0-or-later
// prompt_caller — the caller of test_polkit_prompt: one process making the helper calls named on
// its standard input, one per line, as the Mailroom window does (polkit keeps an authorization
// per process). On a terminal it starts polkit's text agent as mailroomctl does (TtyAuthAgent),
// unless --no-agent is given.
// Prints "@@ready CGROUP" (the session shows in it), then for each call "@@call N NAME" before
// and "@@result N NAME ok DETAIL" or "@@result N NAME ERROR-NAME MESSAGE" after it.
#include "clisupport.h"
#include "helperproxy.h"
#include "ttyauthagent.h"

#include <QCoreApplication>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
void say(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

QString outcome(const QDBusPendingCall &call, const QString &detail)
{
    return call.isError() ? QStringLiteral("%1 %2").arg(call.error().name(), call.error().message())
                          : QStringLiteral("ok %1").arg(detail);
}

// One call by name; the reply's outcome.
QString perform(HelperProxy &helper, const QString &name)
{
    if (name == QLatin1String("status")) { // read-status
        QDBusPendingReply<Mailroom::ServiceStateList> reply = helper.GetServiceStates();
        reply.waitForFinished();
        return outcome(reply, reply.isError() ? QString() : QString::number(reply.value().size()));
    }
    if (name == QLatin1String("firewall-on") || name == QLatin1String("firewall-off")) { // manage-firewall
        QDBusPendingReply<> reply
            = helper.SetFirewallService(QStringLiteral("smtp"), name == QLatin1String("firewall-on"));
        reply.waitForFinished();
        return outcome(reply, QString());
    }
    if (name == QLatin1String("mailbox")) { // read-mailboxes: alice's mailbox, its size in bytes
        QDBusPendingReply<QDBusUnixFileDescriptor> reply = helper.OpenMailbox(QStringLiteral("alice"));
        reply.waitForFinished();
        if (reply.isError()) {
            return outcome(reply, QString());
        }
        QFile in;
        if (!in.open(reply.value().fileDescriptor(), QIODevice::ReadOnly)) {
            return QStringLiteral("unreadable %1").arg(in.errorString());
        }
        return outcome(reply, QString::number(in.readAll().size()));
    }
    return QStringLiteral("unknown-call %1").arg(name);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TtyAuthAgent agent;
    // --no-agent: as a caller without a terminal would be (mailroomctl in a script).
    if (TtyAuthAgent::wanted() && !QCoreApplication::arguments().contains(QLatin1String("--no-agent"))) {
        agent.start();
    }
    const auto helper = CliSupport::proxy();
    QFile cgroup(QStringLiteral("/proc/self/cgroup"));
    cgroup.open(QIODevice::ReadOnly);
    say(QStringLiteral("@@ready %1").arg(QString::fromUtf8(cgroup.readAll().trimmed().split('\n').last())));
    std::string line;
    int n = 0;
    while (std::getline(std::cin, line)) {
        const QString name = QString::fromStdString(line).trimmed();
        if (name.isEmpty()) {
            continue;
        }
        ++n;
        say(QStringLiteral("@@call %1 %2").arg(n).arg(name));
        say(QStringLiteral("@@result %1 %2 %3").arg(n).arg(name, perform(*helper, name)));
    }
    return 0;
}
