// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "firewall.h"

class FakeFirewall : public Firewall
{
public:
    explicit FakeFirewall(CallLog *log)
        : m_log(log)
    { }
    bool available(QString *) override
    {
        m_log->append(QStringLiteral("firewall.available"));
        return true;
    }
    QString defaultZone() override { return QStringLiteral("public"); }
    QList<ServiceState> services(const QStringList &names, QString *) override
    {
        m_log->append(QStringLiteral("firewall.services %1").arg(names.join(QLatin1Char(','))));
        return {{QStringLiteral("smtp"), true, true}};
    }
    void setService(const QString &service, bool enabled, Done done) override
    {
        m_log->append(QStringLiteral("firewall.setService %1 %2").arg(service).arg(enabled));
        done(true, {});
    }

private:
    CallLog *m_log;
};
