// SPDX-License-Identifier: GPL-2.0-or-later
#include "programrunner.h"

#include <QFileInfo>
#include <QProcess>

QString ProgramRunner::path(Program program)
{
    switch (program) {
    case Program::Postconf:
        return QStringLiteral("/usr/sbin/postconf");
    case Program::Postfix:
        return QStringLiteral("/usr/sbin/postfix");
    case Program::Postmap:
        return QStringLiteral("/usr/sbin/postmap");
    case Program::Postqueue:
        return QStringLiteral("/usr/sbin/postqueue");
    case Program::Postsuper:
        return QStringLiteral("/usr/sbin/postsuper");
    case Program::Sendmail:
        return QStringLiteral("/usr/sbin/sendmail");
    case Program::Doveconf:
        return QStringLiteral("/usr/bin/doveconf");
    case Program::SpamAssassin:
        return QStringLiteral("/usr/bin/spamassassin");
    }
    return {};
}

bool ProgramRunner::exists(Program program) const
{
    const QFileInfo fi(path(program));
    return fi.exists() && fi.isExecutable();
}

ProgramRunner::Result ProgramRunner::run(Program program, const QStringList &args, const QByteArray &stdinData,
                                         int timeoutMs) const
{
    Result r;
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QStringLiteral("/"));
    p.start(path(program), args);
    if (!p.waitForStarted(5000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.started = true;
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
