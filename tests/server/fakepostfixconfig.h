// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "calllog.h"
#include "postfixconfig.h"

// Every operation recorded with its arguments, none touching /etc/postfix.
class FakePostfixConfig : public PostfixConfig
{
public:
    explicit FakePostfixConfig(CallLog *log)
        : PostfixConfig(nullptr, nullptr)
        , m_log(log)
    { }

    static QString describe(const Mailroom::ConfigChange &change)
    {
        QStringList parts;
        for (const auto &e : change.entries()) {
            parts += e.value ? QStringLiteral("%1=%2").arg(e.key, *e.value) : QStringLiteral("-%1").arg(e.key);
        }
        return parts.join(QLatin1Char(','));
    }
    static Outcome applied()
    {
        Outcome o;
        o.kind = Outcome::Kind::Applied;
        o.backupId = QStringLiteral("main.cf-20261205-120000-000");
        o.diff = "--- a\n+++ b\n";
        return o;
    }

    Outcome preview(const Mailroom::ConfigChange &change) const override
    {
        m_log->append(QStringLiteral("config.preview %1").arg(describe(change)));
        return applied();
    }
    void apply(const Mailroom::ConfigChange &change, Done done) override
    {
        m_log->append(QStringLiteral("config.apply %1").arg(describe(change)));
        done(applied());
    }
    QList<Backup> backups() const override
    {
        m_log->append(QStringLiteral("config.backups"));
        return {};
    }
    void restore(const QString &backupId, Done done) override
    {
        m_log->append(QStringLiteral("config.restore %1").arg(backupId));
        done(applied());
    }
    void setRelay(const Mailroom::RelayConfig &relay, Done done) override
    {
        m_log->append(QStringLiteral("config.setRelay %1 %2 %3 %4")
                          .arg(relay.host)
                          .arg(relay.port)
                          .arg(relay.user, relay.password));
        done(applied());
    }
    void removeRelay(Done done) override
    {
        m_log->append(QStringLiteral("config.removeRelay"));
        done(applied());
    }
    QList<Value> values(const QStringList &keys, QString *) const override
    {
        m_log->append(QStringLiteral("config.values %1").arg(keys.join(QLatin1Char(','))));
        QList<Value> v;
        for (const QString &k : keys) {
            v.append({k, QStringLiteral("x"), QString(), false});
        }
        return v;
    }

private:
    CallLog *m_log;
};
