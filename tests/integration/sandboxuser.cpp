// SPDX-License-Identifier: GPL-2.0-or-later
#include "sandboxuser.h"

#include <QProcess>

namespace {
RunResult run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

RunResult runAs(const QString &user, const QString &program, const QStringList &args, int timeoutMs)
{
    QStringList full {QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
                      QStringLiteral("--init-groups"), QStringLiteral("--reset-env"), program};
    full += args;
    return run(QStringLiteral("setpriv"), full, timeoutMs);
}

RunResult runAsRoot(const QString &program, const QStringList &args, int timeoutMs)
{
    return run(program, args, timeoutMs);
}

RunResult rootShell(const QString &script, int timeoutMs)
{
    return runAsRoot(QStringLiteral("sh"), {QStringLiteral("-c"), script}, timeoutMs);
}

QByteArray rootRead(const QString &path)
{
    return runAsRoot(QStringLiteral("cat"), {path}).out;
}

QString describe(const RunResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.right(3000)), QString::fromUtf8(r.err.right(3000)));
}

QMap<QString, QString> properties(const QByteArray &keyValueLines)
{
    QMap<QString, QString> m;
    for (const QByteArray &line : keyValueLines.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            m.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return m;
}

QList<QStringList> postfixInsteadOfSendmail()
{
    return {{QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
            {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
            {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
            {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}};
}
