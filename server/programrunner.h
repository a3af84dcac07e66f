// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The only programs the helper ever runs, by fixed absolute path, without a shell,
// with a clean environment. Callers never name a program or a path.
class ProgramRunner
{
public:
    enum class Program
    {
        Postconf,
        Postfix,
        Postmap,
        Postqueue,
        Postsuper,
        Sendmail
    };
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return started && exitCode == 0; }
    };

    static QString path(Program program);
    static bool exists(Program program);
    // stdinData is written to the program's standard input (closed afterwards).
    static Result run(Program program, const QStringList &args, const QByteArray &stdinData = {},
                      int timeoutMs = 30000);
};
