// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFileInfo>

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
        if (holdNextApply) {
            // Still reloading: the answer comes with finishHeldApply().
            holdNextApply = false;
            m_held = std::move(done);
            return;
        }
        done(applied());
    }
    bool holdNextApply = false;
    bool isHoldingApply() const { return bool(m_held); }
    void finishHeldApply()
    {
        auto done = std::move(m_held);
        m_held = {};
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
    Outcome readFile(File file, QByteArray *text) const override
    {
        m_log->append(QStringLiteral("config.readFile %1").arg(fileName(file)));
        *text = "myhostname = mail.example.com\n";
        Outcome o;
        o.kind = Outcome::Kind::Unchanged;
        o.revision = QString(64, QLatin1Char('a'));
        return o;
    }
    Outcome previewFile(File file, const QByteArray &text) const override
    {
        m_log->append(QStringLiteral("config.previewFile %1 %2").arg(fileName(file), QString::fromUtf8(text)));
        return applied();
    }
    void applyFile(File file, const QByteArray &text, const QString &expectedRevision, Done done) override
    {
        m_log->append(QStringLiteral("config.applyFile %1 %2 %3")
                          .arg(fileName(file), QString::fromUtf8(text), expectedRevision.left(8)));
        Outcome o = applied();
        o.revision = QString(64, QLatin1Char('b'));
        done(o);
    }
    Outcome previewBackup(const QString &backupId) const override
    {
        m_log->append(QStringLiteral("config.previewBackup %1").arg(backupId));
        return applied();
    }
    Outcome postmap(const QString &table) override
    {
        m_log->append(QStringLiteral("config.postmap %1").arg(table));
        return applied();
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
    void setServerTls(const ServerTls &tls, Done done) override
    {
        m_log->append(QStringLiteral("config.setServerTls %1 %2 %3")
                          .arg(QFileInfo(tls.keyFile).fileName(), QFileInfo(tls.certificateFile).fileName(),
                               tls.writeFiles ? QStringLiteral("write") : QStringLiteral("reference")));
        done(applied());
    }
    QList<Value> values(const QStringList &keys, QString *) const override
    {
        m_log->append(QStringLiteral("config.values %1").arg(keys.join(QLatin1Char(','))));
        QList<Value> v;
        for (const QString &k : keys) {
            // The names a certificate is made for; anything else is a placeholder.
            const QString value = k == QLatin1String("myhostname") ? QStringLiteral("mail.example.com")
                : k == QLatin1String("mydomain")                   ? QStringLiteral("example.com")
                                                                   : QStringLiteral("x");
            v.append({k, value, QString(), false});
        }
        return v;
    }

private:
    CallLog *m_log;
    Done m_held;
};
