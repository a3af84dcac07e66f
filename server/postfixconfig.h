// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/configchange.h"
#include "postfix/maincf.h"
#include "postfix/relayconfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ProgramRunner;
class ServiceManager;

// Transactional changes to Postfix's configuration files, with backups and rollback:
// validate → back up → atomic write → `postfix check` → reload if running; when the
// check or the reload fails, the previous bytes go back and Postfix is reloaded again.
// A seam as well: the helper's config and relay areas call it through the virtual
// operations below, which unit tests override.
class PostfixConfig : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Kind
        {
            Applied,
            Unchanged,
            Invalid,
            NotInstalled,
            RolledBack,
            Failed
        };
        Kind kind = Kind::Failed;
        QString message;
        QString backupId;
        QByteArray diff;
    };
    struct Backup
    {
        QString id; // "main.cf-20261125-171500-123"
        QString file; // "main.cf" or "sasl_passwd"
        qint64 time = 0; // seconds since the epoch
    };
    using Done = std::function<void(const Outcome &)>;

    PostfixConfig(ServiceManager *services, const ProgramRunner *programs, QObject *parent = nullptr);

    static QString configDir() { return QStringLiteral("/etc/postfix"); }
    static QString mainCfPath() { return QStringLiteral("/etc/postfix/main.cf"); }
    static QString backupDir() { return QStringLiteral("/var/lib/mailroom/backups"); }
    static bool isValidBackupId(const QString &id);

    virtual Outcome preview(const Mailroom::ConfigChange &change) const;
    virtual void apply(const Mailroom::ConfigChange &change, Done done);
    virtual QList<Backup> backups() const;
    virtual void restore(const QString &backupId, Done done);

    // Relay: sasl_passwd (root:root 0600) + postmap + main.cf, then restart.
    virtual void setRelay(const Mailroom::RelayConfig &relay, Done done);
    virtual void removeRelay(Done done);

    // Effective values (postconf -h), defaults (postconf -dh) and whether main.cf sets them.
    struct Value
    {
        QString key;
        QString value;
        QString defaultValue;
        bool explicitlySet = false;
    };
    virtual QList<Value> values(const QStringList &keys, QString *error) const;

private:
    // Writes newText as main.cf (after backing up oldText), checks, reloads; rolls back on failure.
    void commit(const QByteArray &oldText, const QByteArray &newText, bool restartInsteadOfReload,
                std::function<void()> undoExtra, Done done);
    QString writeBackup(const QString &file, const QByteArray &content, QString *error) const;
    // The first half of SetRelay and RemoveRelay: main.cf read and changed in memory, sasl_passwd backed up.
    struct RelayTransaction
    {
        QByteArray oldMain;
        Mailroom::MainCf newMain;
        bool noMainCfChange = false;
        QString dbType;
        QString passwdPath;
        QString mapFile;
        QByteArray oldPasswd;
        bool hadPasswd = false;
    };
    bool beginRelayChange(const std::function<Mailroom::ConfigChange(const QString &dbType)> &makeChange,
                          RelayTransaction *t, const Done &done);
    void restoreAndReload(const QByteArray &oldText, bool wasActive, const QString &why,
                          std::function<void()> undoExtra, Done done);

    ServiceManager *m_services;
    const ProgramRunner *m_programs;
};
