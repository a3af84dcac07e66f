// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "programrunner.h"

#include <QFileInfo>

// Every program "installed"; runs recorded as "programs.run postsuper -d - <stdin>".
class FakeProgramRunner : public ProgramRunner
{
public:
    explicit FakeProgramRunner(CallLog *log)
        : m_log(log)
    { }
    mutable QByteArray lastStdin;

    bool exists(Program) const override { return true; }
    Result run(Program program, const QStringList &args, const QByteArray &stdinData, int) const override
    {
        const QString name = QFileInfo(path(program)).fileName();
        // The message sendmail gets is checked on its own; its Message-ID is random.
        const QString input = program == Program::Sendmail ? QString() : QString::fromUtf8(stdinData);
        m_log->append(QStringLiteral("programs.run %1 %2%3")
                          .arg(name, args.join(QLatin1Char(' ')),
                               input.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(input)));
        lastStdin = stdinData;
        Result r;
        r.started = true;
        r.exitCode = 0;
        if (program == Program::Postqueue && args == QStringList {QStringLiteral("-j")}) {
            r.out = R"({"queue_name":"deferred","queue_id":"4XyZ1abc","sender":"root","arrival_time":1,)"
                    R"("message_size":2,"recipients":[{"address":"a@example.com"}]})"
                    "\n";
        }
        return r;
    }

private:
    CallLog *m_log;
};
