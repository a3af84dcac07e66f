// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Seam: the only programs the helper ever runs, by fixed absolute path, without a
// shell, with a clean environment. Callers never name a program or a path. This class
// runs them for real; unit tests override exists() and run() so nothing is started.
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
        Sendmail,
        Doveconf,
        SpamAssassin
    };
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return started && exitCode == 0; }
    };

    virtual ~ProgramRunner() = default;

    static QString path(Program program);
    virtual bool exists(Program program) const;
    // stdinData is written to the program's standard input (closed afterwards).
    virtual Result run(Program program, const QStringList &args, const QByteArray &stdinData = {},
                       int timeoutMs = 30000) const;
};
