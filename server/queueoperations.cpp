// SPDX-License-Identifier: GPL-2.0-or-later
#include "queueoperations.h"

#include "helperapi.h"
#include "programrunner.h"
#include "queuelisting.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueue, "mailroom.helper.queue")

using namespace Mailroom;

namespace {
QString postsuperFlag(QueueOperations::Action action)
{
    switch (action) {
    case QueueOperations::Action::Retry:
        break; // not postsuper's
    case QueueOperations::Action::Delete:
        return QStringLiteral("-d");
    case QueueOperations::Action::Hold:
        return QStringLiteral("-h");
    case QueueOperations::Action::Release:
        return QStringLiteral("-H");
    case QueueOperations::Action::Requeue:
        return QStringLiteral("-r");
    }
    return {};
}

OperationResult fromProgram(const ProgramRunner::Result &p)
{
    return p.ok() ? OperationResult::success()
                  : OperationResult::failure(Api::Error::Failed, QString::fromUtf8(p.err).trimmed());
}
} // namespace

QueueOperations::QueueOperations(const ProgramRunner *programs)
    : m_programs(programs)
{ }

OperationResult QueueOperations::list() const
{
    if (!m_programs->exists(ProgramRunner::Program::Postqueue)) {
        return OperationResult::failure(Api::Error::NotInstalled, QStringLiteral("Postfix is not installed"));
    }
    const auto p = m_programs->run(ProgramRunner::Program::Postqueue, {QStringLiteral("-j")});
    if (!p.ok()) {
        return fromProgram(p);
    }
    return OperationResult::success({QVariant::fromValue(QueueListing::parse(p.out))});
}

OperationResult QueueOperations::flush() const
{
    qCInfo(lcQueue) << "flushing the queue";
    return fromProgram(m_programs->run(ProgramRunner::Program::Postqueue, {QStringLiteral("-f")}));
}

OperationResult QueueOperations::apply(const QStringList &ids, Action action) const
{
    if (action == Action::Retry) {
        return retry(ids);
    }
    qCInfo(lcQueue) << "postsuper" << postsuperFlag(action) << ids.size() << "messages";
    // postsuper reads ids from stdin with "-": no argument list to smuggle options into.
    const QByteArray input = ids.join(QLatin1Char('\n')).toLatin1() + '\n';
    return fromProgram(
        m_programs->run(ProgramRunner::Program::Postsuper, {postsuperFlag(action), QStringLiteral("-")}, input));
}

OperationResult QueueOperations::retry(const QStringList &ids) const
{
    qCInfo(lcQueue) << "postqueue -i" << ids.size() << "messages";
    // postqueue takes one id per -i; the ids are letters and digits, never an option.
    QStringList failed;
    for (const QString &id : ids) {
        const auto p = m_programs->run(ProgramRunner::Program::Postqueue, {QStringLiteral("-i"), id});
        if (!p.ok()) {
            failed.append(QStringLiteral("%1: %2").arg(id, QString::fromUtf8(p.err).trimmed()));
        }
    }
    return failed.isEmpty() ? OperationResult::success()
                            : OperationResult::failure(Api::Error::Failed, failed.join(QLatin1Char('\n')));
}
