// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include <sys/types.h>

// The durable record of a config transaction in progress (issue 16, kill at every step): written
// (atomically, fsynced) before the first file of a transaction is replaced, naming each file, its
// backup and the step reached; removed when the transaction has ended. A record found when the
// helper starts means a helper died in the middle: PostfixConfig::recoverInterrupted() rolls the
// files back to their backups, or finishes the transaction when its files had passed the checks.
//
// A record is data read back as root: parse() accepts only the known files (Places::files) and
// backups named by a valid backup id of that same file in Places::backupDir, so replaying never
// opens a path the record could name freely.
class TransactionRecord
{
public:
    enum class Step
    {
        Begun, // files are being replaced; not yet checked: roll back
        Checked, // `postfix check` and postconf accepted every file: finish (reload)
        RollingBack // the transaction failed and was putting the old files back: roll back
    };
    struct File
    {
        QString path; // one of Places::files
        QString backupId; // in Places::backupDir; empty when the file did not exist before
        mode_t mode = 0644; // the file's owner and mode before the transaction
        uid_t uid = 0;
        gid_t gid = 0;
        QString newRevision; // ConfigFileText::revision() of what the transaction writes
    };
    // Where the record lives and what it may name. system(): the helper's own.
    struct Places
    {
        QString recordPath;
        QString backupDir;
        QStringList files;
        static Places system();
    };

    Step step = Step::Begun;
    bool restart = false; // finishing restarts Postfix (inet_interfaces changed, relay) instead of reloading
    bool postfixWasActive = false; // Postfix ran when the transaction began
    QList<File> files;

    static QString stepName(Step step);
    QByteArray toJson() const;
    // The record, or nothing with *error saying why it is refused.
    static std::optional<TransactionRecord> parse(const QByteArray &json, const Places &places, QString *error);

    // File's owner and mode now (the record keeps them for a rollback); false when it does not exist.
    static bool statFile(const QString &path, File *file);
    // Written atomically (0600), replacing the previous record.
    bool save(const Places &places, QString *error) const;
    static void remove(const Places &places);
    enum class Found
    {
        None,
        Loaded,
        Refused
    };
    static Found load(const Places &places, TransactionRecord *out, QString *error);
    // A refused record goes aside (recordPath.refused-STAMP) for the admin to look at; its new path.
    static QString moveAside(const Places &places);

    // What a rollback did to one file.
    struct Restored
    {
        enum class Kind
        {
            Restored, // the transaction's file replaced by the backup (or removed: there was none)
            AlreadyOld, // the file already was the old one
            ChangedMeanwhile, // neither old nor the transaction's: another program's; left alone
            Failed
        };
        QString path;
        Kind kind = Kind::Failed;
        QString error;
    };
    // Puts back each file the transaction wrote: the backup's bytes with the recorded owner and
    // mode, or no file when there was none before. A file that is neither old nor new is left alone.
    QList<Restored> rollBackFiles(const Places &places) const;
    // True when each file holds what the transaction wrote.
    bool filesAreNew() const;
};
