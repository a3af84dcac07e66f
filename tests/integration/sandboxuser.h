// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Runs a program as one of the sandbox's users, with a clean environment.
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult runAs(const QString &user, const QString &program, const QStringList &args, int timeoutMs = 60000);
RunResult runAsRoot(const QString &program, const QStringList &args, int timeoutMs = 60000);

// The shared bits of the sandbox tests: a root shell script, a file's bytes as root, and a
// result described for a failure message (exit status and the ends of both outputs).
RunResult rootShell(const QString &script, int timeoutMs = 120000);
QByteArray rootRead(const QString &path);
QString describe(const RunResult &r);
// "KEY=VALUE" lines (systemctl show, loginctl show-session) as a map.
QMap<QString, QString> properties(const QByteArray &keyValueLines);

// The mailroomctl commands (as alice) that take the sandbox from the chapter's start to a running
// Postfix: sendmail stopped and removed, Postfix installed and started.
QList<QStringList> postfixInsteadOfSendmail();
