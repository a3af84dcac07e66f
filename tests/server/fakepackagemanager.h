// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "packagemanager.h"

// Operations start and keep running (never finish) unless the test finishes them.
class FakePackageManager : public PackageManager
{
public:
    explicit FakePackageManager(CallLog *log)
        : m_log(log)
    { }
    void query(const QStringList &names, QueryDone done) override
    {
        m_log->append(QStringLiteral("packages.query %1").arg(names.join(QLatin1Char(','))));
        done({{QStringLiteral("postfix"), true, QStringLiteral("3.9")}}, {});
    }
    QString install(const QStringList &names, Progress, Done) override
    {
        m_log->append(QStringLiteral("packages.install %1").arg(names.join(QLatin1Char(','))));
        return QStringLiteral("install-1");
    }
    QString remove(const QStringList &names, Progress, Done) override
    {
        m_log->append(QStringLiteral("packages.remove %1").arg(names.join(QLatin1Char(','))));
        return QStringLiteral("remove-1");
    }
    void simulateRemove(const QStringList &names, SimulateDone done) override
    {
        m_log->append(QStringLiteral("packages.simulateRemove %1").arg(names.join(QLatin1Char(','))));
        done(simulateError.isEmpty() ? names + alsoRemoved : QStringList(), simulateError);
    }
    bool cancel(const QString &operation) override
    {
        m_log->append(QStringLiteral("packages.cancel %1").arg(operation));
        return true;
    }

    // What a simulated removal reports beyond the requested packages, or its error.
    QStringList alsoRemoved;
    QString simulateError;

private:
    CallLog *m_log;
};
