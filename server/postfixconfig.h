// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/configchange.h"
#include "postfix/maincf.h"
#include "postfix/relayconfig.h"
#include "transactionrecord.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

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
            Failed,
            // The file on disk is no longer the revision the caller loaded: nothing written.
            Conflict
        };
        Kind kind = Kind::Failed;
        QString message;
        QString backupId;
        QByteArray diff;
        QString revision; // of the file as it is on disk afterwards (whole-file operations)
    };
    struct Backup
    {
        QString id; // "main.cf-20261125-171500-123"
        QString file; // "main.cf", "master.cf" or "sasl_passwd"
        qint64 time = 0; // seconds since the epoch
    };
    using Done = std::function<void(const Outcome &)>;

    PostfixConfig(ServiceManager *services, const ProgramRunner *programs, QObject *parent = nullptr);

    static QString configDir() { return QStringLiteral("/etc/postfix"); }
    static QString mainCfPath() { return QStringLiteral("/etc/postfix/main.cf"); }
    static QString masterCfPath() { return QStringLiteral("/etc/postfix/master.cf"); }
    static QString backupDir() { return QStringLiteral("/var/lib/mailroom/backups"); }
    static bool isValidBackupId(const QString &id);
    // Keeps the newest keepPerFile backups of main.cf and of master.cf in dir and removes the
    // rest; returns how many were removed. Backups sort by the time in their names.
    static int pruneBackups(const QString &dir, int keepPerFile);
    // Removes every sasl_passwd backup in dir: they exist only while a relay change runs (so a
    // helper killed half-way leaves the old password recoverable), never longer.
    static int removePasswordBackups(const QString &dir);
    static constexpr int backupsKeptPerFile = 50;

    // The two files a caller may read and replace whole (GetConfigFile, ApplyConfigFile).
    enum class File
    {
        MainCf,
        MasterCf
    };
    static QString fileName(File file);
    static QString pathOf(File file);

    virtual Outcome preview(const Mailroom::ConfigChange &change) const;
    virtual void apply(const Mailroom::ConfigChange &change, Done done);
    virtual QList<Backup> backups() const;
    virtual void restore(const QString &backupId, Done done);

    // Whole files. text has passed ArgumentChecks::configFileText. readFile fills *text and
    // the outcome's revision; applyFile refuses with Conflict unless the file on disk still
    // has expectedRevision, then runs the transaction: backup, atomic write, postconf
    // warnings compared before/after, `postfix check`, reload (restart when main.cf's
    // inet_interfaces/inet_protocols change), rollback when Postfix does not come back.
    virtual Outcome readFile(File file, QByteArray *text) const;
    virtual Outcome previewFile(File file, const QByteArray &text) const;
    virtual void applyFile(File file, const QByteArray &text, const QString &expectedRevision, Done done);
    // The diff restoring a main.cf or master.cf backup would make (old = the file now).
    virtual Outcome previewBackup(const QString &backupId) const;
    // postmap type:path, for a table main.cf references under /etc/postfix (checked here
    // against the file on disk; the syntax was checked by ArgumentChecks::postmapTable).
    virtual Outcome postmap(const QString &table);

    // Relay: sasl_passwd (root:root 0600) + postmap + main.cf, then restart.
    virtual void setRelay(const Mailroom::RelayConfig &relay, Done done);
    virtual void removeRelay(Done done);

    // TLS of Postfix's SMTP server: the key and certificate chain files, written when writeFiles
    // is set (previous ones backed up as tls-key.pem-… and tls-cert.pem-…), and main.cf's
    // smtpd_tls_chain_files pointing at them (legacy cert/key parameters removed) with
    // smtpd_tls_security_level may (encrypt stays); reload; all rolled back on failure.
    struct ServerTls
    {
        QString keyFile;
        QString certificateFile;
        bool writeFiles = false;
        QByteArray keyPem; // when writeFiles
        QByteArray chainPem; // when writeFiles
    };
    virtual void setServerTls(const ServerTls &tls, Done done);
    // Keeps content as a root-only backup named file-STAMP in backupDir(); the id, or "" (error).
    QString backUp(const QString &file, const QByteArray &content, QString *error) const
    {
        return writeBackup(file, content, error);
    }

    // Effective values (postconf -h), defaults (postconf -dh) and whether main.cf sets them.
    struct Value
    {
        QString key;
        QString value;
        QString defaultValue;
        bool explicitlySet = false;
    };
    virtual QList<Value> values(const QStringList &keys, QString *error) const;

    // Finishes or undoes a transaction a helper killed half-way left (its TransactionRecord), before
    // the helper serves its first call: the files back to their backups and Postfix restarted, or,
    // when the new files had passed the checks, Postfix reloaded with them (and rolled back if it
    // does not take them). A record that cannot be trusted is moved aside untouched. All of it is
    // logged (never a file's content). done() when Postfix has settled.
    void recoverInterrupted(std::function<void()> done);
    // Where the transaction record lives and which files it may name (a unit test's own directory).
    void setTransactionPlaces(const TransactionRecord::Places &places) { m_places = places; }
    void setSettleMs(int ms) { m_settleMs = ms; }

private:
    // Writes newText as file (after backing up oldText), checks, reloads; rolls back on failure.
    // record: the transaction's record so far (the relay's sasl_passwd), or null for a new one;
    // the file is added to it before it is replaced, and the record ends when done() is called.
    void commit(File file, const QByteArray &oldText, const QByteArray &newText, bool restartInsteadOfReload,
                std::function<void()> undoExtra, Done done, std::shared_ptr<TransactionRecord> record = {});
    // The record saved at its next step (a failure is logged: the older step only means a rollback).
    void saveRecord(TransactionRecord *record, TransactionRecord::Step step) const;
    void endRecord() const;
    // Replay: the files back, sasl_passwd's map rebuilt, Postfix restarted when it ran; then done.
    void replayRollback(const TransactionRecord &record, const QString &why, std::function<void()> done);
    // postmap of passwdPath (sasl_passwd) into its map of dbType, root-only; "" or what went wrong.
    QString buildPasswordMap(const QString &dbType, const QString &passwdPath) const;
    // postconf's warnings about the current files (stderr of postconf -n and postconf -M).
    QStringList postconfWarnings() const;
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
        QString passwdBackupId;
    };
    bool beginRelayChange(const std::function<Mailroom::ConfigChange(const QString &dbType)> &makeChange,
                          RelayTransaction *t, const Done &done);
    // Empty when Postfix runs: its unit active and (finding 5) its master answering
    // `postfix status`; otherwise what is wrong.
    QString postfixProblem() const;
    // Calls then with postfixProblem() once a reload or restart has had time to take effect.
    void whenSettled(std::function<void(const QString &problem)> then);
    void restoreAndReload(File file, const QByteArray &oldText, bool wasActive, const QString &why,
                          std::function<void()> undoExtra, Done done, std::shared_ptr<TransactionRecord> record);

    ServiceManager *m_services;
    const ProgramRunner *m_programs;
    int m_settleMs = 1000;
    TransactionRecord::Places m_places = TransactionRecord::Places::system();
};
